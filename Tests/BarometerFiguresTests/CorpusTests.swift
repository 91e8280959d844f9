import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// The corpora are the specification: every case of every file, run through `FigureExtractor` as one sentence.
/// A case passes when the mentions of the file's kind equal the expected ones exactly (text, offsets, value, unit,
/// currency, approximation, bound, date range).
@Suite struct CorpusTests {
    @Test("corpus", arguments: CorpusFile.all)
    func corpus(_ file: CorpusFile) throws {
        let data = try Data(contentsOf: file.url)
        if file.negative {
            let cases = try JSONDecoder().decode([NegativeCase].self, from: data)
            #expect(!cases.isEmpty, "\(file.testDescription) has no cases")
            for c in cases {
                let reference = try #require(Day(c.reference ?? "2024-02-20"), "bad reference in \(c.text)")
                let found = FigureExtractor().extract(text: c.text, language: file.language, published: reference)
                    .filter { $0.kind == file.kind }
                #expect(found.isEmpty, "\(file.testDescription): '\(c.text)' gave \(found.map(\.text))")
            }
        } else {
            let cases = try JSONDecoder().decode([CorpusCase].self, from: data)
            #expect(!cases.isEmpty, "\(file.testDescription) has no cases")
            for c in cases {
                let reference = try #require(Day(c.reference), "bad reference in \(c.text)")
                let found = FigureExtractor().extract(text: c.text, language: file.language, published: reference)
                    .filter { $0.kind == file.kind }
                    .map { ExpectedMention($0).normalised() }
                let expected = c.expected.map { $0.normalised() }
                #expect(found == expected, "\(file.testDescription): '\(c.text)'")
            }
        }
    }

    @Test("every expected span slices the text it names")
    func spansMatchTexts() throws {
        for file in CorpusFile.all where !file.negative {
            let cases = try JSONDecoder().decode([CorpusCase].self, from: Data(contentsOf: file.url))
            for c in cases {
                for e in c.expected {
                    #expect(e.kind == file.kind.rawValue, "\(file.testDescription): '\(e.text)' is a \(e.kind)")
                    #expect(
                        c.text.slice(ScalarRange(start: e.start, end: e.end)) == e.text,
                        "\(file.testDescription): offsets of '\(e.text)'")
                }
            }
        }
    }
}

/// No silent gaps: every supported pair has a corpus and a negative corpus, and every corpus is listed.
@Suite struct SupportTableTests {
    @Test("every listed pair has a corpus and a negative corpus", arguments: SupportTable.supported)
    func listedPairHasCorpus(_ entry: SupportTable.Entry) {
        let has = { (negative: Bool) in
            CorpusFile.all.contains {
                $0.kind == entry.kind && $0.language == entry.language && $0.negative == negative
            }
        }
        #expect(has(false), "no corpus for \(entry.kind.rawValue)/\(entry.language.code)")
        #expect(has(true), "no negative corpus for \(entry.kind.rawValue)/\(entry.language.code)")
    }

    @Test("every corpus is listed in the support table")
    func corpusIsListed() {
        for file in CorpusFile.all {
            #expect(
                SupportTable.isSupported(file.kind, file.language), "\(file.testDescription) is not in SupportTable")
        }
    }
}
