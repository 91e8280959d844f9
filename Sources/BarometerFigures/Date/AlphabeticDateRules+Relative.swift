import BarometerText

/// Dates relative to the reference: weekdays, "last week", "earlier this month", seasons, "three days ago".
extension AlphabeticDateRules {
    /// "earlier this month", "later this year", "earlier in the week": the first (second) half of the period, with
    /// the period's granularity; "later" starts no earlier than the reference day (see ``DateResolution``).
    func side(at i: Int) -> DateMatch? {
        guard let side = word(i)?.side else { return nil }
        var j = i + 1
        var shift = 0
        if let s = word(j)?.shift {
            shift = s
            j += 1
        } else if word(j)?.isYearCue == true, word(j + 1)?.isArticle == true {
            j += 2  // "in the"
        } else {
            return nil
        }
        guard let unit = word(j)?.unit, unit == .week || unit == .month || unit == .year,
            let period = DateResolution.relative(unit, shift, reference: reference)
        else { return nil }
        let date = DateResolution.side(side, of: period, unit: unit, reference: reference)
        return DateMatch(date: date, next: j + 1, yearExplicit: false)
    }

    /// "Sommer 2014", "summer of 2014", "im Herbst", "in the spring".
    func season(at i: Int) -> DateMatch? {
        guard let first = word(i)?.season else { return nil }
        let j = word(i + 1)?.isOf == true ? i + 2 : i + 1
        if let (y, next) = year(at: j) {
            return DateResolution.season(first, year: y).map { DateMatch(date: $0, next: next, yearExplicit: true) }
        }
        // Alone only after a cue and capitalised ("im Herbst", "in Spring") or after a cue and an article ("in the
        // fall"): "to fall", "a cold winter" are not dates.
        let cued =
            (isCued(i) && tokens[i].capitalised) || (word(i - 1)?.isArticle == true && word(i - 2)?.isMonthCue == true)
        guard cued,
            let date = DateResolution.season(first, shift: 0, reference: reference)
        else { return nil }
        return DateMatch(date: date, next: i + 1, yearExplicit: false)
    }

    /// The unit a count counts at `j`, and how many of it one stands for: "days" (day, 1), "fortnight" (week, 2).
    func countedUnit(at j: Int) -> (Granularity, Int)? {
        guard let w = word(j) else { return nil }
        if let unit = w.agoUnit { return (unit, 1) }
        return w.isFortnight ? (.week, 2) : nil
    }

    /// "within 9 months", "within the next 10 days": from the reference day up to the day before that many units have
    /// passed, as Recognizers-Text reads them; not of years (a horizon, see ``span(at:)``).
    func within(at i: Int) -> DateMatch? {
        var k = i + 1
        if word(k)?.isArticle == true { k += 1 }
        if let s = word(k)?.spanShift, s > 0 { k += 1 }
        guard let c = count(at: k), c >= 1, let (unit, per) = countedUnit(at: k + 1), unit != .year,
            let after = DateResolution.ago(-c * per, unit, reference: reference)
        else { return nil }
        let date = DateRange(start: reference, end: after.adding(days: -1), granularity: .day)
        return DateMatch(date: date, next: k + 2, yearExplicit: false, anchored: true)
    }

    /// "this school year", "school year 2008", "sy 2008", "sy18": a school-year phrase after a shift word (the school
    /// year holding the reference, shifted), or before a year (the school year beginning in it).
    func schoolYear(at i: Int, _ w: DateWord) -> DateMatch? {
        let startMonth = lexicon.schoolYearStartMonth
        let start = w.startsSchoolYear ? i : i + 1
        guard startMonth > 0, w.startsSchoolYear || w.shift != nil,
            let end = firstPhrase(lexicon.schoolYears, at: start)
        else { return nil }
        if !w.startsSchoolYear, let shift = w.shift {
            let current = reference.month >= startMonth ? reference.year : reference.year - 1
            return DateResolution.schoolYear(current + shift, startMonth: startMonth).map {
                DateMatch(date: $0, next: end, yearExplicit: false, anchored: true)
            }
        }
        let y: (Int, Int)?
        if let found = year(at: end) {
            y = found
        } else if isNumber(end), tokens[end].digits == 2, adjacent(end - 1, end) {
            y = (DateResolution.twoDigitYear(tokens[end].value, reference: reference), end + 1)  // "sy18"
        } else {
            y = nil
        }
        guard let (first, next) = y, let date = DateResolution.schoolYear(first, startMonth: startMonth) else {
            return nil
        }
        return DateMatch(date: date, next: next, yearExplicit: true)
    }

