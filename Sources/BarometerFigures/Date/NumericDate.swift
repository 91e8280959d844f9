import BarometerText

/// Numeric dates in English and German text: ISO "2024-03-25" (and "2024/03/25", "2024.03.25"), day-month-year
/// in the language's order, and, after a cue word, day and month alone ("on 22/04", "am 22.04.").
extension AlphabeticDateRules {
    /// "20161016", "2016 10 16": a year, month and day written without separators (as in file names and logs) or
    /// with single spaces; every part must make a valid day of a plausible year.
    func compactDate(at i: Int) -> DateMatch? {
        // Eight digits or four: the count, asked first, turns away most numbers before the sign before them is read.
        guard isNumber(i), tokens[i].digits == 8 || tokens[i].digits == 4, !isAmount(i) else { return nil }
        let y: Int
        let m: Int
        let d: Int
        let next: Int
        if tokens[i].digits == 8 {
            (y, m, d, next) = (tokens[i].value / 10_000, tokens[i].value / 100 % 100, tokens[i].value % 100, i + 1)
        } else if tokens[i].digits == 4, isNumber(i + 1), tokens[i + 1].digits == 2, isNumber(i + 2),
            tokens[i + 2].digits == 2, tokens[i + 1].start == tokens[i].end + 1,
            tokens[i + 2].start == tokens[i + 1].end + 1
        {
            (y, m, d, next) = (tokens[i].value, tokens[i + 1].value, tokens[i + 2].value, i + 3)
        } else {
            return nil
        }
        guard DateResolution.isPlausibleYear(y), !isNumber(next), !isSymbol(next, "%"),
            !(isSymbol(next, ".") && isNumber(next + 1) && adjacent(next, next + 1)),
            let day = DateResolution.day(y, m, d)
        else { return nil }
        return DateMatch(date: .day(day), next: next, yearExplicit: true)
    }

    /// Whether the number at `i` follows another number joined to it by `separator` with no spaces.
    func gluedBefore(_ i: Int, by separator: Unicode.Scalar) -> Bool {
        i >= 2 && isSymbol(i - 1, separator) && adjacent(i - 2, i - 1) && adjacent(i - 1, i) && isNumber(i - 2)
    }

