import BarometerText
import Foundation

/// English number words: "seven", "twenty-five", "one hundred and six", "a dozen", "five million",
/// fractions "two-thirds", "a quarter", "one half". Fractions are rounded to 10 decimal places
/// (two-thirds is 0.6666666667), the precision `Decimal` keeps exactly for every ratio news reports.
extension NumberRecognizer {
    /// Decimal places kept for fractions written in words: ten places separates every fraction with a
    /// denominator up to a million, more than any news figure needs.
    static let fractionPlaces = 10

    func scanEnglishWords(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> (Int, NumberMatch)? {
        let boundary = WordBoundary(language)
        // Most words are no number word: find out before setting up the parser.
        guard
            let (firstEnd, first) = lexicon.words.match(
                f, at: start, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
        else {
            return nil
        }
        switch first {
        case .conjunction, .point:
            return nil  // "and", "point" start no number
        case .article:
            // "a", "an" (the most frequent number words) make a number only before another number word: "a dozen",
            // "a third", "a quarter million".
            var next = firstEnd
            while next < limit, f[next] == " " { next += 1 }
            if next < limit, f[next] == "-" {
                next += 1
                while next < limit, f[next] == " " { next += 1 }
            }
            let endsWord = { boundary.endsWord(f, at: $0, limit: limit) }
            guard next > firstEnd, next < limit, ScalarClass.isLetter(f[next]),
                lexicon.words.match(f, at: next, limit: limit, acceptsEnd: endsWord) != nil
                    || lexicon.ordinalDenominators.match(f, at: next, limit: limit, acceptsEnd: endsWord) != nil
            else { return nil }
        default:
            break
        }
        if let fraction = scanOrdinalFraction(f, at: start, limit: limit) { return fraction }
        var parser = SpelledNumber()
        var position = start
        var words = 0
        var nextToken = start
        while position < limit,
            let (wordEnd, word) = lexicon.words.match(
                f, at: position, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
        {
            guard parser.accept(word, end: wordEnd) else { break }
            words += 1
            if parser.isFinished { break }
            // Words of one number are joined by spaces or a hyphen ("twenty-five", "two-thirds", "fifty - two").
            var next = wordEnd
            while next < limit, f[next] == " " { next += 1 }
            if next < limit, f[next] == "-" {
                next += 1
                while next < limit, f[next] == " " { next += 1 }
            }
            nextToken = next
            guard next > wordEnd, next < limit, ScalarClass.isLetter(f[next]) else { break }
            position = next
        }
        if parser.isOnlyNegative, nextToken > start, nextToken < limit, ScalarClass.isDigit(f[nextToken]) {
            // "minus 5"
            let (next, digits) = scanDigits(f, at: nextToken, limit: limit)
            guard var digits else { return nil }
            digits.value = -digits.value
            digits.range = ScalarRange(start: start, end: digits.range.end)
            return (next, digits)
        }
        guard let (end, value) = parser.result else { return nil }
        // "the one", "which one": a pronoun, not a figure.
        // The parser's flag is asked before the value: comparing Decimals costs hundreds of instructions.
        let isLoneOne = parser.isLoneCardinal && value == 1
        if isLoneOne, lexicon.isPronounOne(f, before: start) { return nil }
        var match = NumberMatch(range: ScalarRange(start: start, end: end), value: value)
        match.isDigits = false
        match.isWordFraction = value.isProperFraction
        match.isDeterminer = isLoneOne && !startsRatio(f, after: end, limit: limit)
        return (end, match)
    }

    /// Whether an English number may start with the word at `start`: the question ``scanEnglishWords(_:at:limit:)``
    /// asks first, without its set-up. Every number word is letters only, so its match must be the whole word, and the
    /// word (its letters up to `end`) must not run on into digits; "and" and "point" start no number.
    func startsEnglishNumber(_ f: [Unicode.Scalar], at start: Int, wordEnd end: Int, limit: Int) -> Bool {
        guard end == limit || !ScalarClass.isDigit(f[end]),
            let payload = lexicon.words.trie.payload(of: f, from: start, to: end)
        else { return false }
        switch lexicon.words.values[payload] {
        case .conjunction, .point: return false
        default: return true
        }
    }

    /// Whether a ratio word and a number follow a lone "one" ("one in five", "one out of 3").
    private func startsRatio(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> Bool {
        let boundary = WordBoundary(language)
        guard end + 1 < limit, f[end] == " ",
            let ratio = lexicon.oneRatioWords.match(
                f, at: end + 1, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) }),
            ratio.end + 1 < limit, f[ratio.end] == " "
        else { return false }
        let next = ratio.end + 1
        return ScalarClass.isDigit(f[next])
            || lexicon.words.match(
                f, at: next, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) }) != nil
    }
}