    /// A count of units: "3", "three", "a".
    func count(at k: Int) -> Int? {
        if isNumber(k), tokens[k].digits <= 3 { return tokens[k].value }
        if let w = word(k), let n = w.numberWord {
            return w.countsOnlyInSpan && word(k - 1)?.spanShift == nil ? nil : n
        }
        return word(k)?.cardinal.flatMap { $0 < 100 ? $0 : nil }  // "next forty days"
    }

    /// "three days ago", "2 weeks ago", "vor drei Tagen", "vor einem Jahr": the day that many units back; "in two
    /// weeks", "in drei Wochen": the day that many units ahead.
    func ago(at i: Int) -> DateMatch? {
        let before = word(i)?.isAgoBefore == true || word(i)?.isLaterBefore == true
        // "the highest level in two years", "zum ersten Mal in drei Jahren": a span of time looked back over.
        if word(i)?.isLaterBefore == true, word(i - 1)?.isLookBack == true { return nil }
        let k = before ? i + 1 : i
        guard let c = count(at: k), let (unit, per) = countedUnit(at: k + 1) else { return nil }
        let n = c * per
        // "in two days from today": the offset from the day named is found at the count.
        if before, word(k + 2)?.anchorShift != nil, offset(at: k) != nil { return nil }
        // "matures in 10 years": a horizon of years ahead is a duration (the figures' dimension), not a day.
        if word(i)?.isLaterBefore == true, unit == .year { return nil }
        var next = k + 2
        // How many units back: n for "ago"/"vor", -n for "in".
        var back = n
        if before {
            if word(i)?.isAgoBefore != true { back = -n }
        } else if word(next)?.isAgoAfter == true {
            next += 1
        } else if word(next)?.isCardinalAnd == true, let c2 = count(at: next + 1),
            let (unit2, per2) = countedUnit(at: next + 2), word(next + 3)?.isAgoAfter == true,
            let first = DateResolution.ago(n, unit, reference: reference),
            let day = DateResolution.ago(c2 * per2, unit2, reference: first)
        {
            // "2 weeks and 2 days ago": both counts back.
            return DateMatch(date: .day(day), next: next + 4, yearExplicit: false, anchored: true)
        } else {
            return nil
        }
        return DateResolution.ago(back, unit, reference: reference).map {
            DateMatch(date: .day($0), next: next, yearExplicit: false, anchored: true)
        }
    }

    /// "the last 3 months", "next five days", "past two quarters", "nächsten 3 Tage", "10 previous weeks": that many
    /// units up to the day before the reference, or from the day after it (see ``DateResolution/span``).
    func span(at i: Int) -> DateMatch? {
        let shift: Int
        let n: Int
        if let s = word(i)?.spanShift, let c = count(at: i + 1) {
            // "the last 3 months", "over the past two quarters", but not the verb in "will last 90 days".
            guard word(i - 1)?.isArticle == true || word(i - 1)?.isYearCue == true || s > 0 else { return nil }
            (shift, n) = (s, c)
        } else if let c = count(at: i), let s = word(i + 1)?.spanShift, c == 1 || word(i + 2)?.isSingularUnit != true {
            // "10 previous weeks", but not "only 3 next week".
            (shift, n) = (s, c)
        } else {
            return nil
        }
        // "the next 4 business days", "the previous five trading days": weekdays only.
        if n >= 1, word(i + 2)?.isBusinessDay == true, word(i + 3)?.agoUnit == .day {
            let date = DateResolution.businessDays(n, shift, reference: reference)
            return DateMatch(date: date, next: i + 4, yearExplicit: false, anchored: true)
        }
        // "over the next five years", "in den nächsten fünf Jahren": a span of years is a duration (the figures'
        // dimension), a planning horizon rather than a period on the timeline.
        guard n >= 1, let unit = word(i + 2)?.agoUnit, unit != .year,
            let date = DateResolution.span(n, unit, shift, reference: reference)
        else {
            return nil
        }
        return DateMatch(date: date, next: i + 3, yearExplicit: false, anchored: true)
    }