    /// `cued`: whether something before the number (a cue word, a weekday) makes a day and month alone a date.
    func numeric(at i: Int, cued: Bool = false) -> DateMatch? {
        // A number with no symbol glued after it joins no other (most numbers): no parts list is built for it.
        guard isNumber(i), tokens[i].digits <= 4, adjacent(i, i + 1), tokens[i + 1].kind == .symbol else { return nil }
        // Up to three numbers joined by one repeated separator with no spaces: every second token from `i`, so the
        // parts are counted rather than listed (no array per number).
        var count = 1
        var separator: Unicode.Scalar?
        var j = i + 1
        while count < 3, tokens.indices.contains(j), tokens[j].kind == .symbol, adjacent(j - 1, j),
            isNumber(j + 1), adjacent(j, j + 1), let s = Unicode.Scalar(UInt32(tokens[j].value)),
            s == "-" || s == "/" || s == ".", separator == nil || separator == s
        {
            separator = s
            count += 1
            j += 2
        }
        guard let separator, count >= 2 else { return nil }
        let span = scalars[tokens[i].start..<tokens[j - 1].end]
        if lexicon.notDates.contains(where: { span.elementsEqual($0) }) { return nil }
        // Part k is token i + 2k.
        let values = (tokens[i].value, tokens[i + 2].value, count == 3 ? tokens[i + 4].value : 0)
        let digits = (tokens[i].digits, tokens[i + 2].digits, count == 3 ? tokens[i + 4].digits : 0)
        // A fourth part ("1.2.3.4", "192.168.0.1") is a version or an address, not a date; but after a full date
        // ending in its year, a dash may begin the range's second date ("10-1-2018-10-7-2018").
        if isSymbol(j, separator), adjacent(j - 1, j), isNumber(j + 1), adjacent(j, j + 1),
            !(count == 3 && digits.2 == 4 && separator == "-" && numeric(at: j + 1) != nil)
        {
            return nil
        }
        // Glued by its own separator to a longer run of numbers before it ("133-03-03-2020", a code), unless that
        // run is a date ending in its year ("10-1-2018-10-7-2018"); a decimal part after it ("30/4.85") makes it a
        // ratio. A dash between dates of slashes ("10/1-11/7") joins a range.
        if gluedBefore(i, by: separator), tokens[i - 2].digits != 4 { return nil }
        if isSymbol(j, "."), adjacent(j - 1, j), isNumber(j + 1), adjacent(j, j + 1) { return nil }
        if count == 3, digits.0 == 4 {
            guard digits.1 <= 2, digits.2 <= 2, let day = DateResolution.day(values.0, values.1, values.2) else {
                return nil
            }
            return DateMatch(date: .day(day), next: j, yearExplicit: true)
        }
        guard digits.0 <= 2, digits.1 <= 2 else { return nil }
        let (m, d) =
            lexicon.language == .german
            ? Self.germanMonthDay(values.0, values.1)
            : Self.englishMonthDay(values.0, values.1, separator: separator)
        if count == 3 {
            let y: Int
            switch digits.2 {
            case 4: y = values.2
            // "25.03.24": two digits in the window around the reference (DateResolution.twoDigitYear).
            case 2 where separator != "-": y = DateResolution.twoDigitYear(values.2, reference: reference)
            default: return nil
            }
            guard DateResolution.isPlausibleYear(y), let date = DateResolution.dayOrMonth(y, m, d) else { return nil }
            return DateMatch(date: date, next: j, yearExplicit: true)
        }
        // A day and month alone: in English only with a slash ("on 22/04"; "6.5" is a decimal, "3-1" a score), in
        // German with a dot or slash, and never before a percent sign or a unit ("um 2.5 Prozent").
        // Nor before "of": "3/4 of a point" is a fraction.
        // After a weekday ("Friday 7-6") a dash joins them too.
        guard separator == "/" || (lexicon.language == .german && separator == ".") || (cued && separator == "-"),
            !isSymbol(j, "%"), word(j)?.isQuantityNoun != true, word(j)?.isOf != true
        else { return nil }
        // "5/7, 2020": a year after a comma.
        if lexicon.language == .english, isSymbol(j, ","), let (y, next) = year(at: j + 1),
            let day = DateResolution.day(y, m, d)
        {
            return DateMatch(date: .day(day), next: next, yearExplicit: true)
        }
        // One end of a range of such days, written with a dash and no spaces: "10/1-11/7", "between 5/1-5/7".
        let rangeEnd =
            (isSymbol(i - 1, "-") && adjacent(i - 1, i) && isNumber(i - 2) && adjacent(i - 2, i - 1))
            || (isSymbol(j, "-") && adjacent(j - 1, j) && isNumber(j + 1) && adjacent(j, j + 1))
        // "10/1-11/2/2017": the first end of a range whose second names its year is a date too.
        let startsRange = isRangeJoiner(j) && adjacent(j - 1, j) && numeric(at: j + 1)?.yearExplicit == true
        // "2/29", "29/2", "11/20": with a slash, a pair whose day cannot be a month (13–31) opening a sentence (a
        // heading, a list item, "Do you know the date? 11/20") is a date without a cue; "3/4", "12/5" may be fractions
        // and need one, and so does any pair inside a sentence: odds ("as short as 1/14"), caps and goals ("Luzern,
        // 16/1)").
        let unambiguous = separator == "/" && d >= 13 && isSentenceStart(i) && !isSymbol(j, ")")
        guard cued || isCued(i) || rangeEnd || startsRange || unambiguous,
            let date = DateResolution.dayOrMonthWithoutYear(month: m, day: d, reference: reference)
        else {
            return nil
        }
        let next = lexicon.language == .german && Self.germanKeepsClosingDot ? skipAdjacent(".", at: j) : j
        return DateMatch(date: date, next: next, yearExplicit: false)
    }
}
