import BarometerText
import Foundation
import Testing

@testable import BarometerSentiment

/// The bundled lexicons, checked entry by entry.
@Suite struct LexiconDataTests {
    static let files = try! LexiconCatalog.loadBundled()

    @Test func everyBundledFileParsesWithoutDuplicates() throws {
        // loadBundled throws on a malformed line, a duplicate entry or a valence outside -4...4.
        let files = try LexiconCatalog.loadBundled()
        #expect(files.count == 17)
        for file in files { #expect(file.info.entries > 0, "\(file.info.file) is empty") }
    }

    @Test func everyLanguageHasAGeneralLexiconFinanceLayerAndRules() {
        for language in Language.analysed {
            let mine = Self.files.filter { $0.info.language == language }
            #expect(
                mine.contains { $0.info.kind == .valence && $0.info.name != "finance" }, "\(language): general lexicon")
            #expect(
                mine.contains { $0.info.kind == .valence && $0.info.name == "finance" }, "\(language): finance layer")
            #expect(mine.contains { $0.info.name == "rules" }, "\(language): rule words")
            #expect(mine.contains { $0.info.name == "finance-roles" }, "\(language): finance quantities and directions")
        }
    }

    @Test func valencesAreOnVadersScale() {
        for file in Self.files {
            for entry in file.valences {
                #expect(LexiconFile.valenceRange.contains(entry.valence), "\(file.info.file):\(entry.line)")
                #expect(
                    entry.term == entry.term.trimmingCharacters(in: .whitespaces), "\(file.info.file):\(entry.line)")
            }
        }
    }

    @Test func roleWeightsAreSensible() {
        for file in Self.files {
            for entry in file.roles {
                let place = "\(file.info.file):\(entry.line)"
                switch entry.role {
                case .booster:
                    #expect(entry.weight.map { $0 != 0 && abs($0) <= 1 } == true, "\(place) booster needs a weight")
                case .up, .down: #expect(entry.weight.map { $0 > 0 && $0 <= 2 } ?? true, "\(place)")
                case .compoundMinimum, .pairWindow, .ruleWindow, .contrastReach, .neutralSum:
                    #expect(entry.weight.map { $0 >= 1 && $0 <= 10 } == true, "\(place)")
                case .negator, .negatorAfter, .partialNegator, .contrast, .concession, .reservation, .reply,
                    .goodWhenUp, .badWhenUp, .ending,
                    .comparison, .result:
                    #expect(entry.weight == nil, "\(place) takes no weight")
                }
            }
        }
    }

    @Test func chineseEntriesAreSimplified() {
        let folding = Self.files.first { $0.info.kind == .folding }!.folding
        let traditional = Set(folding.map(\.0))
        for file in Self.files where file.info.language == .chinese && file.info.kind != .folding {
            let terms = file.valences.map(\.term) + file.roles.map(\.term)
            for term in terms {
                #expect(
                    !term.unicodeScalars.contains { traditional.contains($0) },
                    "\(file.info.file): \(term) has a traditional character")
            }
        }
        for (t, s) in folding { #expect(t != s) }
    }

    @Test func theReadmeDocumentsEveryFile() throws {
        let readme = Bundle.module.url(forResource: "README", withExtension: "md", subdirectory: "Resources/Lexicons")
        let text = try String(contentsOf: try #require(readme), encoding: .utf8)
        for file in Self.files {
            #expect(text.contains(file.info.file), "README.md does not describe \(file.info.file)")
        }
    }

    @Test func theVersionIsAContentHash() {
        let scorer = SentimentScorer()
        #expect(scorer.lexiconVersion.count == 16)
        #expect(scorer.lexiconVersion.allSatisfy { $0.isHexDigit })
        #expect(SentimentScorer().lexiconVersion == scorer.lexiconVersion)
        #expect(SentimentScorer.lexicons().map(\.file) == Self.files.map(\.info.file))
    }

    // MARK: The loader rejects what the data tests guard against.

    @Test func duplicateEntriesAreRejectedWithBothLines() {
        #expect(throws: LexiconError.duplicate(file: "x.tsv", line: 3, term: "Good", firstLine: 1)) {
            try LexiconFile.parseValences("good\t1.9\n# comment\nGood\t2.0\n", file: "x.tsv")
        }
        #expect(throws: LexiconError.duplicate(file: "r.tsv", line: 2, term: "not", firstLine: 1)) {
            try LexiconFile.parseRoles("negator\tnot\nbooster\tnot\t0.3\n", file: "r.tsv")
        }
    }

    @Test func malformedLinesNameFileAndLine() {
        #expect(throws: LexiconError.valenceOutOfRange(file: "x.tsv", line: 2, value: 5)) {
            try LexiconFile.parseValences("good\t1.9\nbest\t5\n", file: "x.tsv")
        }
        #expect(throws: LexiconError.self) { try LexiconFile.parseValences("good 1.9\n", file: "x.tsv") }
        #expect(throws: LexiconError.self) { try LexiconFile.parseValences("good\tvery\n", file: "x.tsv") }
        #expect(throws: LexiconError.self) { try LexiconFile.parseValences("good\t1\tfr\n", file: "x.tsv") }
        #expect(throws: LexiconError.self) { try LexiconFile.parseRoles("amplifier\tvery\n", file: "r.tsv") }
        let message = LexiconError.malformed(file: "mine.tsv", line: 7, reason: "1 fields").errorDescription ?? ""
        #expect(message.hasPrefix("mine.tsv:7:"))
    }

    @Test func symbolEntriesWithACapitalAreDistinct() throws {
        let entries = try LexiconFile.parseValences("D:\t-2.9\nd:\t1.2\n", file: "x.tsv")
        #expect(entries.map(\.term) == ["D:", "d:"])
        #expect(throws: LexiconError.self) { try LexiconFile.parseValences("Good\t1\ngood\t2\n", file: "x.tsv") }
    }

    @Test func germanNewsWordsAddOnlyWhatTextblobLacks() throws {
        // de-barometer.tsv was built from words no German file knew: it adds terms, it does not re-rate them.
        let own = try #require(Self.files.first { $0.info.file == "de-barometer.tsv" })
        let earlier = Set(
            Self.files.filter { ["de-textblob.tsv", "de-textblob-overrides.tsv"].contains($0.info.file) }
                .flatMap { $0.valences.map { $0.term.lowercased() } })
        #expect(own.valences.count > 100)
        for entry in own.valences {
            #expect(!earlier.contains(entry.term.lowercased()), "de-barometer.tsv:\(entry.line)")
        }
    }

    @Test func languageColumnAndCommentsAreRead() throws {
        let entries = try LexiconFile.parseValences("# mine\n\nSora\t1.5\tde\nSora\t-1\ten\r\n", file: "x.tsv")
        #expect(entries.map(\.language) == [.german, .english])
        #expect(entries.map(\.line) == [3, 4])
    }
}