    /// "three weeks from tomorrow", "2 weeks before Christmas", "3 days after May 5", "two weeks from now": a day
    /// shifted by that many units. An anchor that names no year or week ("Christmas", "January 15", "Tuesday") is the
    /// occurrence nearest the reference: the text counts from a day both writer and reader have in view, the
    /// coming Christmas in November (as Recognizers-Text resolves "2 weeks before Christmas").
    func offset(at i: Int) -> DateMatch? {
        guard let n = count(at: i), let unit = word(i + 1)?.agoUnit, let direction = word(i + 2)?.anchorShift,
            let anchor = offsetAnchor(at: i + 3),
            let day = DateResolution.ago(-direction * n, unit, reference: anchor.date.start)
        else { return nil }
        return DateMatch(date: .day(day), next: anchor.next, yearExplicit: anchor.yearExplicit)
    }

    /// "3 days starting from next Monday", "a week starting tomorrow", "2 weeks beginning May 20th", "for 3 days from
    /// today", "for 1 week, from 20th dec": that many units from the day named (its nearest occurrence, as for an
    /// offset), up to the day before the next such stretch begins. With "for ... from" the match starts at "for".
    func stretch(at i: Int) -> (Int, DateMatch)? {
        guard let n = count(at: i), n >= 1, let unit = word(i + 1)?.agoUnit else { return nil }
        var opener = word(i - 1)?.isDurationOpener == true
        var j = i + 2
        if word(j)?.isWeekContaining == true {
            opener = false  // "for 2 weeks starting May 20th": the stretch is named without "for"
            j += 1
            if word(j)?.isDayCue == true { j += 1 }  // "starting from", "starting on"
        } else if opener {
            if isSymbol(j, ",") { j += 1 }
            guard word(j)?.anchorShift == 1, word(j)?.isDayCue == true else { return nil }  // "from"
            j += 1
        } else {
            return nil
        }
        guard let anchor = offsetAnchor(at: j), let after = DateResolution.ago(-n, unit, reference: anchor.date.start)
        else { return nil }
        let date = DateRange(start: anchor.date.start, end: after.adding(days: -1), granularity: .day)
        return (opener ? i - 1 : i, DateMatch(date: date, next: anchor.next, yearExplicit: anchor.yearExplicit))
    }

    /// The day an offset counts from: "now", or a day date, moved to its occurrence nearest the reference when the
    /// text leaves it open.
    func offsetAnchor(at k: Int) -> DateMatch? {
        if word(k)?.isPresent == true {
            return DateMatch(date: .day(reference), next: k + 1, yearExplicit: false, anchored: true)
        }
        guard let (_, anchor) = match(at: k), anchor.date.granularity == .day else { return nil }
        if let weekday = word(k)?.weekday, anchor.next == k + 1 {
            let before = DateResolution.weekdayBefore(weekday, reference: reference)
            let after = DateResolution.weekdayAfter(weekday, reference: reference)
            let nearest =
                after.daysSinceEpoch - reference.daysSinceEpoch <= reference.daysSinceEpoch - before.daysSinceEpoch
                ? after : before
            return DateMatch(date: .day(nearest), next: anchor.next, yearExplicit: false, anchored: true)
        }
        // A holiday a year on is the holiday's own day then ("Easter"), any other day the same date.
        let holidayLater = holidayPhrase(at: k).flatMap { $0.0.day(in: anchor.date.start.year + 1) }.map(DateRange.day)
        guard !anchor.yearExplicit, !anchor.anchored,
            let later = holidayLater ?? DateRangeJoiner.shifted(anchor.date, by: 1),
            later.start.daysSinceEpoch - reference.daysSinceEpoch
                < reference.daysSinceEpoch - anchor.date.start.daysSinceEpoch
        else { return anchor }
        return DateMatch(date: later, next: anchor.next, yearExplicit: false)
    }

