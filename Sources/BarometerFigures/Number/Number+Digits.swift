import BarometerText
import Foundation

/// Numbers written in digits, in every language: the language's thousands and decimal separators ("1,200", "1.200",
/// "1 200", "1,5", "18.420"), scale words and abbreviations after them ("14 million", "1.5bn", "3 Mio.", "10亿"), and
/// what is not a figure although it has digits: labels (GPT-4, A380, Llama 2), times (11:47 am), numeric dates,
/// phone numbers, URLs, German ordinals.
extension NumberRecognizer {
    /// Scans a digit token at `start`; returns where scanning resumes and the number, unless the token is
    /// a label, time, date or phone-like chain.
    func scanDigits(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> (Int, NumberMatch?) {
        var i = start
        var negative = false
        if f[i] == "-" {
            // A minus sign only when it does not join two tokens ("GPT-4", "2003-2025").
            if i > 0, ScalarClass.isWordScalar(f[i - 1]) { return (i + 1, nil) }
            negative = true
            i += 1
        }
        var literal = DecimalLiteral()
        var leadingPoint = false
        if f[i] == "." {
            // ".08": a decimal without its leading zero.
            if i > 0, f[i - 1] == "-" && negative == false { return (i + 1, nil) }
            leadingPoint = true
            i += 1
        }
        let digitsStart = leadingPoint ? i - 1 : i
        if let skip = labelEnd(f, digitsStart: digitsStart, limit: limit) { return (skip, nil) }

        var groupDigits = 0
        var grouped = false
        while i < limit, let d = ScalarClass.digit(f[i]) {
            if leadingPoint { literal.appendFraction(d) } else { literal.append(d) }
            groupDigits += 1
            i += 1
        }
        if leadingPoint { groupDigits = 99 }  // no thousands groups after a leading point
        let firstGroup = groupDigits
        // Thousands groups: the language's separator (or a space) followed by exactly three digits.
        while i < limit {
            let s = f[i]
            let isGroup = s == lexicon.groupSeparator || (s == " " && firstGroup <= 3)
            guard isGroup, firstGroup <= 3, exactlyThreeDigits(f, after: i, limit: limit) else { break }
            if s == " ", !grouped, i + 4 < limit,
                f[i + 4] == lexicon.decimalSeparator || f[i + 4] == lexicon.groupSeparator,
                i + 5 < limit, ScalarClass.isDigit(f[i + 5])
            {
                break  // "5 300,5": too unusual to read as one number
            }
            for k in 1...3 { literal.append(ScalarClass.digit(f[i + k])!) }
            grouped = true
            i += 4
        }
        var fraction = leadingPoint
        var dottedFraction = false
        if !leadingPoint, i + 1 < limit, f[i] == lexicon.decimalSeparator || (language == .german && f[i] == "."),
            ScalarClass.isDigit(f[i + 1])
        {
            fraction = true
            dottedFraction = f[i] == "."
            i += 1
            while i < limit, let d = ScalarClass.digit(f[i]) {
                literal.appendFraction(d)
                i += 1
            }
        } else if language == .english, !leadingPoint, i + 2 < limit, f[i] == " ", f[i + 1] == ".",
            ScalarClass.isDigit(f[i + 2])
        {
            // Financial PhraseBank's tokenisation splits decimals ("EUR131 .5 m"): read them whole.
            fraction = true
            i += 2
            while i < limit, let d = ScalarClass.digit(f[i]) {
                literal.appendFraction(d)
                i += 1
            }
        }
        let digitsEnd = i
        if language == .german, dottedFraction, i < limit, f[i] == ".", groupDigits <= 2 {
            return (i + 1, nil)  // "am 18.12.": a day and month
        }
        if !grouped, !fraction,
            let (fractionEnd, part) = slashFraction(f, numeratorStart: digitsStart, at: digitsEnd, limit: limit)
        {
            // "3/4", "-4/5"
            var match = NumberMatch(
                range: ScalarRange(start: negative ? start : digitsStart, end: fractionEnd),
                value: negative ? -part : part)
            match.isDigits = true
            return (fractionEnd, match)
        }
        if let skip = chainEnd(f, digitsStart: digitsStart, digitsEnd: digitsEnd, limit: limit) { return (skip, nil) }
        if !grouped, !fraction, let (mixedEnd, part) = mixedFraction(f, after: digitsEnd, limit: limit) {
            // "2 1/4", "1 ３/5": a whole number and a fraction.
            var whole = literal.value + part
            if negative { whole = -whole }
            return (
                mixedEnd,
                NumberMatch(range: ScalarRange(start: negative ? start : digitsStart, end: mixedEnd), value: whole)
            )
        }
        if language == .german, !grouped, !fraction, !negative, digitsEnd + 2 < limit, f[digitsEnd] == ".",
            f[digitsEnd + 1] == " ", ScalarClass.isLetter(f[digitsEnd + 2])
        {
            return (digitsEnd + 1, nil)  // "den 2. Platz", "im 3. Quartal": an ordinal inside the sentence
        }

        var value = literal.value
        var end = digitsEnd
        var scaled = false
        var wordScale: Decimal?
        var bound: Bound?
        if language == .chinese {
            if let glued = chineseGluedBound(f, at: end, limit: limit) {
                bound = glued.bound
                end = glued.end
            }
            if let (scaleEnd, scale) = lexicon.chineseScaleRun(f, at: end, limit: limit) {
                value = literal.times(scale)
                end = scaleEnd
                scaled = true
                if bound == nil, let glued = chineseGluedBound(f, at: end, limit: limit) {
                    bound = glued.bound
                    end = glued.end
                }
            }
            if end < limit, ScalarClass.isLetter(f[end]) {
                // "40k"; any other Latin letters glued to the digits make a label ("5G").
                guard
                    let m = lexicon.abbreviations.match(
                        f, at: end, limit: limit, acceptsEnd: { $0 >= limit || !ScalarClass.isLetter(f[$0]) })
                else {
                    return (skipWord(f, from: end, limit: limit), nil)
                }
                value *= m.value
                end = m.end
                scaled = true
            }
        } else {
            if let (scaleEnd, scale) = scaleAfterDigits(f, from: digitsStart, at: end, limit: limit) {
                value = literal.times(scale)
                end = scaleEnd
                scaled = true
                wordScale = scale
            } else if end < limit, ScalarClass.isLetter(f[end]),
                lexicon.gluedUnits.match(
                    f, at: end, limit: limit, acceptsEnd: { WordBoundary(language).endsWord(f, at: $0, limit: limit) })
                    == nil
            {
                // "4G", "2000s", "5th", "10am", "5km": not a figure this module reports ("50bp", "5min" are).
                return (skipWord(f, from: end, limit: limit), nil)
            }
            if isTimeOfDay(f, after: end, limit: limit) { return (skipWord(f, from: end + 1, limit: limit), nil) }
        }
        if negative { value = -value }
        let plain = !grouped && !fraction && !scaled && !negative
        var match = NumberMatch(range: ScalarRange(start: negative ? start : digitsStart, end: end), value: value)
        match.bound = bound
        match.scale = wordScale
        // The four digits as an integer: comparing Decimals cost more than reading the number.
        match.isYearLike =
            plain && firstGroup == 4
            && (1900...2100).contains((0..<4).reduce(0) { $0 * 10 + ScalarClass.digit(f[digitsStart + $1])! })
        match.isNameLike =
            plain
            && (language == .chinese
                ? lexicon.nameSuffixes.match(f, at: end, limit: limit, acceptsEnd: { _ in true }) != nil
                : precedesName(f, at: end, limit: limit))
        return (end, match)
    }

    /// The largest numerator and denominator of a fraction written with a slash ("3/4", "16/5"): single-digit
    /// denominators as on the vulgar-fraction characters (½ … ⅑), numerators below 20, so "9/11", "24/7" and numeric
    /// dates ("5/17/2018", "12/18") stay what they are.
    static let slashFractionLimits = (numerator: 19, denominator: 9)

    /// A fraction "n/d" whose numerator's digits run from `numeratorStart` to the slash at `slash`: (end, value).
    func slashFraction(_ f: [Unicode.Scalar], numeratorStart: Int, at slash: Int, limit: Int) -> (Int, Decimal)? {
        guard slash + 1 < limit, f[slash] == "/", let d = ScalarClass.digit(f[slash + 1]), d >= 2,
            slash + 2 >= limit
                || !(ScalarClass.isDigit(f[slash + 2]) || f[slash + 2] == "/" || ScalarClass.isLetter(f[slash + 2])
                    || f[slash + 2] == "." && slash + 3 < limit && ScalarClass.isDigit(f[slash + 3])),
            numeratorStart == 0 || !(f[numeratorStart - 1] == "/" || ScalarClass.isDigit(f[numeratorStart - 1]))
        else { return nil }
        var numerator = 0
        for k in numeratorStart..<slash {
            guard let digit = ScalarClass.digit(f[k]) else { return nil }
            numerator = numerator * 10 + digit
            guard numerator <= Self.slashFractionLimits.numerator else { return nil }
        }
        guard d <= Self.slashFractionLimits.denominator, numerator > 0 else { return nil }
        return (slash + 2, Decimal.fraction(numerator, over: d, places: NumberRecognizer.fractionPlaces))
    }

    /// After a whole number, one or two spaces and a slash fraction ("2 1/4"): (end, fraction's value).
    func mixedFraction(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> (Int, Decimal)? {
        var i = end
        while i < limit, i - end < 2, f[i] == " " { i += 1 }
        guard i > end, i < limit, ScalarClass.isDigit(f[i]) else { return nil }
        var slash = i
        while slash < limit, ScalarClass.isDigit(f[slash]) { slash += 1 }
        guard let (fractionEnd, part) = slashFraction(f, numeratorStart: i, at: slash, limit: limit) else { return nil }
        return (fractionEnd, part)
    }

    func exactlyThreeDigits(_ f: [Unicode.Scalar], after i: Int, limit: Int) -> Bool {
        for k in 1...3 {
            guard i + k < limit, ScalarClass.isDigit(f[i + k]) else { return false }
        }
        return i + 4 >= limit || !ScalarClass.isDigit(f[i + 4])
    }

    /// A number glued to a preceding word ("GPT-4", "A380", "COVID-19") or following a version name
    /// ("Llama 2", "iPhone 15") is a label: returns where its token ends.
    func labelEnd(_ f: [Unicode.Scalar], digitsStart: Int, limit: Int) -> Int? {
        guard digitsStart > 0 else { return nil }
        let before = f[digitsStart - 1]
        var glued = ScalarClass.isLetter(before) && !followsCurrencyCode(f, at: digitsStart)
        if before == "/" || before == "=" || before == "?" || before == "&" || before == "#" || before == "_"
            || before == "%" && language != .chinese
        {
            // Inside a URL or path ("?q=30%25").
            var i = digitsStart
            while i < limit, f[i] != " " { i += 1 }
            return i
        }
        if before == "+" {
            // A phone number ("+44 20 7946 0958"): digits in groups after a plus sign.
            var i = digitsStart
            var groups = 1
            while i < limit,
                ScalarClass.isDigit(f[i])
                    || (f[i] == " " || f[i] == "-") && i + 1 < limit && ScalarClass.isDigit(f[i + 1])
            {
                if !ScalarClass.isDigit(f[i]) { groups += 1 }
                i += 1
            }
            if groups >= 3 { return i }
        }
        if !glued, before == "-" || before == "." || before == "_", digitsStart >= 2,
            ScalarClass.isLetter(f[digitsStart - 2])
        {
            glued = true
        }
        var named = false
        if !glued, before == " ", digitsStart >= 2 {
            let floor = max(0, digitsStart - 24)
            named =
                lexicon.versionNames.trie.mayEndPhrase(f, before: digitsStart - 1, floor: floor)
                && lexicon.versionNames.match(f, endingAt: digitsStart - 1, floor: floor) { s in
                    s == 0 || !ScalarClass.isWordScalar(f[s - 1])
                } != nil
        }
        guard glued || named else { return nil }
        var i = digitsStart
        while i < limit,
            ScalarClass.isWordScalar(f[i])
                || ((f[i] == "." || f[i] == "-") && i + 1 < limit && ScalarClass.isDigit(f[i + 1]))
        {
            i += 1
        }
        return i
    }

    /// Whether the digits at `start` follow a currency sign or code ("$ 5 m", "EUR131 .5 m"), where a lone "m" after a
    /// space is millions rather than metres.
    func followsCurrency(_ f: [Unicode.Scalar], at start: Int) -> Bool {
        var i = start
        if i > 0, f[i - 1] == " " { i -= 1 }
        guard i > 0 else { return false }
        return "$€£¥".unicodeScalars.contains(f[i - 1]) || followsCurrencyCode(f, at: i)
    }

    /// "EUR131m", "USD5": an ISO 4217 code glued to the amount is a currency, not a label.
    func followsCurrencyCode(_ f: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 3, start == 3 || !ScalarClass.isLetter(f[start - 4]) else { return false }
        guard let key = CurrencyWords.codeKey(f[(start - 3)..<start]) else { return false }
        return CurrencyWords.codeKeys.contains(key)
    }

    /// Digit chains joined by '-', '/', ':' or a dotted date: times (11:47), dates (2024-12-18, 18.12.2024, 12/18),
    /// phone numbers (010-12345678). Returns where the chain ends when the whole chain is not a figure.
    func chainEnd(_ f: [Unicode.Scalar], digitsStart: Int, digitsEnd: Int, limit: Int) -> Int? {
        guard digitsEnd < limit else { return nil }
        let joiner = f[digitsEnd]
        guard joiner == ":" || joiner == "/" || joiner == "-" || joiner == ".",
            digitsEnd + 1 < limit, ScalarClass.isDigit(f[digitsEnd + 1])
        else { return nil }
        var i = digitsEnd
        var groups = 1
        var digits = digitsEnd - digitsStart
        while i + 1 < limit, f[i] == joiner, ScalarClass.isDigit(f[i + 1]) {
            i += 1
            while i < limit, ScalarClass.isDigit(f[i]) {
                i += 1
                digits += 1
            }
            groups += 1
        }
        switch joiner {
        case ":", "/":
            // Times of day and numeric dates or ratios; a following "am"/"Uhr" belongs to the time.
            if isTimeOfDay(f, after: i, limit: limit) { return skipWord(f, from: i + 1, limit: limit) }
            return i
        case "-":
            return groups >= 3 || digits >= 7 ? i : nil
        default:  // "." after a decimal was read: "18.12.2024", "1.2.3"
            return i
        }
    }

    func isTimeOfDay(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> Bool {
        var i = end
        if i < limit, f[i] == " " { i += 1 }
        guard i < limit, i > end || language != .german else { return false }
        return lexicon.timeWords.match(f, at: i, limit: limit) { e in
            e >= limit || !ScalarClass.isWordScalar(f[e]) || !ScalarClass.isWordScalar(f[e - 1])
        } != nil
    }

    /// A scale word or abbreviation after digits: "14 million", "1.5bn", "3 Mio.", "EUR131m".
    func scaleAfterDigits(_ f: [Unicode.Scalar], from start: Int, at end: Int, limit: Int) -> (Int, Decimal)? {
        let boundary = WordBoundary(language)
        if let m = lexicon.abbreviations.match(
            f, at: end, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
        {
            return (m.end, m.value)
        }
        guard end + 1 < limit, f[end] == " ", ScalarClass.isLetter(f[end + 1]) else { return nil }
        if let m = lexicon.scaleWords.match(
            f, at: end + 1, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
        {
            return (m.end, m.value)
        }
        // Abbreviations of two or more letters may stand apart ("5 bn", "3 Mio."); a lone "m" after a space is metres.
        if let m = lexicon.abbreviations.match(
            f, at: end + 1, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) }),
            m.end - (end + 1) >= 2 || m.end == limit || followsCurrency(f, at: start)
        {
            return (m.end, m.value)
        }
        return nil
    }

    /// "360 Security Technology": a plain number followed by two capitalised words.
    func precedesName(_ f: [Unicode.Scalar], at end: Int, limit: Int) -> Bool {
        var i = end
        for _ in 0..<2 {
            guard i + 1 < limit, f[i] == " ", ScalarClass.isUppercase(f[i + 1]) else { return false }
            i += 1
            while i < limit, ScalarClass.isLetter(f[i]) { i += 1 }
        }
        return true
    }

    func skipWord(_ f: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit,
            ScalarClass.isWordScalar(f[i]) || f[i] == "." && i + 1 < limit && ScalarClass.isLetter(f[i + 1])
        { i += 1 }
        return i
    }
}
