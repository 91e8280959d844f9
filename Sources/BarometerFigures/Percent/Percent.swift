import BarometerText
import Foundation

/// Finds percentages: a number with a percent sign or word ("11.4%", "15 percent", "18 Prozent"), percentage
/// points ("5 Prozentpunkte", "2.4个百分点", unit `pp`) and basis points ("25 basis points", unit `bp`), plus the
/// Chinese forms "百分之十五" and "三成" (= 30 %). Values are in the unit written: "11.4%" is 11.4.
///
///     let text = ScalarText("an 11.4% surge")
///     PercentRecognizer(language: .english).mentions(in: text, range: ScalarRange(start: 0, end: text.count))
///     // [percent "11.4%" = 11.4, unit %]
public struct PercentRecognizer: NumberBasedRecognizer {
    public let language: Language
    let words: PercentWords
    let bounds: BoundWords

    public init(language: Language) {
        self.language = language
        words = PercentWords.shared(for: language)
        bounds = BoundWords.shared(for: language)
    }

    /// Percent mentions built on numbers already found in the range.
    func mentions(numbers: [NumberMatch], in text: ScalarText, range: ScalarRange) -> [Mention] {
        var found: [Mention] = []
        append(numbers: numbers, in: text, range: range, to: &found)
        return found
    }

    /// Appends the percent mentions to `found`, built in place (see ``MoneyRecognizer``).
    func append(numbers: [NumberMatch], in text: ScalarText, range: ScalarRange, to found: inout [Mention]) {
        guard language.isAnalysed else { return }
        let f = text.folded
        for (index, number) in numbers.enumerated() {
            var start = number.range.start
            var end = number.range.end
            var value = number.value
            var unit = PercentUnit.percent
            if number.isPercentPrefixed {
                // "百分之十五"
            } else if let (unitEnd, written) = unitAfter(f, at: number.range.end, range: range) {
                end = unitEnd
                unit = written
            } else if let tenthsEnd = tenthsAfter(f, number: number, range: range) {
                end = tenthsEnd
                value *= 10
            } else if let phraseStart = percentWordBefore(
                f, number: number, range: range, previous: index > 0 ? numbers[index - 1] : nil)
            {
                start = phraseStart
            } else {
                continue
            }
            let span = ScalarRange(start: start, end: end)
            found.append(
                Mention(kind: .percent, text: text.mentionText(span), range: span, value: value, percentUnit: unit))
            bounds.apply(to: &found[found.count - 1], glued: number.bound, in: text, sentence: range)
        }
    }

    /// "percent of 10": where the phrase before the number starts, unless a number stands right before the phrase
    /// ("5 percent of 10" is 5 percent of something).
    private func percentWordBefore(
        _ f: [Unicode.Scalar], number: NumberMatch, range: ScalarRange, previous: NumberMatch?
    ) -> Int? {
        let start = number.range.start
        guard start - 2 >= range.start, f[start - 1] == " " else { return nil }
        guard
            let m = words.beforeNumber.match(
                f, endingAt: start - 1, floor: max(range.start, start - 16),
                acceptsStart: { s in
                    s == range.start || !ScalarClass.isWordScalar(f[s - 1])
                })
        else { return nil }
        if let previous, previous.range.end >= m.start - 2 { return nil }
        return m.start
    }

    /// A percent, point or basis-point word after the number, joined as the language allows.
    private func unitAfter(_ f: [Unicode.Scalar], at end: Int, range: ScalarRange) -> (Int, PercentUnit)? {
        let boundary = WordBoundary(language)
        for start in unitStarts(f, after: end, limit: range.end) {
            // Most numbers have no unit after them: the trie's pair filter turns the word away before a walk (not in
            // Chinese, whose characters are beyond the Latin-1 pairs it knows).
            if !boundary.spaced || words.units.trie.mayStartPhrase(f, at: start, limit: range.end),
                let m = words.units.match(
                    f, at: start, limit: range.end, acceptsEnd: { boundary.endsWord(f, at: $0, limit: range.end) })
            {
                return (m.end, m.value)
            }
        }
        return nil
    }
}

/// One language's percent words, loaded once from `Resources/percent/<language>.json`.
struct PercentWords: Sendable {
    private struct File: Decodable {
        var percent: [String]
        var percentagePoints: [String]
        var basisPoints: [String]
        var before: [String]
        var tenths: [String]
        var tenthsNotBefore: [String]
        var beforeNumber: [String]
    }

    var units = WordTable<PercentUnit>()
    var tenths = WordTable<Bool>()
    var tenthsNotBefore: Set<UInt32> = []
    /// "percent of" before a number with no number of its own before it ("percent of 10" is 10 %), matched right to left.
    var beforeNumber = WordTable<Bool>(reversed: true)

    private static let all = PerLanguage { PercentWords($0) }

    static func shared(for language: Language) -> PercentWords { all[language] }

    private init(_ language: Language) {
        let file = FigureResource.load(File.self, "percent", language.resourceName)
        for w in file.percent { units.add(w, .percent) }
        for w in file.percentagePoints { units.add(w, .percentagePoint) }
        for w in file.basisPoints { units.add(w, .basisPoint) }
        for w in file.tenths { tenths.add(w, true) }
        for w in file.beforeNumber { beforeNumber.add(w, true) }
        units.skipSpaces(language == .chinese)
        tenths.skipSpaces(language == .chinese)
        tenthsNotBefore = Set(file.tenthsNotBefore.compactMap { $0.unicodeScalars.first?.value })
        // `before` ("百分之") is read by the Chinese number rules, which mark such numbers as percentages.
    }
}