    /// "Monday two weeks from now", "Thursday, two year from now": a weekday before an offset is that weekday of the
    /// ISO week the offset lands in.
    func weekdayOfOffset(_ weekday: Int, at j: Int) -> DateMatch? {
        guard let m = offset(at: j) else { return nil }
        return DateMatch(
            date: .day(DateResolution.weekday(weekday, weekShift: 0, reference: m.date.start)), next: m.next,
            yearExplicit: m.yearExplicit)
    }

    /// "in 3 days on Friday", "3 weeks after Christmas on Friday", "1st week of Oct. on Friday": a day or week followed
    /// by "on" and a weekday written in full is that weekday of the day's ISO week.
    func onWeekday(after m: DateMatch) -> DateMatch {
        guard m.date.granularity == .day || m.date.granularity == .week,
            m.date.end.daysSinceEpoch - m.date.start.daysSinceEpoch < 7,
            word(m.next)?.isDayCue == true, word(m.next)?.isYearCue == true, let w = word(m.next + 1),
            let weekday = w.weekday, !w.isAbbreviation || tokens[m.next + 1].capitalised
        else { return m }
        var shifted = m
        shifted.date = .day(DateResolution.weekday(weekday, weekShift: 0, reference: m.date.start))
        shifted.next = m.next + 2
        return shifted
    }

    /// "between Jan 22 and now", "from March to date", "till current date", "between now and November 15th": the
    /// reference day as one end of a range (``DateRangeJoiner`` joins it); "year to date": the year up to the day
    /// before the reference, the days complete when the text was written (as Recognizers-Text resolves it).
    func present(at i: Int) -> (Int, DateMatch)? {
        guard word(i)?.isPresent == true else { return nil }
        let start = word(i - 1)?.shift == 0 ? i - 1 : i  // "current date"
        if let unit = word(start - 2)?.unit, isRangeJoiner(start - 1), unit != .half,
            let period = DateResolution.relative(unit, 0, reference: reference), period.start < reference
        {
            let date = DateRange(start: period.start, end: reference.adding(days: -1), granularity: .day)
            return (start - 2, DateMatch(date: date, next: i + 1, yearExplicit: false, anchored: true))
        }
        // The range's first end is a date before the joiner ("Jan 22", "March", "2010-01-01"), not "up to date", nor a
        // count ("to date 1").
        let ends =
            (isRangeJoiner(start - 1) || word(start - 1)?.isPairJoiner == true) && !isNumber(i + 1)
            && (isNumber(start - 2) || word(start - 2)?.month != nil)
        let opens =
            word(start - 1)?.isRangeOpener == true && (isRangeJoiner(i + 1) || word(i + 1)?.isPairJoiner == true)
        guard ends || opens else { return nil }
        return (start, DateMatch(date: .day(reference), next: i + 1, yearExplicit: false, anchored: true))
    }

