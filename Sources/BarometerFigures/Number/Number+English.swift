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
        var parser = SpelledNumber()
        var position = start
        while position < limit,
            let (wordEnd, word) = lexicon.words.match(f, at: position, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
        {
            guard parser.accept(word, end: wordEnd) else { break }
            if parser.isFinished { break }
            // Words of one number are joined by a space or a hyphen ("twenty-five", "two-thirds").
            guard wordEnd + 1 < limit, f[wordEnd] == " " || f[wordEnd] == "-", ScalarClass.isLetter(f[wordEnd + 1]) else { break }
            position = wordEnd + 1
        }
        guard let (end, value) = parser.result else { return nil }
        var match = NumberMatch(range: ScalarRange(start: start, end: end), value: value)
        match.isDigits = false
        return (end, match)
    }
}

/// Evaluates a spelled-out number word by word, in English or German: cardinals add, hundred and dozen multiply
/// the current group, thousand and above close it, a denominator divides what came before and ends the number.
struct SpelledNumber {
    private var total = Decimal(0)
    private var current = Decimal(0)
    private var hasNumber = false
    private var pendingArticle = false
    private var pendingConjunction = false
    private var lastCardinal: Decimal?
    private var fraction: Decimal?
    private var end: Int?
    private(set) var isFinished = false
    /// Whether a multiplier has closed a group (so "and" may follow: "one hundred and six").
    private var sawMultiplier = false

    /// Takes the next word; false when it cannot continue the number (the word is not consumed).
    mutating func accept(_ word: NumberWord, end wordEnd: Int) -> Bool {
        switch word {
        case .article:
            guard !hasNumber, !pendingArticle else { return false }
            pendingArticle = true
            return true
        case .conjunction:
            // "one hundred and six"; German units before tens: "sieben-und-dreißig".
            guard hasNumber, !pendingConjunction, sawMultiplier || (lastCardinal ?? 10) < 10 else { return false }
            pendingConjunction = true
            return true
        case .cardinal(let v):
            guard !pendingArticle else { return false }
            if let last = lastCardinal {
                // Only a unit may follow a ten ("twenty five"), only a ten a unit and "und" ("siebenunddreißig");
                // "five six" are two numbers.
                let unitAfterTen = last >= 20 && last < 100 && v < 10 && v > 0
                let tenAfterUnit = pendingConjunction && last < 10 && v >= 20 && v < 100
                guard unitAfterTen || tenAfterUnit else { return false }
            }
            current += v
            lastCardinal = v
        case .halfAddend(let v):
            current += v
            lastCardinal = nil
        case .multiplier(let m):
            guard hasNumber || pendingArticle else { return false }
            if m < 1000 {
                current = (current == 0 ? 1 : current) * m
            } else {
                total += (current == 0 ? 1 : current) * m
                current = 0
            }
            sawMultiplier = true
            lastCardinal = nil
        case .denominator(let d):
            guard hasNumber || pendingArticle, !pendingConjunction else { return false }
            let numerator = total + current == 0 ? 1 : total + current
            fraction = (numerator / d).rounded(NumberRecognizer.fractionPlaces)
            isFinished = true
        }
        hasNumber = true
        pendingArticle = false
        pendingConjunction = false
        end = wordEnd
        return true
    }

    /// The number's end and value, when the words made one.
    var result: (Int, Decimal)? {
        guard let end, hasNumber else { return nil }
        return (end, fraction ?? total + current)
    }
}