@Suite struct UserLexiconTests {
    func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "barometer-lexicon-\(UUID().uuidString).tsv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func userEntriesOverrideAndAddTerms() throws {
        let url = try write("# my domain\nsora\t2.5\nhallucinate\t-2\ten\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let scorer = try SentimentScorer(userLexicons: [url])
        #expect(scorer.score(sentence: "Sora.", language: .english).label == .positive)
        #expect(scorer.score(sentence: "Sora.", language: .german).label == .positive)
        #expect(scorer.score(sentence: "Models hallucinate.", language: .english).label == .negative)
        #expect(scorer.score(sentence: "Models hallucinate.", language: .german).label == .neutral)
        #expect(scorer.lexiconVersion != SentimentScorer().lexiconVersion)
        #expect(scorer.lexicons.last?.file == url.path)
        #expect(SentimentScorer().score(sentence: "Sora.", language: .english).label == .neutral)
    }

    @Test func aBrokenUserFileIsReportedByFileAndLine() throws {
        let url = try write("sora\t2.5\nsora\t1\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: LexiconError.duplicate(file: url.path, line: 2, term: "sora", firstLine: 1)) {
            try SentimentScorer(userLexicons: [url])
        }
        let missing = URL(fileURLWithPath: "/nonexistent/lexicon.tsv")
        #expect(throws: LexiconError.self) { try SentimentScorer(userLexicons: [missing]) }
    }
}