    /// "Tuesday, March 5, 2024" (the weekday joins the date), "on Monday", "Freitag".
    func weekday(at i: Int) -> DateMatch? {
        guard let w = word(i), let weekday = w.weekday else { return nil }
        var j = skipAdjacent(".", at: i + 1)
        // "Tuesday of last week", "Dienstag vergangener Woche".
        let k = word(j)?.isOf == true ? j + 1 : j
        if let shift = word(k)?.shift, word(k + 1)?.unit == .week, !w.isAbbreviation || tokens[i].capitalised {
            let day = DateResolution.weekday(weekday, weekShift: shift, reference: reference)
            return DateMatch(date: .day(day), next: k + 2, yearExplicit: false, anchored: true)
        }
        if isSymbol(j, ",") { j += 1 }
        if let m = monthFirst(at: j, cued: true) ?? numeric(at: j, cued: true) ?? dayFirst(at: j) { return m }
        // "Donnerstag, den siebten vierten": an article before the day.
        if word(j)?.isArticle == true, let m = dayFirst(at: j + 1) { return m }
        if !w.isAbbreviation || tokens[i].capitalised, let m = weekdayOfOffset(weekday, at: j) { return m }
        // "Monday 21", "Tue 13th", "Tuesday the eleventh": the latest such day that falls on that weekday.
        if let (d, next) = dayOfWeekday(at: word(j)?.isArticle == true ? j + 1 : j),
            let day = DateResolution.weekdayDay(weekday, d, reference: reference)
        {
            return DateMatch(date: .day(day), next: next, yearExplicit: false)
        }
        // Alone only when written out in full: "So", "Mo", "Sat" are too often other words; but joined to another
        // weekday by "or", "and" ("Mon or Tue") an abbreviation is one too.
        let listed =
            (word(i - 1)?.isListJoiner == true && word(i - 2)?.weekday != nil)
            || (word(i + 1)?.isListJoiner == true && word(i + 2)?.weekday != nil)
        guard !w.isAbbreviation || (listed && tokens[i].capitalised), caseAllowed(i, w, cued: isCued(i)) else {
            return nil
        }
        return DateMatch(
            date: .day(DateResolution.weekdayBefore(weekday, reference: reference)), next: i + 1, yearExplicit: false,
            anchored: true)
    }

    /// "the day after tomorrow" (+2), "the day before yesterday" (-2): a day word after "day" and an anchor word, found
    /// at the day word; the match starts at "the" (or "day").
    func dayAfterDayWord(at i: Int, _ w: DateWord) -> (Int, DateMatch)? {
        guard let offset = w.dayOffset, caseAllowed(i, w, cued: false), let direction = word(i - 1)?.anchorShift,
            word(i - 2)?.agoUnit == .day, tokens[i - 2].end - tokens[i - 2].start == 3  // "day", not "days"
        else { return nil }
        let start = word(i - 3)?.isArticle == true ? i - 3 : i - 2
        let day = reference.adding(days: offset + direction)
        return (start, DateMatch(date: .day(day), next: i + 1, yearExplicit: false, anchored: true))
    }

    /// "next workweek", "this working week", "nächste Arbeitswoche": a work-week phrase after a shift word is Monday
    /// to Friday of the shifted ISO week; "unter der Woche" alone, of the reference's week.
    func workWeek(at i: Int, _ w: DateWord) -> DateMatch? {
        let (phrases, start, shift) =
            w.startsWorkWeek ? (lexicon.workWeeksAlone, i, 0) : (lexicon.workWeeks, i + 1, w.shift ?? 0)
        guard w.startsWorkWeek || w.shift != nil, let end = firstPhrase(phrases, at: start) else { return nil }
        return DateMatch(
            date: DateResolution.workWeek(shift, reference: reference), next: end, yearExplicit: false, anchored: true)
    }

    /// "previous Monday" (Monday of last week), "following Friday" (Friday of next week): a weekday written in full
    /// after a word that shifts its week.
    func shiftedWeekday(at i: Int, _ shift: Int) -> DateMatch? {
        // "following Easter", "previous Christmas": the first after (the latest before) the reference.
        if word(i + 1)?.startsPhrase == true, let m = shiftedHoliday(at: i + 1, shift) { return m }
        guard let w = word(i + 1), let weekday = w.weekday, !w.isAbbreviation || tokens[i + 1].capitalised else {
            return nil
        }
        let day = DateResolution.weekday(weekday, weekShift: shift, reference: reference)
        return DateMatch(date: .day(day), next: i + 2, yearExplicit: false, anchored: true)
    }

    /// "last Christmas" (the latest before the reference), "this Easter", "next Christmas" (the first after): a holiday
    /// phrase at `i` after a shift word.
    func shiftedHoliday(at i: Int, _ shift: Int) -> DateMatch? {
        guard let (holiday, end) = holidayPhrase(at: i) else { return nil }
        let candidates = (reference.year - 1...reference.year + 1).compactMap { holiday.day(in: $0) }
        let day: Day? =
            switch shift {
            case ..<0: candidates.last { $0 < reference }
            case 0: holiday.day(in: reference.year)
            default: candidates.first { $0 > reference }
            }
        return day.map { DateMatch(date: .day($0), next: end, yearExplicit: false, anchored: true) }
    }

