import Foundation
import Testing

@testable import BarometerText

/// The five seed articles end to end: language without hints, title, furniture, sentences.
@Suite struct SeedAnalysisTests {
    let analyser = TextAnalyser()

    /// The excluded ranges of an analysis as (kind, text) pairs, for readable expectations.
    func furniture(_ analysed: AnalysedText) -> [(FurnitureKind, String)] {
        analysed.excluded.map { ($0.kind, analysed.text.slice($0.range)) }
    }

    @Test func languagesAreDetectedWithoutHints() throws {
        for entry in try Seeds.manifest() {
            let analysed = analyser.analyse(try Seeds.text(String(entry.file.prefix(3))))
            #expect(analysed.language.code == entry.language, "\(entry.file)")
            #expect(analysed.languageDetected)
        }
    }

    @Test func everySeedKeepsTheInvariants() throws {
        for entry in try Seeds.manifest() {
            let analysed = analyser.analyse(try Seeds.text(String(entry.file.prefix(3))))
            for (a, b) in zip(analysed.excluded, analysed.excluded.dropFirst()) {
                #expect(a.range.end <= b.range.start, "\(entry.file): excluded ranges sorted, apart")
            }
            for sentence in analysed.sentences {
                #expect(
                    !analysed.excluded.contains { $0.range.overlaps(sentence.range) }, "\(entry.file): \(sentence.text)"
                )
                #expect(analysed.text.slice(sentence.range) == sentence.text)
                #expect(sentence.text == sentence.text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            #expect(analysed.sentences.map(\.index) == Array(analysed.sentences.indices))
        }
    }

    @Test func seed000GermanEndsWithASourceTag() throws {
        let analysed = analyser.analyse(try Seeds.text("000"))
        #expect(
            analysed.title == "Chinas Reaktion auf das KI-Videogenerierungstool von OpenAI – beeindruckt und besorgt")
        #expect(furniture(analysed).map(\.0) == [.sourceTag])
        #expect(furniture(analysed).map(\.1) == ["toi-tech"])
        #expect(analysed.sentences.first?.text == analysed.title)
        #expect((15...25).contains(analysed.sentences.count))
    }

    @Test func seed001EnglishHasATitleAndNoFurniture() throws {
        let analysed = analyser.analyse(try Seeds.text("001"))
        #expect(analysed.title == "China’s Reaction to OpenAI’s AI Video Generating Tool – Impressed and Worried")
        #expect(analysed.excluded.isEmpty)
        #expect((15...22).contains(analysed.sentences.count))
        // "GPT-3.5" and "1.5 years" are decimals, not sentence ends.
        #expect(
            analysed.sentences.contains {
                $0.text.contains("GPT-3.5, there remains a noticeable time lag of approximately 1.5 years")
            })
    }

    @Test func seed002ChineseSkipsTheBreadcrumbAndTheTail() throws {
        let text = try Seeds.text("002")
        let analysed = analyser.analyse(text)
        #expect(analysed.title == "外媒:Sora横空出世,中国将加快追赶步伐")
        let found = furniture(analysed)
        #expect(found.map(\.0) == [.navigation, .copyright, .shareBar, .relatedLinks, .advertisement, .copyright])
        #expect(found.first?.1 == "当前位置: 首页 > 国际")
        #expect(found[1].1 == "本文来源于网络,不代表海南信息港立场,转载请注明出处")
        #expect(found[2].1 == "转发到:")
        #expect(found[3].1.hasPrefix("拓展阅读"))
        #expect(found[4].1 == "阿里云服务器\n腾讯云秒杀")
        #expect(found[5].1.hasPrefix("Copyright 2003-2025 by 海南信息港"))
        // Everything from 转发到 to the end is excluded, without gaps.
        let tailStart = text.unicodeScalars.count - text.components(separatedBy: "转发到").last!.unicodeScalars.count - 3
        #expect(analysed.excluded[2].range.start == tailStart)
        #expect(analysed.excluded.last?.range.end == text.unicodeScalars.count)
        #expect(!analysed.sentences.contains { $0.text.contains("加沙") || $0.text.contains("阿里云") })
        // Closing quotes stay with their sentence.
        #expect(analysed.sentences.contains { $0.text == "他说:“作为视频生成领域的先驱,这给了我们很大的优势。”" })
        #expect((25...40).contains(analysed.sentences.count))
    }

    @Test func seed003BlogFurnitureIsExcluded() throws {
        let analysed = analyser.analyse(try Seeds.text("003"))
        #expect(analysed.title == "Can Sora Revolutionize the AI Race by Breaking Barriers?")
        let found = furniture(analysed)
        #expect(found.first?.0 == .metadata)
        #expect(found.first?.1 == "Written by 11:47 am AI, Discussions")
        #expect(found.contains { $0.0 == .metadata && $0.1 == "image\n\nPhoto: Reuters" })
        #expect(found.contains { $0.0 == .counter && $0.1 == "Visited 2 times, 1 visit(s) today" })
        #expect(found.contains { $0.0 == .metadata && $0.1 == "Tags: , Last modified: March 25, 2024" })
        #expect(found.last?.0 == .searchBox)
        #expect(found.last?.1 == "Close Search Window\nClose")
        #expect(analysed.sentences.first?.text == analysed.title)
        #expect(!analysed.sentences.contains { $0.text.hasPrefix("Photo:") || $0.text == "image" })
        #expect((40...60).contains(analysed.sentences.count))
    }

    @Test func seed004EndsWithASourceLine() throws {
        let analysed = analyser.analyse(try Seeds.text("004"))
        #expect(analysed.title == "OpenAI's Sora: A Game-Changer for Chinese Entrepreneurs Amid AI Advancements")
        #expect(furniture(analysed).map(\.0) == [.sourceTag])
        #expect(furniture(analysed).map(\.1) == ["Source: SCMP"])
        #expect(
            analysed.sentences.last?.text
                == "Speculation about other \"secret weapons\" being developed by the Microsoft-backed start-up")
        // "11.4%" is a decimal.
        #expect(analysed.sentences.contains { $0.text.contains("an 11.4% surge") })
    }

    @Test func aGivenLanguageIsKept() throws {
        let analysed = analyser.analyse(try Seeds.text("001"), language: .german)
        #expect(analysed.language == .german)
        #expect(!analysed.languageDetected)
    }
}
