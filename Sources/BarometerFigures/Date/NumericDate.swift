import BarometerText

/// Numeric dates in English and German text: ISO "2024-03-25" (and "2024/03/25", "2024.03.25"), day-month-year
/// in the language's order, and, after a cue word, day and month alone ("on 22/04", "am 22.04.").
extension AlphabeticDateRules {
    /// `cued`: whether something before the number (a cue word, a weekday) makes a day and month alone a date.
    func numeric(at i: Int, cued: Bool = false) -> DateMatch? {
        guard isNumber(i), tokens[i].digits <= 4 else { return nil }
        // Up to three numbers joined by one repeated separator with no spaces.
        var parts = [i]
        var separator: Unicode.Scalar?
        var j = i + 1
        while parts.count < 3, tokens.indices.contains(j), tokens[j].kind == .symbol, adjacent(j - 1, j),
            isNumber(j + 1), adjacent(j, j + 1), let s = Unicode.Scalar(UInt32(tokens[j].value)),
            s == "-" || s == "/" || s == ".", separator == nil || separator == s
        {
            separator = s
            parts.append(j + 1)
            j += 2
        }
        guard let separator, parts.count >= 2 else { return nil }
        let span = scalars[tokens[i].start..<tokens[j - 1].end]
        if lexicon.notDates.contains(where: { span.elementsEqual($0) }) { return nil }
        // A fourth part ("1.2.3.4", "192.168.0.1") is a version or an address, not a date.
        if isSymbol(j, separator), adjacent(j - 1, j), isNumber(j + 1), adjacent(j, j + 1) { return nil }
        let values = parts.map { tokens[$0].value }
        let digits = parts.map { tokens[$0].digits }
        if parts.count == 3, digits[0] == 4 {
            guard digits[1] <= 2, digits[2] <= 2, let day = DateResolution.day(values[0], values[1], values[2]) else {
                return nil
            }
            return DateMatch(date: .day(day), next: j, yearExplicit: true)
        }
        guard digits[0] <= 2, digits[1] <= 2 else { return nil }
        let (m, d) =
            lexicon.language == .german
            ? Self.germanMonthDay(values[0], values[1])
            : Self.englishMonthDay(values[0], values[1], separator: separator)
        if parts.count == 3 {
            let y: Int
            switch digits[2] {
            case 4: y = values[2]
            case 2 where separator != "-": y = 2000 + values[2]  // "25.03.24"; this century, as in current news
            default: return nil
            }
            guard DateResolution.isPlausibleYear(y), let day = DateResolution.day(y, m, d) else { return nil }
            return DateMatch(date: .day(day), next: j, yearExplicit: true)
        }
        // A day and month alone: in English only with a slash ("on 22/04"; "6.5" is a decimal, "3-1" a score), in
        // German with a dot or slash, and never before a percent sign or a unit ("um 2.5 Prozent").
        // Nor before "of": "3/4 of a point" is a fraction.
        guard separator == "/" || (lexicon.language == .german && separator == "."), !isSymbol(j, "%"),
            word(j)?.isQuantityNoun != true, word(j)?.isOf != true
        else { return nil }
        // "10/1-11/2/2017": the first end of a range whose second names its year is a date too.
        let startsRange = isRangeJoiner(j) && adjacent(j - 1, j) && numeric(at: j + 1)?.yearExplicit == true
        guard cued || isCued(i) || startsRange,
            let day = DateResolution.dayWithoutYear(month: m, day: d, reference: reference)
        else {
            return nil
        }
        let next = lexicon.language == .german && Self.germanKeepsClosingDot ? skipAdjacent(".", at: j) : j
        return DateMatch(date: .day(day), next: next, yearExplicit: false)
    }
}
