import BarometerText
import Foundation

/// English fractions whose denominator is an ordinal, simple or compound: "three twenty-firsts" (3/21), "a trillionth",
/// "one one hundred fifth" (1/105), "one hundred and thirty fifths" (130/5), "one hundred thirty fifths" (100/35),
/// "two hundred thirty two and a thirtieth" (232 + 1/30). A plural ordinal makes a fraction after any numerator; a
/// singular one only after "a", "an" or "one" ("the twenty-first" stays an ordinal).
///
/// Where the numerator ends and the denominator begins follows Microsoft Recognizers-Text's reading
/// (`BaseNumberParser.FracLikeNumberParse`): walking left from the ordinal, a word joins the denominator while it
/// composes with the word after it (thirty + fifth, hundred + fifth, one + hundred), and stops at the first that does not.
extension NumberRecognizer {
    private struct FractionWord {
        var value: Int64
        var isAnd = false
        var isArticle = false
    }

    func scanOrdinalFraction(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> (Int, NumberMatch)? {
        let boundary = WordBoundary(language)
        let acceptsEnd = { (end: Int) in boundary.endsWord(f, at: end, limit: limit) }
        // Most number words ("a", "one") are followed by no second one: find out before collecting words.
        guard let (firstEnd, _) = lexicon.words.match(f, at: start, limit: limit, acceptsEnd: acceptsEnd),
            firstEnd + 1 < limit,
            f[firstEnd] == " " || f[firstEnd] == "-", ScalarClass.isLetter(f[firstEnd + 1]),
            lexicon.ordinalDenominators.match(f, at: firstEnd + 1, limit: limit, acceptsEnd: acceptsEnd) != nil
                || lexicon.words.match(f, at: firstEnd + 1, limit: limit, acceptsEnd: acceptsEnd) != nil
        else { return nil }
        var words: [FractionWord] = []
        words.reserveCapacity(8)
        var position = start
        var negative = false
        var ordinal: (value: Int64, plural: Bool, end: Int)?
        while position < limit {
            if let m = lexicon.ordinalDenominators.match(f, at: position, limit: limit, acceptsEnd: acceptsEnd) {
                ordinal = (m.value.value, m.value.plural, m.end)
                break
            }
            guard let (end, word) = lexicon.words.match(f, at: position, limit: limit, acceptsEnd: acceptsEnd) else {
                return nil
            }
            switch word {
            case .cardinal(let v), .multiplier(let v):
                guard let integer = Int64(exactly: NSDecimalNumber(decimal: v).doubleValue) else { return nil }
                words.append(FractionWord(value: integer))
            case .conjunction:
                guard !words.isEmpty else { return nil }
                words.append(FractionWord(value: 0, isAnd: true))
            case .article:
                guard words.isEmpty || words.last!.isAnd else { return nil }
                words.append(FractionWord(value: 0, isArticle: true))
            case .negative:
                guard words.isEmpty, !negative else { return nil }
                negative = true
            default:
                return nil
            }
            // Words are joined by one space or a hyphen.
            var next = end
            if next < limit, f[next] == " " || f[next] == "-" { next += 1 }
            guard next > end, next < limit, ScalarClass.isLetter(f[next]) else { return nil }
            position = next
        }
        guard let ordinal, !words.isEmpty else { return nil }
        // "a quarter million": a scale after the ordinal makes it a fraction of that scale, which the spelled-number rules read.
        if ordinal.end + 1 < limit, f[ordinal.end] == " ",
            let (_, next) = lexicon.words.match(f, at: ordinal.end + 1, limit: limit, acceptsEnd: acceptsEnd),
            case .multiplier = next
        {
            return nil
        }
        var value: Decimal
        var rounded = false
        if let and = words.indices.last(where: { words[$0].isAnd }), and < words.count - 1 {
            // "two and fifty-four hundredths", "one hundred and thirty fifths", "two million and three fifths": the
            // fraction is read after the last "and", the whole before it.
            let fraction = Array(words[(and + 1)...]) + [FractionWord(value: ordinal.value)]
            let split = denominatorStart(fraction)
            guard split > 0,
                isFractionNumerator(fraction[split - 1], ordinal: ordinal, denominatorWords: fraction.count - split)
            else { return nil }
            let numerator = Decimal(Self.accumulate(fraction[..<split]))
            let denominator = Decimal(Self.accumulate(fraction[split...]))
            let whole = Decimal(Self.accumulate(words[..<and]))
            if and > 0, words[and - 1].value >= 1000 {
                value = whole + numerator / denominator * Decimal(words[and - 1].value)  // 2.6 million
            } else {
                value = numerator < denominator ? whole + numerator / denominator : (whole + numerator) / denominator
            }
        } else {
            let all = words + [FractionWord(value: ordinal.value)]
            let split = denominatorStart(all)
            guard split > 0, isFractionNumerator(all[split - 1], ordinal: ordinal, denominatorWords: all.count - split)
            else { return nil }
            let numerator = Self.accumulate(all[..<split])
            let denominator = Self.accumulate(all[split...])
            guard denominator != 0 else { return nil }
            // At or above the rounding floor (10^-6: a millionth), the rounded fraction by integer division.
            if numerator >= 0, denominator > 0, numerator <= Int64.max / 1_000_000, numerator * 1_000_000 >= denominator
            {
                value = Decimal.fraction(
                    Int(numerator), over: Int(denominator), places: NumberRecognizer.fractionPlaces)
                rounded = true
            } else {
                value = Decimal(numerator) / Decimal(denominator)
            }
        }
        // Rounded like every fraction, except below its precision ("a trillionth" is exact as it is).
        if !rounded, abs(value) >= Self.fractionRoundingFloor { value = value.rounded(NumberRecognizer.fractionPlaces) }
        var match = NumberMatch(range: ScalarRange(start: start, end: ordinal.end), value: negative ? -value : value)
        match.isDigits = false
        match.isWordFraction = true
        return (ordinal.end, match)
    }

    /// Fractions below this are kept exact rather than rounded; converted from the `Double` literal once, not per
    /// fraction (the conversion cost more than the rest of the rule).
    static let fractionRoundingFloor: Decimal = 1e-6

    /// Whether the word before the denominator may be its numerator: any after a plural ordinal, only "a", "an" or
    /// "one" before a singular one ("a fifth", "one twenty-fifth"; "a second" is time and "one first" nothing).
    private func isFractionNumerator(
        _ word: FractionWord, ordinal: (value: Int64, plural: Bool, end: Int), denominatorWords: Int
    ) -> Bool {
        if word.isAnd { return false }
        if ordinal.plural { return true }
        return (word.isArticle || word.value == 1) && (denominatorWords > 1 || ordinal.value > 2)
    }

    /// The index of the first denominator word (Recognizers-Text's split).
    private func denominatorStart(_ words: [FractionWord]) -> Int {
        let hundred: Int64 = 100
        var split = words.count - 1
        var current = words[split].value
        var round: Int64 = 1
        var index = words.count - 2
        while index >= 0 {
            if words[index].isAnd {
                index -= 1
                continue
            }
            let previous = current
            current = words[index].value
            guard
                (previous >= hundred && previous > current) || (previous < hundred && Self.composes(current, previous))
            else {
                return index + 1
            }
            if previous < hundred {
                if current >= round {
                    round = current
                } else {
                    return index + 1
                }
            }
            if index == 0 {
                // Every word composes: the numerator is the words up to the first round number followed by a small one
                // ("one hundred thirty fifths" is 100 / 35).
                split = 1
                while split <= words.count - 2 {
                    if words[split].value >= hundred, !words[split + 1].isAnd, words[split + 1].value < hundred {
                        return split + 1
                    }
                    split += 1
                }
                return split
            }
            index -= 1
        }
        return max(split, 0)
    }

    /// Whether `small` may follow `big` inside one number (thirty + five, hundred + thirty).
    private static func composes(_ big: Int64, _ small: Int64) -> Bool {
        let base: Int64 = small > 10 ? 100 : 10
        return big % base == 0 && big / base >= 1
    }

    /// The value of number words read left to right, "and" skipped, an article counting one.
    private static func accumulate(_ words: ArraySlice<FractionWord>) -> Int64 {
        var total: Int64 = 0
        var group: Int64 = 0
        for word in words where !word.isAnd {
            let v = word.isArticle ? 1 : word.value
            if v >= 1000 {
                total += (group == 0 ? 1 : group) * v
                group = 0
            } else if v == 100 {
                group = (group == 0 ? 1 : group) * v
            } else {
                group += v
            }
        }
        return total + group
    }
}
