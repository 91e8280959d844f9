import BarometerText
import Foundation

/// Finds durations: a number with a unit of time ("1.5 years", "seven-minute episodes", "over the next five years",
/// "etwa 1,5 Jahren", "zwei Jahre", "一分钟", "两年", "3个月"). The value is in the unit written ("1,5 Jahren" is
/// 1.5 `year`); decades count as ten years.
///
///     let text = ScalarText("26 seven-minute episodes")
///     DurationRecognizer(language: .english).mentions(in: text, range: ScalarRange(start: 0, end: text.count))
///     // [duration "seven-minute" = 7 minute]
public struct DurationRecognizer: NumberBasedRecognizer {
    public let language: Language
    let words: DurationWords
    let bounds: BoundWords

    public init(language: Language) {
        self.language = language
        words = DurationWords.shared(for: language)
        bounds = BoundWords.shared(for: language)
    }

    func mentions(numbers: [NumberMatch], in text: ScalarText, range: ScalarRange) -> [Mention] {
        var found: [Mention] = []
        append(numbers: numbers, in: text, range: range, to: &found)
        return found
    }

    /// Appends the duration mentions to `found`, built in place (see ``MoneyRecognizer``).
    func append(numbers: [NumberMatch], in text: ScalarText, range: ScalarRange, to found: inout [Mention]) {
        guard language.isAnalysed else { return }
        let f = text.folded
        let boundary = WordBoundary(language)
        for number in numbers where !number.isPercentPrefixed {
            guard acceptsNumber(number) else { continue }
            var unitMatch: (end: Int, value: DurationWords.Unit)?
            for start in unitStarts(f, after: number.range.end, limit: range.end) {
                // Most numbers have no unit after them: the trie's pair filter turns the word away before a walk
                // (not in Chinese, whose characters are beyond the Latin-1 pairs it knows).
                if !boundary.spaced || words.units.trie.mayStartPhrase(f, at: start, limit: range.end),
                    let m = words.units.match(
                        f, at: start, limit: range.end, acceptsEnd: { boundary.endsWord(f, at: $0, limit: range.end) })
                {
                    unitMatch = m
                    break
                }
            }
            // Whether the count is positive is asked last: reading a Decimal's sign costs more than a unit look-up.
            guard let unitMatch, number.value.isPositive, !isBlocked(f, at: unitMatch.end, range: range) else {
                continue
            }
            let span = ScalarRange(start: number.range.start, end: unitMatch.end)
            found.append(
                Mention(
                    kind: .duration, text: text.mentionText(span), range: span,
                    value: unitMatch.value.multiplies ? number.value * unitMatch.value.multiple : number.value,
                    durationUnit: unitMatch.value.unit))
            bounds.apply(to: &found[found.count - 1], glued: number.bound, in: text, sentence: range)
        }
    }

    /// Characters that, right after the unit, make it part of another word ("2023年底", "90年代").
    private func isBlocked(_ f: [Unicode.Scalar], at end: Int, range: ScalarRange) -> Bool {
        guard end < range.end else { return false }
        return words.notAfter.match(f, at: end, limit: range.end, acceptsEnd: { _ in true }) != nil
    }
}

/// One language's units of time, loaded once from `Resources/duration/<language>.json`.
struct DurationWords: Sendable {
    struct Unit: Sendable, Hashable {
        var unit: DurationUnit
        /// How many of the unit one word stands for (a decade is 10 years).
        var multiple: Decimal
        /// Whether ``multiple`` is other than 1. Most units stand for one of themselves, and their count is taken as
        /// it is: Foundation's multiplication by one (some 1,700 instructions) gives the same Decimal.
        var multiplies: Bool
    }

    private struct File: Decodable {
        var units: [String: String]
        var multiples: [String: String]
        var notAfter: [String]
    }

    var units = WordTable<Unit>()
    var notAfter = WordTable<Bool>()

    private static let all = PerLanguage { DurationWords($0) }

    static func shared(for language: Language) -> DurationWords { all[language] }

    private init(_ language: Language) {
        let name = "duration/\(language.resourceName).json"
        let file = FigureResource.load(File.self, "duration", language.resourceName)
        for (word, unitName) in file.units {
            guard let unit = DurationUnit(rawValue: unitName) else {
                preconditionFailure("\(name): unknown unit '\(unitName)'")
            }
            let multiple = file.multiples[word].map { FigureResource.decimal($0, in: name) } ?? 1
            units.add(word, Unit(unit: unit, multiple: multiple, multiplies: multiple != 1))
        }
        for word in file.notAfter { notAfter.add(word, true) }
    }
}
