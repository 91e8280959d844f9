import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// One corpus file: `Corpus/<kind>/<language>.json` (cases) or `Corpus/<kind>/<language>.negative.json` (texts).
struct CorpusFile: Sendable, CustomTestStringConvertible {
    let kind: MentionKind
    let language: Language
    let negative: Bool
    let url: URL

    var testDescription: String { "\(kind.rawValue)/\(language.code)\(negative ? ".negative" : "")" }

    /// The corpus folder copied into the test bundle.
    static let directory: URL = {
        guard let url = Bundle.module.url(forResource: "Corpus", withExtension: nil) else {
            preconditionFailure("the test bundle has no Corpus folder")
        }
        return url
    }()

    /// Every corpus file, named `<kind>/<language>[.negative].json`; a file named otherwise stops the run.
    static let all: [CorpusFile] = {
        var files: [CorpusFile] = []
        let kinds = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        // Corpus/events holds the event linker's corpus (EventCorpus.swift), not mentions of a kind.
        for kindName in kinds.sorted() where !kindName.hasSuffix(".md") && kindName != "events" {
            guard let kind = MentionKind(rawValue: kindName) else {
                preconditionFailure("Corpus/\(kindName): not a mention kind")
            }
            let folder = directory.appendingPathComponent(kindName)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
                let parts = name.split(separator: ".")
                guard parts.last == "json", let language = Language(code: String(parts[0])), parts.count <= 3 else {
                    preconditionFailure(
                        "Corpus/\(kindName)/\(name): expected <language>.json or <language>.negative.json")
                }
                files.append(
                    CorpusFile(
                        kind: kind, language: language, negative: parts.count == 3 && parts[1] == "negative",
                        url: folder.appendingPathComponent(name)))
            }
        }
        return files
    }()
}

/// A positive corpus case: a text, its reference date, and every mention of the file's kind it must yield.
struct CorpusCase: Decodable, Sendable {
    var text: String
    var reference: String
    var expected: [ExpectedMention]
}

/// A negative corpus case: a text that must yield no mention of the file's kind.
struct NegativeCase: Decodable, Sendable {
    var text: String
    var reference: String?
    var note: String?
}

struct ExpectedDate: Decodable, Sendable, Hashable {
    var start: String
    var end: String
    var granularity: String
}

struct ExpectedMention: Decodable, Sendable, Hashable {
    var kind: String
    var text: String
    var start: Int
    var end: Int
    var value: String?
    var unit: String?
    var currency: String?
    var currencyText: String?
    var approximate: Bool?
    var bound: String?
    var date: ExpectedDate?

    enum CodingKeys: String, CodingKey {
        case kind, text, start, end, value, unit, currency, approximate, bound, date
        case currencyText = "currency_text"
    }

    /// The mention as the corpus expects to see it, in the same printed form as `init(_ mention:)`.
    init(_ m: Mention) {
        kind = m.kind.rawValue
        text = m.text
        start = m.range.start
        end = m.range.end
        value = m.value.map { "\($0)" }
        unit = m.unit
        currency = m.currency?.code
        currencyText = m.currency?.text
        approximate = m.approximate
        bound = m.bound?.rawValue
        date = m.date.map {
            ExpectedDate(start: $0.start.description, end: $0.end.description, granularity: $0.granularity.rawValue)
        }
    }

    /// Normalises the optional fields so that an omitted `approximate` means false and values compare as numbers.
    func normalised() -> ExpectedMention {
        var copy = self
        copy.approximate = approximate ?? false
        if let value, let decimal = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) {
            copy.value = "\(decimal)"
        }
        if kind == "money", currencyText == nil { copy.currencyText = nil }
        return copy
    }
}
