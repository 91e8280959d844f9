import BarometerText

/// Quarters, halves, fiscal and named years: "Q3 2023", "im dritten Quartal", "FY2024", "im Jahr 2012".
extension AlphabeticDateRules {
    /// "Q3 2023", "Q3" after a cue, "H1 2024", "third quarter of 2023", "the second half of last year",
    /// "im dritten Quartal 2023", "1. Quartal 2024", "erstes Halbjahr".
    func quarter(at i: Int) -> DateMatch? {
        let token = tokens[i]
        if token.kind == .word, let unit = word(i)?.quarterLetter {
            guard isNumber(i + 1), adjacent(i, i + 1), tokens[i + 1].digits == 1 else { return nil }
            let n = tokens[i + 1].value
            let k = word(i + 2)?.isOf == true ? i + 3 : skipSeparator(i + 2)  // "Q1 of 2017"
            if let (y, next) = periodYear(at: k) {
                return period(unit, n, year: y, next: next, explicit: true)
            }
            guard isCued(i) else { return nil }
            return DateResolution.periodWithoutYear(unit, n, reference: reference).map {
                DateMatch(date: $0, next: i + 2, yearExplicit: false)
            }
        }
        var n: Int
        var j: Int
        if token.kind == .word, let ordinal = word(i)?.ordinal {
            n = ordinal
            j = skipAdjacent("-", at: i + 1)
        } else if token.kind == .number, token.digits == 1,
            isSymbol(i + 1, ".") || word(i + 1)?.isOrdinalSuffix == true,
            adjacent(i, i + 1)
        {
            n = token.value  // "1. Quartal", "1st quarter"
            j = i + 2
        } else {
            return nil
        }
        guard let w = word(j), let unit = w.unit, unit == .quarter || unit == .half else { return nil }
        j += 1
        let k = skipFillers(j)
        if let (y, next) = periodYear(at: k) {
            return period(unit, n, year: y, next: next, explicit: true)
        }
        if let shift = word(k)?.shift, word(k + 1)?.unit == .year {
            return period(unit, n, year: reference.year + shift, next: k + 2, explicit: false)
        }
        if k > j, word(k)?.unit == .year {
            return period(unit, n, year: reference.year, next: k + 1, explicit: false)
        }
        // An English "first half" without a year is as often a football match as a half-year.
        guard unit == .quarter || lexicon.language != .english else { return nil }
        return DateResolution.periodWithoutYear(unit, n, reference: reference).map {
            DateMatch(date: $0, next: j, yearExplicit: false)
        }
    }

    /// Skips the "/" or "-" of "Q3/2023", "Q3-2023".
    func skipSeparator(_ j: Int) -> Int {
        (isSymbol(j, "/") || isSymbol(j, "-")) && adjacent(j - 1, j) ? j + 1 : j
    }

    /// A year after a quarter: "2023", "FY2024", "'23" (two digits after an apostrophe).
    func periodYear(at j: Int) -> (Int, Int)? {
        if let y = year(at: j) { return y }
        if word(j)?.isFiscal == true, let y = fiscalNumber(at: j + 1, after: j) { return y }
        if isSymbol(j, "'"), isNumber(j + 1), tokens[j + 1].digits == 2, adjacent(j, j + 1) {
            return (2000 + tokens[j + 1].value, j + 2)
        }
        return nil
    }

    func period(_ unit: Granularity, _ n: Int, year y: Int, next: Int, explicit: Bool) -> DateMatch? {
        let date = unit == .quarter ? DateResolution.quarter(y, n) : DateResolution.half(y, n)
        return date.map { DateMatch(date: $0, next: next, yearExplicit: explicit) }
    }

    /// "FY2024", "FY24", "FY 2024": the number after a fiscal word.
    func fiscalNumber(at j: Int, after i: Int) -> (Int, Int)? {
        guard isNumber(j) else { return nil }
        if tokens[j].digits == 2, adjacent(i, j) { return (2000 + tokens[j].value, j + 1) }
        return year(at: j)
    }

