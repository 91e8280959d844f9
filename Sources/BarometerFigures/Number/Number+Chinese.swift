import BarometerText
import Foundation

/// Chinese numerals: "二十", "两千余", "十万柒仟捌佰伍拾肆", "九万四" (94000: a trailing digit counts in the unit
/// below the last scale), "八点五", "负四十五亿", fractions "三分之二", and "百分之十五" (marked as a percentage).
/// Digit sequences without scales ("二〇二四") read digit by digit. A lone scale character (百, 千, 万) is not a
/// number, nor a lone 一 before a classifier that makes it an article ("一家公司"), nor a numeral inside a listed word ("一些", "统一", "百度") or after an ordinal prefix ("第三").
extension NumberRecognizer {
    func scanChinese(_ f: [Unicode.Scalar], at start: Int, range: ScalarRange) -> (Int, NumberMatch?) {
        let limit = range.end
        if start > range.start, lexicon.chineseOrdinalPrefix.contains(f[start - 1].value) {
            return (numeralRunEnd(f, from: start, limit: limit), nil)
        }
        if inListedWord(f, at: start, range: range) { return (start + 1, nil) }
        var i = start
        var negative = false
        if lexicon.chineseNegative.contains(f[i].value) {
            guard i + 1 < limit, isNumeral(f[i + 1]) || ScalarClass.isDigit(f[i + 1]) else { return (i + 1, nil) }
            negative = true
            i += 1
            if ScalarClass.isDigit(f[i]) {
                let (next, match) = scanDigits(f, at: i, limit: limit)
                guard var match else { return (next, nil) }
                match.value = -match.value
                match.range = ScalarRange(start: start, end: match.range.end)
                return (next, match)
            }
        }
        // "百分之十五": a percentage written as a fraction of a hundred.
        if let percentStart = percentPrefixEnd(f, at: i, limit: limit) {
            guard let (end, value) = chineseValue(f, from: percentStart, limit: limit) ?? digitValue(f, from: percentStart, limit: limit) else {
                return (percentStart, nil)
            }
            var match = NumberMatch(range: ScalarRange(start: start, end: end), value: negative ? -value : value)
            match.isPercentPrefixed = true
            match.isDigits = false
            return (end, match)
        }
        guard let (runEnd, runValue) = chineseValue(f, from: i, limit: limit) else {
            return (numeralRunEnd(f, from: i, limit: limit), nil)
        }
        if runEnd == i + 1, runValue == 1, runEnd < limit, lexicon.chineseArticleClassifiers.contains(f[runEnd].value) {
            return (runEnd, nil)  // "一家中国初创公司": an indefinite article, as German "eine"
        }
        var value = runValue
        var end = runEnd
        // "三分之二": denominator, 分之, numerator.
        if end + 2 < limit, f[end] == "分", f[end + 1] == "之",
            let (numeratorEnd, numerator) = chineseValue(f, from: end + 2, limit: limit) ?? digitValue(f, from: end + 2, limit: limit),
            value != 0
        {
            value = (numerator / value).rounded(NumberRecognizer.fractionPlaces)
            end = numeratorEnd
        }
        var bound: Bound?
        if let glued = chineseGluedBound(f, at: end, limit: limit) {
            bound = glued.bound
            end = glued.end
            // "十多万": a scale after the glued word still belongs to the number.
            if let (scaleEnd, scale) = lexicon.chineseScaleRun(f, at: end, limit: limit) {
                value *= scale
                end = scaleEnd
            }
        }
        var match = NumberMatch(range: ScalarRange(start: start, end: end), value: negative ? -value : value)
        match.bound = bound
        match.isDigits = false
        match.isYearLike = runEnd - i == 4 && value >= 1900 && value <= 2100 && isDigitSequence(f, from: i, to: runEnd)
        return (end, match)
    }

    @inline(__always)
    private func isNumeral(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return lexicon.chineseDigits[v] != nil || lexicon.chineseSmallScales[v] != nil || lexicon.chineseLargeScales[v] != nil
    }

    private func numeralRunEnd(_ f: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit, isNumeral(f[i]) || lexicon.chineseNegative.contains(f[i].value) { i += 1 }
        return max(i, start + 1)
    }

