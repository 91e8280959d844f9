import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// One file of `Corpus/events/<lang>.json`: texts, the mentions the recognisers would give, and
/// what the event linker must add to each figure.
struct EventCorpus: Decodable {
    var language: String
    var cases: [EventCase]

    static func load(_ language: Language) throws -> EventCorpus {
        let url = try #require(
            Bundle.module.url(forResource: language.code, withExtension: "json", subdirectory: "Corpus/events"),
            "Corpus/events/\(language.code).json is missing")
        return try JSONDecoder().decode(EventCorpus.self, from: Data(contentsOf: url))
    }
}

struct EventCase: Decodable, CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var published: String
    /// Sentence ranges, as the text stage would give them.
    var sentences: [[Int]]
    var mentions: [CorpusMention]
    /// Why the linker is known to get this case wrong, when it is.
    var knownIssue: String?

    var testDescription: String { id }

    var publishedDay: Day { Day(published)! }

    /// The analysed text the linker reads: the case's text and sentences, no page furniture.
    func analysed(_ language: Language) -> AnalysedText {
        AnalysedText(
            text: text, language: language, languageDetected: false, title: nil, excluded: [],
            sentences: sentences.enumerated().map { index, bounds in
                let range = ScalarRange(start: bounds[0], end: bounds[1])
                return Sentence(index: index, range: range, text: text.slice(range))
            })
    }

    /// The input mentions, as a recogniser would produce them.
    var input: [Mention] { mentions.map(\.mention) }
}

struct CorpusMention: Decodable, Sendable {
    struct CorpusDate: Decodable, Sendable {
        var start: String
        var end: String
        var granularity: Granularity
        var range: DateRange { DateRange(start: Day(start)!, end: Day(end)!, granularity: granularity) }
    }

    struct Expectation: Decodable, Sendable {
        /// Index of the date mention the figure is dated by, or nil for the publication date.
        enum WhenSource: Decodable, Sendable, Equatable {
            case published
            case mention(Int)

            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let index = try? container.decode(Int.self) {
                    self = .mention(index)
                } else if try container.decode(String.self) == "published" {
                    self = .published
                } else {
                    throw DecodingError.dataCorruptedError(
                        in: container, debugDescription: "when is a mention index or \"published\"")
                }
            }
        }

        var subject: String?
        var direction: Direction?
        var when: WhenSource
        var restates: Int?
    }

    var kind: MentionKind
    var text: String
    var start: Int
    var end: Int
    var value: String?
    var unit: String?
    var currency: Currency?
    var approximate: Bool?
    var bound: Bound?
    var direction: Direction?
    var date: CorpusDate?
    var expect: Expectation?

    var range: ScalarRange { ScalarRange(start: start, end: end) }

    var mention: Mention {
        Mention(
            kind: kind, text: text, range: range, value: value.flatMap { Decimal(string: $0) },
            percentUnit: kind == .percent ? unit.flatMap(PercentUnit.init(rawValue:)) : nil,
            durationUnit: kind == .duration ? unit.flatMap(DurationUnit.init(rawValue:)) : nil,
            currency: currency, approximate: approximate ?? false, bound: bound, direction: direction,
            date: date?.range)
    }
}