    /// "fiscal 2024", "fiscal year 2024", "FY2024", "the year 2019", "im Jahr 2012", "Geschäftsjahr 2024".
    func yearWithWord(at i: Int) -> DateMatch? {
        var j = i + 1
        if word(j)?.isYearWord == true { j += 1 }
        if let (y, next) = fiscalNumber(at: j, after: j - 1),
            let date = DateResolution.year(y)
        {
            return DateMatch(date: date, next: next, yearExplicit: true)
        }
        // "in fiscal year" with no number: the current one, a calendar year as everywhere (see DateResolution).
        if word(i)?.isFiscal == true, j == i + 2, isCued(i), !isNumber(j),
            let date = DateResolution.year(reference.year)
        {
            return DateMatch(date: date, next: j, yearExplicit: false, anchored: true)
        }
        return nil
    }

    /// English years without a preposition that still name a year: attributive after a determiner and before a
    /// lower-case word ("the 2005 budget", "its 2005 profit forecast"; but not "The 2024 Apple Scholars", a name),
    /// and possessive ("2003's imbalance").
    func attributiveYear(at i: Int) -> DateMatch? {
        guard let (y, next) = year(at: i), let date = DateResolution.year(y) else { return nil }
        if isSymbol(next, "'"), adjacent(i, next), tokens.indices.contains(next + 1), tokens[next + 1].kind == .word,
            adjacent(next, next + 1), scalars[tokens[next + 1].start] == "s",
            tokens[next + 1].end == tokens[next + 1].start + 1
        {
            return DateMatch(date: date, next: next, yearExplicit: true)
        }
        guard word(i - 1)?.isYearDeterminer == true, tokens.indices.contains(next), tokens[next].kind == .word,
            !tokens[next].capitalised
        else { return nil }
        return DateMatch(date: date, next: next, yearExplicit: true)
    }

    /// "KW 12", "Kalenderwoche 12/2024", "in week 23", "week 3 of 2027": an ISO week.
    func isoWeek(at i: Int) -> DateMatch? {
        guard let w = word(i), w.isWeekNumberWord, isNumber(i + 1), tokens[i + 1].digits <= 2 else { return nil }
        let n = tokens[i + 1].value
        var j = i + 2
        if isSymbol(j, "/"), adjacent(j - 1, j) { j += 1 } else if word(j)?.isOf == true { j += 1 }
        if let (y, next) = year(at: j), let date = DateResolution.isoWeek(n, year: y) {
            return DateMatch(date: date, next: next, yearExplicit: true)
        }
        // "week 27 of last year".
        if j > i + 2, let shift = word(j)?.shift, word(j + 1)?.unit == .year,
            let date = DateResolution.isoWeek(n, year: reference.year + shift)
        {
            return DateMatch(date: date, next: j + 2, yearExplicit: false, anchored: true)
        }
        // "KW 12", "in week 23", "in the week 23", "Thursday, week 23" (a weekday names the week's day).
        let afterWeekday = isSymbol(i - 1, ",") && word(i - 2)?.weekday != nil
        guard w.weekNumberAlone || isCued(i) || (word(i - 1)?.isArticle == true && isCued(i - 1)) || afterWeekday,
            let date = DateResolution.isoWeek(n, year: reference.year)
        else { return nil }
        return DateMatch(date: date, next: i + 2, yearExplicit: false)
    }

    /// "the first week of January 2015", "3rd week of Jan", "the last week of July", "second week of 2021", "the last
    /// week of last month": the n-th (last) Monday–Sunday week of the month or year (see ``DateResolution/week(_:of:)``).
    func weekOf(at i: Int) -> DateMatch? {
        let n: Int
        var j = i + 1
        if let o = word(i)?.ordinal {
            n = o
        } else if word(i)?.shift == -1 {
            n = 0
        } else if isNumber(i), tokens[i].digits == 1, word(i + 1)?.isOrdinalSuffix == true, adjacent(i, i + 1) {
            n = tokens[i].value
            j = i + 2
        } else {
            return nil
        }
        // German "der letzten Woche im Juli": a month cue before a month name does for "of".
        let of =
            word(j + 1)?.isOf == true
            || (lexicon.language == .german && word(j + 1)?.isMonthCue == true && word(j + 2)?.month != nil)
        guard word(j)?.unit == .week, of, let p = periodAfterOf(at: j + 2),
            let week = DateResolution.week(n, of: p.date)
        else { return nil }
        return DateMatch(date: week, next: p.next, yearExplicit: p.yearExplicit)
    }