    private func isDigitSequence(_ f: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        (start..<end).allSatisfy { lexicon.chineseDigits[f[$0].value] != nil }
    }

    /// Whether the numeral at `start` belongs to a listed non-number word that covers it.
    private func inListedWord(_ f: [Unicode.Scalar], at start: Int, range: ScalarRange) -> Bool {
        for back in 0...2 where start - back >= range.start {
            if let m = lexicon.notNumbers.match(f, at: start - back, limit: range.end, acceptsEnd: { _ in true }), m.end > start {
                return true
            }
        }
        return false
    }

    /// After "百分之" (optionally behind 负), the start of the percentage's number.
    private func percentPrefixEnd(_ f: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard i + 3 < limit, lexicon.chineseSmallScales[f[i].value] == 100, f[i + 1] == "分", f[i + 2] == "之" else { return nil }
        return i + 3
    }

    /// Digits after 分之 or 百分之 ("五百分之2333", "百分之5").
    private func digitValue(_ f: [Unicode.Scalar], from start: Int, limit: Int) -> (Int, Decimal)? {
        guard start < limit, ScalarClass.isDigit(f[start]) else { return nil }
        let (_, match) = scanDigits(f, at: start, limit: limit)
        guard let match else { return nil }
        return (match.range.end, match.value)
    }

    /// The value of the numeral run at `start`, with a decimal part after 点: (end, value), or nil when the run
    /// is no number (a lone scale character).
    func chineseValue(_ f: [Unicode.Scalar], from start: Int, limit: Int) -> (Int, Decimal)? {
        var i = start
        var total = Decimal(0)  // closed by 亿
        var section = Decimal(0)  // closed by 万
        var group = Decimal(0)  // below 万
        var digit: Decimal?
        var lastScale = Decimal(0)
        var sawDigit = false
        var sawScale = false
        var sequence: [Int] = []
        var afterZero = false
        while i < limit {
            let v = f[i].value
            if let d = lexicon.chineseDigits[v] {
                if digit != nil { sequence.append(d) } else { sequence = [d] }
                afterZero = d == 0 && sawScale
                digit = Decimal(d)
                sawDigit = true
            } else if let s = lexicon.chineseSmallScales[v] {
                if digit == nil && !(s == 10) { break }  // 百, 千 need a digit before them (十 alone is ten)
                if s == 10 { sawDigit = true }
                group += (digit ?? 1) * s
                digit = nil
                lastScale = s
                sawScale = true
                sequence = []
            } else if let s = lexicon.chineseLargeScales[v] {
                guard sawDigit || sawScale else { break }
                if s >= 100_000_000 {
                    total = (total + section + group + (digit ?? 0)) * s
                    section = 0
                } else {
                    section = (section + group + (digit ?? 0)) * s
                }
                group = 0
                digit = nil
                lastScale = s
                sawScale = true
                sequence = []
            } else {
                break
            }
            i += 1
        }
        guard sawDigit else { return nil }
        var value: Decimal
        if !sawScale, sequence.count > 1 {
            // "二〇二四": read digit by digit.
            value = sequence.reduce(Decimal(0)) { $0 * 10 + Decimal($1) }
        } else {
            var tail = digit ?? 0
            // "九万四", "一千五": a trailing digit right after a scale counts in the unit below it.
            if digit != nil, !afterZero, lastScale >= 100, sequence.count == 1, i - start >= 3 {
                tail *= lastScale / 10
            }
            value = total + section + group + tail
        }
        // Decimal part: "八点五", "四点五".
        if i + 1 < limit, lexicon.chineseDecimalPoint.contains(f[i].value), let d = lexicon.chineseDigits[f[i + 1].value] {
            var scale = Decimal(1)
            var fraction = Decimal(0)
            var j = i + 1
            var digitValue: Int? = d
            while let dv = digitValue {
                scale /= 10
                fraction += Decimal(dv) * scale
                j += 1
                digitValue = j < limit ? lexicon.chineseDigits[f[j].value] : nil
            }
            value += fraction
            i = j
            if let (scaleEnd, s) = lexicon.chineseScaleRun(f, at: i, limit: limit) {
                value *= s
                i = scaleEnd
            }
        }
        return (i, value)
    }
}