    /// The day of the month after a weekday: "21" (not a count: no word follows), "13th", "the eleventh".
    func dayOfWeekday(at j: Int) -> (Int, Int)? {
        if let (d, next) = dayOrdinalWord(at: j) { return (d, next) }
        guard isNumber(j), tokens[j].digits <= 2, (1...31).contains(tokens[j].value) else { return nil }
        if word(j + 1)?.isOrdinalSuffix == true, adjacent(j, j + 1) { return (tokens[j].value, j + 2) }
        guard j + 1 >= tokens.count || tokens[j + 1].kind == .symbol, !isSymbol(j + 1, "%"), !isSymbol(j + 1, ":"),
            !(adjacent(j, j + 1) && isNumber(j + 2) && adjacent(j + 1, j + 2))  // "Friday 10:30", "Monday 3.5"
        else { return nil }
        return (tokens[j].value, j + 1)
    }

    /// "last week", "this year", "next quarter", "letzte Woche", "vergangenen Freitag", "last March", "yesterday",
    /// "Vorjahr".
    func relative(at i: Int, _ w: DateWord) -> DateMatch? {
        relativeToReference(at: i, w)?.anchoredToReference()
    }

    func relativeToReference(at i: Int, _ w: DateWord) -> DateMatch? {
        if let offset = w.dayOffset, caseAllowed(i, w, cued: false) {
            return DateMatch(date: .day(reference.adding(days: offset)), next: i + 1, yearExplicit: false)
        }
        if let (unit, shift) = w.relative, let date = DateResolution.relative(unit, shift, reference: reference) {
            return DateMatch(date: date, next: i + 1, yearExplicit: false)
        }
        if w.isWeekend {
            return DateMatch(
                date: DateResolution.weekend(weekShift: 0, reference: reference), next: i + 1, yearExplicit: false)
        }
        guard let shift = w.shift, let next = word(i + 1) else {
            // "this 5/12", "next 6th of April": a day without a year, in the year the shift gives.
            guard let shift = w.shift, let m = numeric(at: i + 1, cued: true) ?? dayFirst(at: i + 1),
                m.date.granularity == .day, !m.yearExplicit,
                let date = DateRangeJoiner.shifted(m.date, by: reference.year + shift - m.date.start.year)
            else { return nil }
            return DateMatch(date: date, next: m.next, yearExplicit: false)
        }
        // "this calendar year", "next fiscal year": the year (a fiscal year as the calendar year, see DateResolution).
        if next.isYearWord, word(i + 2)?.unit == .year,
            let date = DateResolution.relative(.year, shift, reference: reference)
        {
            return DateMatch(date: date, next: i + 3, yearExplicit: false)
        }
        // "this past Wednesday" (the latest before the reference), "this coming Friday" (the first after it).
        if shift == 0, let direction = next.spanShift, let weekday = word(i + 2)?.weekday,
            word(i + 2)?.isAbbreviation == false || tokens[i + 2].capitalised
        {
            let day =
                direction < 0
                ? DateResolution.weekdayBefore(weekday, reference: reference)
                : DateResolution.weekdayAfter(weekday, reference: reference)
            return DateMatch(date: .day(day), next: i + 3, yearExplicit: false)
        }
        if next.isWeekend {
            return DateMatch(
                date: DateResolution.weekend(weekShift: shift, reference: reference), next: i + 2, yearExplicit: false)
        }
        if next.startsPhrase, let m = shiftedHoliday(at: i + 1, shift) { return m }
        // "this decade", "the next decade": the calendar decade of the reference or the one after. "The last decade" is
        // the ten years up to the reference, a span of years like "the last ten years", and stays a duration.
        if next.isDecadeWord, shift >= 0 {
            let first = (reference.year / 10 + shift) * 10
            return DateResolution.decade(first, part: nil).map { DateMatch(date: $0, next: i + 2, yearExplicit: false) }
        }
        // "next week Wednesday", "last week on Tuesday": that weekday of the shifted week.
        if next.unit == .week {
            // "next week on Tuesday", "previous week - Monday".
            let j = word(i + 2)?.isYearCue == true || isSymbol(i + 2, "-") ? i + 3 : i + 2
            if let weekday = word(j)?.weekday, word(j)?.isAbbreviation == false || tokens[j].capitalised {
                let day = DateResolution.weekday(weekday, weekShift: shift, reference: reference)
                return DateMatch(date: .day(day), next: j + 1, yearExplicit: false)
            }
        }
        if next.isFortnight {
            return DateMatch(
                date: DateResolution.fortnight(shift, reference: reference), next: i + 2, yearExplicit: false)
        }
        if let unit = next.unit, unit != .half, let date = DateResolution.relative(unit, shift, reference: reference) {
            return DateMatch(date: date, next: i + 2, yearExplicit: false)
        }
        if let weekday = next.weekday, !next.isAbbreviation {
            let day =
                shift < 0
                ? DateResolution.weekdayBefore(weekday, reference: reference)
                : DateResolution.weekday(weekday, weekShift: shift, reference: reference)
            // "this Friday (Jun-15)", "next Friday 5/12": the date written after the weekday wins, in the weekday's
            // year when it names none.
            let paren = isSymbol(i + 2, "(")
            let k = paren || (isSymbol(i + 2, "-") && adjacent(i + 1, i + 2)) ? i + 3 : i + 2  // "this Friday-Jun-15"
            if let m = mixedDate(at: k) ?? numeric(at: k, cued: true) ?? monthFirst(at: k, cued: true),
                m.date.granularity == .day,
                let date = m.yearExplicit ? m.date : DateRangeJoiner.shifted(m.date, by: day.year - m.date.start.year)
            {
                let end = paren && isSymbol(m.next, ")") ? m.next + 1 : m.next
                return DateMatch(date: date, next: end, yearExplicit: m.yearExplicit)
            }
            return DateMatch(date: .day(day), next: i + 2, yearExplicit: false)
        }
        if let first = next.season,
            let date = DateResolution.season(first, shift: shift < 0 ? -1 : shift, reference: reference)
        {
            // "last summer" is the latest summer already over: one before the current one when we are in it.
            let current = DateResolution.season(first, shift: 0, reference: reference)
            let date = shift < 0 && current.map({ reference > $0.end }) == true ? current! : date
            return DateMatch(date: date, next: i + 2, yearExplicit: false)
        }
        if let m = next.month, caseAllowed(i + 1, next, cued: true) {
            let current = reference.year * 12 + reference.month - 1
            var index = reference.year * 12 + m - 1
            switch shift {
            case ..<0: while index >= current { index -= 12 }
            case 1...: while index <= current { index += 12 }
            default: break
            }
            guard let date = DateResolution.month(index / 12, index % 12 + 1) else { return nil }
            return DateMatch(date: date, next: skipAdjacent(".", at: i + 2), yearExplicit: false)
        }
        return nil
    }

    /// "Jahresende", "Jahresende 2023", "seit Jahresbeginn", "zum Monatsende": a part of the year written after the
    /// word, else of the reference's year or month.
    func periodPart(at i: Int) -> DateMatch? {
        guard let p = word(i)?.periodPart else { return nil }
        switch p.unit {
        case .year:
            if let (y, next) = year(at: i + 1), let date = DateResolution.part(p.part, ofYear: y) {
                return DateMatch(date: date, next: next, yearExplicit: true)
            }
            return DateResolution.part(p.part, ofYear: reference.year).map {
                DateMatch(date: $0, next: i + 1, yearExplicit: false)
            }
        case .month:
            guard let month = DateResolution.month(reference.year, reference.month) else { return nil }
            return DateMatch(date: DateResolution.part(p.part, ofMonth: month), next: i + 1, yearExplicit: false)
        default:
            return nil
        }
    }
}