    /// The month or year after "week of", "day of", "month of": "next month", "last year", "2021", "Jan", "September".
    func periodAfterOf(at k: Int) -> DateMatch? {
        let period: DateMatch?
        if let w = word(k), w.shift != nil || w.relative != nil {
            period = relative(at: k, w)
        } else if let (y, next) = year(at: k) {
            period = DateResolution.year(y).map { DateMatch(date: $0, next: next, yearExplicit: true) }
        } else if let (m, next) = month(at: k, cued: true) {
            // "3rd week of Jan": after "week of", an abbreviated month alone is a month too.
            let (date, after, explicit) = monthRange(m, yearAt: next)
            period = date.map { DateMatch(date: $0, next: after, yearExplicit: explicit) }
        } else {
            period = nil
        }
        guard let p = period, p.date.granularity == .month || p.date.granularity == .year else { return nil }
        return p
    }

    /// "the third month of 2021", "the 15th day of next month", "twenty third day of September", "the first 2 weeks of
    /// 2021", "the last 3 weeks of this year", "first ten days of last year": the n-th day or month of a period, or its
    /// first or last n days, weeks or months (weeks as in ``DateResolution/week(_:of:)``). The match starts at the
    /// article before it.
    func partOfPeriod(at i: Int) -> (Int, DateMatch)? {
        let start = fromArticle(i)
        // The first or last n units.
        if let w = word(i), w.ordinal == 1 || w.shift == -1, let n = count(at: i + 1), n >= 1,
            let unit = word(i + 2)?.agoUnit, word(i + 3)?.isOf == true, let p = periodAfterOf(at: i + 4),
            let date = DateResolution.edge(n, unit, last: w.shift == -1, of: p.date)
        {
            return (start, DateMatch(date: date, next: p.next, yearExplicit: p.yearExplicit))
        }
        // The n-th unit.
        let n: Int
        var j: Int
        if let (d, next) = dayOrdinalWord(at: i) {
            (n, j) = (d, next)
        } else if isNumber(i), tokens[i].digits <= 2, word(i + 1)?.isOrdinalSuffix == true, adjacent(i, i + 1) {
            (n, j) = (tokens[i].value, i + 2)
        } else {
            return nil
        }
        guard let unit = word(j)?.agoUnit, unit == .day || unit == .month, word(j + 1)?.isOf == true,
            tokens[j].end - tokens[j].start <= 5,  // "day", "month", not "days", "months"
            let p = periodAfterOf(at: j + 2)
        else { return nil }
        let date: DateRange?
        switch (unit, p.date.granularity) {
        case (.day, .month), (.day, .year):
            let day = p.date.start.adding(days: n - 1)
            date = n >= 1 && day <= p.date.end ? .day(day) : nil
        case (.month, .year): date = DateResolution.month(p.date.start.year, n)
        default: date = nil
        }
        return date.map { (start, DateMatch(date: $0, next: p.next, yearExplicit: p.yearExplicit)) }
    }

    /// "the week of April 10th", "the week of the 18th", "the week beginning February 4", "week starting on Feb 4":
    /// the ISO week holding that day. The match starts at the article before "week".
    func weekContaining(at i: Int) -> (Int, DateMatch)? {
        guard word(i)?.unit == .week, let link = word(i + 1), link.isOf || link.isWeekContaining else { return nil }
        var j = i + 2
        if link.isWeekContaining, word(j)?.isDayCue == true { j += 1 }
        let day: DateMatch?
        if word(j)?.isArticle == true, let (d, next) = dayOrdinalWord(at: j + 1) ?? suffixedDay(at: j + 1) {
            day = DateResolution.dayOfMonthWithoutMonth(d, reference: reference).map {
                DateMatch(date: .day($0), next: next, yearExplicit: false)
            }
        } else {
            day = monthFirst(at: j, cued: true) ?? dayFirst(at: j)
        }
        guard let m = day, m.date.granularity == .day else { return nil }
        let start = fromArticle(i)
        return (
            start,
            DateMatch(date: DateResolution.week(of: m.date.start), next: m.next, yearExplicit: m.yearExplicit)
        )
    }

