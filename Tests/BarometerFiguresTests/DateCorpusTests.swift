import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// One case of a date corpus (`Corpus/date/<lang>.json`): a text, the reference (publication) day, and every date
/// mention expected in it. The shape is the figures corpora's (Corpus/README.md): dates have `date` and no `value`;
/// a negative case (`<lang>.negative.json`) is `{"text", "reference"?, "note"?}` and expects nothing.
struct DateCorpusCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Expected: Decodable, Sendable {
        var kind: String
        var text: String
        var start: Int
        var end: Int
        var date: DateRange
    }
    var text: String
    var reference: Day
    var expected: [Expected]
    var language: Language = .undetermined

    enum CodingKeys: String, CodingKey { case text, reference, expected }

    /// The reference of a negative case that gives none: any fixed day serves, since nothing may be found.
    static let defaultReference = Day(year: 2024, month: 2, day: 20)

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        reference = try c.decodeIfPresent(Day.self, forKey: .reference) ?? Self.defaultReference
        expected = try c.decodeIfPresent([Expected].self, forKey: .expected) ?? []
    }

    var testDescription: String { "[\(language.code)] \(text.prefix(70))" }
}

enum DateCorpus {
    static func load(_ name: String, _ language: Language) -> [DateCorpusCase] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Corpus/date") else {
            Issue.record("Corpus/date/\(name).json is missing")
            return []
        }
        do {
            var cases = try JSONDecoder().decode([DateCorpusCase].self, from: Data(contentsOf: url))
            for i in cases.indices { cases[i].language = language }
            return cases
        } catch {
            Issue.record("Corpus/date/\(name).json: \(error)")
            return []
        }
    }

    static let positive = Language.analysed.flatMap { load($0.code, $0) }
    static let negative = Language.analysed.flatMap { load("\($0.code).negative", $0) }

    static func mentions(_ c: DateCorpusCase) -> [Mention] {
        let text = ScalarText(c.text)
        return DateRecognizer(language: c.language).mentions(
            in: text, range: ScalarRange(start: 0, end: text.count), reference: c.reference)
    }

    static func describe(_ m: Mention) -> String {
        "\"\(m.text)\" \(m.range.start)..<\(m.range.end) \(m.date.map { "\($0.start)…\($0.end) \($0.granularity.rawValue)" } ?? "-")"
    }
}

@Suite("Date corpora")
struct DateCorpusTests {
    @Test(
        "every expected date is found with its text, offsets and range, and nothing else",
        arguments: DateCorpus.positive)
    func positive(_ c: DateCorpusCase) {
        let found = DateCorpus.mentions(c)
        let expected = c.expected.map { e in
            "\"\(e.text)\" \(e.start)..<\(e.end) \(e.date.start)…\(e.date.end) \(e.date.granularity.rawValue)"
        }
        #expect(found.map(DateCorpus.describe) == expected)
        for e in c.expected {
            #expect(
                c.text.slice(ScalarRange(start: e.start, end: e.end)) == e.text,
                "corpus offsets of \"\(e.text)\" do not slice it")
            #expect(e.kind == "date")
        }
    }

    @Test("texts without dates yield no date", arguments: DateCorpus.negative)
    func negative(_ c: DateCorpusCase) {
        #expect(DateCorpus.mentions(c).map(DateCorpus.describe) == [])
        #expect(c.expected.isEmpty, "a negative case lists no expected mention")
    }

    @Test("each language has 40 or more positive cases and a negative corpus")
    func sizes() {
        for language in Language.analysed {
            #expect(DateCorpus.positive.filter { $0.language == language }.count >= 40, "\(language.code)")
            #expect(!DateCorpus.negative.filter { $0.language == language }.isEmpty, "\(language.code)")
        }
    }
}
