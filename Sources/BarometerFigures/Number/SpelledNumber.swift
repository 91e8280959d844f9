import Foundation

/// Evaluates a spelled-out number word by word, in English or German: cardinals add, hundred and dozen multiply
/// the current group, thousand and above close it, a denominator divides what came before. "and" joins a group
/// ("one hundred and six") or a whole and a fraction ("one and a half", "two million and three fifths" =
/// 2.6 million, as Recognizers-Text reads it); a scale after a fraction multiplies it ("five and a half million").
struct SpelledNumber {
    private var total = Decimal(0)
    private var current = Decimal(0)
    private var hasNumber = false
    private var negative = false
    private var pendingArticle = false
    private var pendingConjunction = false
    private var lastCardinal: Decimal?
    private var lastScale = Decimal(0)
    private var fraction: Decimal?
    /// The fraction's own part ("a half" in "one billion and a half"), for a scale that follows it.
    private var fractionPart: Decimal?
    /// "half million": a denominator before any number waits for the scale it divides.
    private var leadingDenominator: Decimal?
    /// Decimal digits read after "point".
    private var decimals: [Int]?
    private var end: Int?
    /// The value and end before an "and" that only a fraction can justify ("twenty and three fifths").
    private var beforeConjunction: (value: Decimal, end: Int?, scale: Decimal, needsFraction: Bool)?
    private(set) var isFinished = false
    /// Whether a multiplier has closed a group (so "and" may follow: "one hundred and six").
    private var sawMultiplier = false

    /// Takes the next word; false when it cannot continue the number (the word is not consumed).
    mutating func accept(_ word: NumberWord, end wordEnd: Int) -> Bool {
        if fraction != nil {
            // Only a scale may follow a fraction: "five and a half million" is 5.5 million, "one billion and a half
            // million" one billion and half a million.
            guard case .multiplier(let m) = word, m >= 1000 || m == 12 else { return false }
            if let base = beforeConjunction, base.scale != 0, let part = fractionPart {
                fraction = (base.value + part * m).rounded(NumberRecognizer.fractionPlaces)
            } else {
                fraction = (fraction! * m).rounded(NumberRecognizer.fractionPlaces)
            }
            isFinished = true
            end = wordEnd
            return true
        }
        if let d = leadingDenominator {
            // "half million", "half a dozen", "quarter million".
            if case .article = word, !pendingArticle {
                pendingArticle = true
                return true
            }
            guard case .multiplier(let m) = word else { return false }
            fraction = m / d
            leadingDenominator = nil
            hasNumber = true
            pendingArticle = false
            end = wordEnd
            return true
        }
        if decimals != nil {
            // "five point five", "two hundred point seventy-one", "nine point nought four".
            guard case .cardinal(let v) = word, v < 100 else { return false }
            if v < 10 {
                if let last = lastCardinal, last >= 20, decimals!.last == Int(truncating: (last / 10) as NSNumber) {
                    decimals!.append(Int(truncating: v as NSNumber))  // the unit of "seventy-one"
                    lastCardinal = nil
                } else {
                    decimals!.append(Int(truncating: v as NSNumber))
                    lastCardinal = v
                }
            } else if v < 20 {
                decimals! += [1, Int(truncating: (v - 10) as NSNumber)]
                lastCardinal = nil
            } else {
                decimals!.append(Int(truncating: (v / 10) as NSNumber))
                lastCardinal = v
            }
            end = wordEnd
            return true
        }
        switch word {
        case .point:
            guard hasNumber, !pendingArticle, !pendingConjunction else { return false }
            decimals = []
            lastCardinal = nil
            return true
        case .negative:
            guard !hasNumber, !pendingArticle, !negative else { return false }
            negative = true
            return true
        case .article:
            guard !hasNumber || pendingConjunction, !pendingArticle else { return false }
            pendingArticle = true
            return true
        case .conjunction:
            guard hasNumber, !pendingConjunction, beforeConjunction?.needsFraction != true else { return false }
            // "one hundred and six", "sieben-und-dreißig" join one number; any other "and" needs a fraction after it.
            let joinsGroup = sawMultiplier || (lastCardinal ?? 10) < 10
            beforeConjunction = (total + current, end, current == 0 ? lastScale : 0, !joinsGroup)
            pendingConjunction = true
            return true
        case .cardinal(let v):
            guard !pendingArticle else { return false }
            if let last = lastCardinal, !pendingConjunction || beforeConjunction?.needsFraction == false {
                // Only a unit may follow a ten ("twenty five"), only a ten a unit and "und" ("siebenunddreißig");
                // "five six" are two numbers.
                let unitAfterTen = last >= 20 && last < 100 && v < 10 && v > 0 && !pendingConjunction
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
                lastScale = m
            }
            sawMultiplier = true
            lastCardinal = nil
        case .denominator(let d):
            if !hasNumber, !pendingArticle, !negative {
                leadingDenominator = d
                return true
            }
            guard hasNumber || pendingArticle else { return false }
            if let base = beforeConjunction {
                let numerator = total + current - base.value
                let part = (numerator == 0 ? 1 : numerator) / d
                fractionPart = part
                fraction = (base.value + part * (base.scale == 0 ? 1 : base.scale)).rounded(
                    NumberRecognizer.fractionPlaces)
            } else {
                let numerator = total + current == 0 ? 1 : total + current
                fraction = Self.rounded(numerator, over: d)
            }
        }
        hasNumber = true
        pendingArticle = false
        pendingConjunction = false
        end = wordEnd
        return true
    }

    /// The number's end and value, when the words made one.
    var result: (Int, Decimal)? {
        guard hasNumber, leadingDenominator == nil else { return nil }
        var value = fraction ?? total + current
        if let decimals, !decimals.isEmpty {
            var scale = Decimal(1)
            for digit in decimals {
                scale /= 10
                value += Decimal(digit) * scale
            }
        }
        var valueEnd = end
        if fraction == nil, let base = beforeConjunction, base.needsFraction {
            value = base.value
            valueEnd = base.end
        }
        guard let valueEnd else { return nil }
        return (valueEnd, negative ? -value : value)
    }

    /// `(numerator / d).rounded(NumberRecognizer.fractionPlaces)`, by integer division
    /// (``Foundation/Decimal/fraction(_:over:places:)``) when both are integers: Foundation's Decimal division costs
    /// some 16,000 instructions, and German reads "eine halbe Stunde", "ein Drittel" often.
    private static func rounded(_ numerator: Decimal, over d: Decimal) -> Decimal {
        guard let n = smallInteger(numerator), let d = smallInteger(d) else {
            return (numerator / d).rounded(NumberRecognizer.fractionPlaces)
        }
        return Decimal.fraction(n, over: d, places: NumberRecognizer.fractionPlaces)
    }

    /// The value as an `Int` when it is an integer (a non-negative exponent) below 2^53, where its `Double` is exact.
    private static func smallInteger(_ value: Decimal) -> Int? {
        guard !value.isNaN, value.exponent >= 0 else { return nil }
        let double = NSDecimalNumber(decimal: value).doubleValue
        guard abs(double) < 9_007_199_254_740_992 else { return nil }
        return Int(exactly: double)
    }

    /// Whether only "minus" has been read.
    var isOnlyNegative: Bool { negative && !hasNumber }

    /// Whether the number so far is exactly one word that is the cardinal one (for "the one", "which one").
    var isLoneCardinal: Bool { !sawMultiplier && fraction == nil && total == 0 && lastCardinal != nil }
}