    /// "w/c Feb 4": an abbreviation for "the week commencing" (with its symbols, no spaces), then a day: the ISO week
    /// holding that day.
    func weekCommencing(at i: Int) -> DateMatch? {
        let start = tokens[i].start
        for abbreviation in lexicon.weekCommencing where start + abbreviation.count <= scalars.count {
            let end = start + abbreviation.count
            guard scalars[start..<end].elementsEqual(abbreviation, by: { DateScanner.lower($0) == $1 }),
                let k = (i..<min(i + 4, tokens.count)).first(where: { tokens[$0].end == end }),
                let m = monthFirst(at: k + 1, cued: true) ?? dayFirst(at: k + 1), m.date.granularity == .day
            else { continue }
            return DateMatch(date: DateResolution.week(of: m.date.start), next: m.next, yearExplicit: m.yearExplicit)
        }
        return nil
    }

    /// A day of the month as a number with an ordinal suffix: "18th".
    func suffixedDay(at j: Int) -> (Int, Int)? {
        guard isNumber(j), tokens[j].digits <= 2, (1...31).contains(tokens[j].value),
            word(j + 1)?.isOrdinalSuffix == true, adjacent(j, j + 1)
        else { return nil }
        return (tokens[j].value, j + 2)
    }

    /// "2019-aug-1", "Sep-23-2020", "23/Sep/2020", "2020/23/Sep", "Jan/3", "12-2015": two or three parts joined by one
    /// dash or slash without spaces, read by kind: a month name is the month, a four-digit number the year, a number
    /// up to 31 the day (or, beside a year and no month name, the month). All-number days ("10/1/2018") are
    /// ``numeric(at:)``'s.
    func mixedDate(at i: Int) -> DateMatch? {
        let separator: Unicode.Scalar = isSymbol(i + 1, "/") ? "/" : "-"
        // Nothing glued on by the separator (most tokens): no parts list is built.
        guard isSymbol(i + 1, separator), adjacent(i, i + 1), adjacent(i + 1, i + 2), i + 2 < tokens.count else {
            return nil
        }
        var parts = [i]
        var k = i
        while isSymbol(k + 1, separator), adjacent(k, k + 1), adjacent(k + 1, k + 2), k + 2 < tokens.count {
            if parts.count == 3 { return nil }  // a longer run: a telephone or serial number
            parts.append(k + 2)
            k += 2
        }
        guard parts.count >= 2, !gluedBefore(i, by: separator) else { return nil }  // "133-03-03-2020"
        var month: Int?
        var year: Int?
        var numbers: [Int] = []
        for p in parts {
            if let m = word(p)?.month, month == nil {
                month = m
            } else if isNumber(p), tokens[p].digits == 4, year == nil, DateResolution.isPlausibleYear(tokens[p].value) {
                year = tokens[p].value
            } else if isNumber(p), tokens[p].digits <= 2 {
                numbers.append(tokens[p].value)
            } else {
                return nil
            }
        }
        let next = k + 1
        if let month, numbers.count == 1 {
            let day =
                year.map { DateResolution.day($0, month, numbers[0]) }
                ?? DateResolution.dayWithoutYear(month: month, day: numbers[0], reference: reference)
            return day.map { DateMatch(date: .day($0), next: next, yearExplicit: year != nil) }
        }
        guard month == nil, let year, numbers.count == 1, parts.count == 2, isNumber(i) else { return nil }
        return DateResolution.month(year, numbers[0]).map { DateMatch(date: $0, next: next, yearExplicit: true) }
    }

    /// "the 15th century", "im 19. Jahrhundert": an ordinal number, then the century word.
    func century(at i: Int) -> DateMatch? {
        guard isNumber(i), tokens[i].digits <= 2 else { return nil }
        var j = i + 1
        if word(j)?.isOrdinalSuffix == true, adjacent(i, j) {
            j += 1
        } else if isSymbol(j, "."), adjacent(i, j) {
            j += 1
        } else {
            return nil
        }
        guard word(j)?.isCentury == true, let date = DateResolution.century(tokens[i].value) else { return nil }
        return DateMatch(date: date, next: j + 1, yearExplicit: true)
    }
}
