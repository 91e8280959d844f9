import BarometerText

/// The calendar arithmetic behind every date rule: ranges of months, quarters, halves, years and weeks, and the
/// choices made when the text leaves the year or the week open.
///
/// Decisions (the corpora in Tests/BarometerFiguresTests/Corpus/date pin each one):
/// - A day and month without a year ("2月20日", "March 5") is the latest such day not after the reference plus
///   ``announcementDays``; news mostly reports the past but also announces what comes in the next few days.
/// - A month alone ("in October", "Im Oktober") is the latest such month that began at or before the reference.
/// - A quarter or half without a year ("Q3", "上半年", "im vierten Quartal") is, like a month, the latest one that
///   began at or before the reference: "im vierten Quartal" in February is last year's.
/// - A weekday alone ("on Tuesday", "am Montag", "周一") or with "last" is the latest such day strictly before the
///   reference; with "this"/"next" ("本周五", "next Friday") the day of the current/next ISO week.
/// - "Early/mid/late" (Anfang/Mitte/Ende, 初/中/底) of a year are January–April, May–August and September–December
///   (granularity month), as in Microsoft Recognizers-Text; of a month the days 1–10, 11–20 and 21–end
///   (granularity day, the Chinese 上旬/中旬/下旬); of a decade its years 0–3, 4–6 and 7–9.
/// - "Earlier/later this month (year, week)" are the first/second half of that period, keeping the period's
///   granularity, cut at the reference: "earlier" ends the day before it, "later" starts on it; for another period
///   ("later next year") its whole first/second half.
/// - Seasons are meteorological (spring March–May, summer June–August, autumn September–November, winter December
///   to February), granularity month; "winter 2023" is the winter that begins in December 2023. A season alone
///   ("im Sommer") is the latest one that began at or before the reference.
/// - "Three days ago", "vor zwei Wochen", "5年前" are the day that many units before the reference (granularity day),
///   as Recognizers-Text resolves them.
/// - "The weekend", "am Wochenende", "周末" are Saturday and Sunday of the reference's ISO week, "last weekend",
///   "上周末" of the week before, as Recognizers-Text resolves them; on a Monday "the weekend" is the coming one.
/// - A week number ("week 23", "KW 12") is the ISO week of the year written after it, else of the reference's year.
/// - A fiscal year ("fiscal 2024", "FY2024", "2025财年") is taken as the calendar year: the text rarely says when a
///   company's fiscal year starts, and Barometer keeps no table of companies' fiscal calendars.
/// - A decade ("the 2000s", "90年代") is a ten-year range with granularity year (Granularity has no decade).
/// - A day its month does not have ("Feb 30", "2月30日", "29/2/2019") is a slip of the writer's: the month is still
///   meant, so the date is that month (granularity month) rather than no date or another day.
/// - A weekday with a day of the month ("Tuesday the 25th", "Dienstag, der 25.") is the such day nearest the
///   reference, before or after it: the weekday pins the month, and a writer names the coming one as often as the
///   past one.
/// - A work week ("next workweek", "nächste Arbeitswoche", "unter der Woche") is Monday to Friday of that ISO week.
enum DateResolution {
    /// How many days after the reference a year-less day may lie and still be read in the reference's year.
    /// Seven: a week covers the "on Friday"/"3月1日起" announcements of upcoming days seen in the seeds' sources.
    static let announcementDays = 7

    static func year(_ y: Int) -> DateRange? {
        guard let s = day(y, 1, 1), let e = day(y, 12, 31) else { return nil }
        return DateRange(start: s, end: e, granularity: .year)
    }

    static func years(_ first: Int, _ last: Int) -> DateRange? {
        guard first <= last, let s = day(first, 1, 1), let e = day(last, 12, 31) else { return nil }
        return DateRange(start: s, end: e, granularity: .year)
    }

    static func month(_ y: Int, _ m: Int) -> DateRange? {
        months(y, m, m, granularity: .month)
    }

    static func months(_ y: Int, _ first: Int, _ last: Int, granularity: Granularity) -> DateRange? {
        guard (1...12).contains(first), (1...12).contains(last), let s = day(y, first, 1),
            let e = day(y, last, Day.daysInMonth(year: y, month: last))
        else { return nil }
        return DateRange(start: s, end: e, granularity: granularity)
    }

    static func quarter(_ y: Int, _ q: Int) -> DateRange? {
        guard (1...4).contains(q) else { return nil }
        return months(y, q * 3 - 2, q * 3, granularity: .quarter)
    }

    static func half(_ y: Int, _ h: Int) -> DateRange? {
        guard (1...2).contains(h) else { return nil }
        return months(y, h * 6 - 5, h * 6, granularity: .half)
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day? {
        guard (1...9999).contains(y), Day.isValid(year: y, month: m, day: d) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    static func single(_ day: Day?) -> DateRange? { day.map(DateRange.day) }

    /// Day `d` of month `m` in year `y`, or, when the month has no such day but some month does ("Feb 30", "April
    /// 31"), the month itself (see the type's summary).
    static func dayOrMonth(_ y: Int, _ m: Int, _ d: Int) -> DateRange? {
        if let day = day(y, m, d) { return .day(day) }
        guard (1...31).contains(d) else { return nil }
        return month(y, m)
    }

    /// ``dayWithoutYear(month:day:reference:)``, or for a day no such month has, the month
    /// (``monthWithoutYear(_:reference:)``).
    static func dayOrMonthWithoutYear(month m: Int, day d: Int, reference: Day) -> DateRange? {
        if let day = dayWithoutYear(month: m, day: d, reference: reference) { return .day(day) }
        guard (1...12).contains(m), (1...31).contains(d), d > Day.daysInMonth(year: 2000, month: m) else { return nil }
        return monthWithoutYear(m, reference: reference)
    }

    /// Two ISO weeks from the reference's week ("the fortnight"), or the two before or after them (`shift` -1, 1:
    /// "last fortnight", "next fortnight"), as Recognizers-Text reads them.
    static func fortnight(_ shift: Int, reference: Day) -> DateRange {
        let monday = week(of: reference).start.adding(days: 14 * shift)
        return DateRange(start: monday, end: monday.adding(days: 13), granularity: .week)
    }

    /// The school year beginning in month `startMonth` of year `y` ("school year 2008": September 2008 to August
    /// 2009 when school years begin in September), granularity month.
    static func schoolYear(_ y: Int, startMonth: Int) -> DateRange? {
        guard (1...12).contains(startMonth), let start = day(y, startMonth, 1), let next = day(y + 1, startMonth, 1)
        else { return nil }
        return DateRange(start: start, end: next.adding(days: -1), granularity: .month)
    }

    /// Monday to Friday of the ISO week `shift` weeks from the reference's.
    static func workWeek(_ shift: Int, reference: Day) -> DateRange {
        let week = week(of: reference.adding(days: 7 * shift))
        return DateRange(start: week.start, end: week.start.adding(days: 4), granularity: .week)
    }

    /// The ISO week (Monday–Sunday) holding `day`.
    static func week(of day: Day) -> DateRange {
        let monday = day.adding(days: 1 - day.isoWeekday)
        return DateRange(start: monday, end: monday.adding(days: 6), granularity: .week)
    }

    /// The period of `unit` holding the reference, shifted by `shift` periods ("last month" = month, -1).
    static func relative(_ unit: Granularity, _ shift: Int, reference: Day) -> DateRange? {
        switch unit {
        case .day: return .day(reference.adding(days: shift))
        case .week: return week(of: reference.adding(days: 7 * shift))
        case .month:
            let index = reference.year * 12 + reference.month - 1 + shift
            return month(index / 12, index % 12 + 1)
        case .quarter:
            let index = reference.year * 4 + (reference.month - 1) / 3 + shift
            return quarter(index / 4, index % 4 + 1)
        case .half:
            let index = reference.year * 2 + (reference.month - 1) / 6 + shift
            return half(index / 2, index % 2 + 1)
        case .year: return year(reference.year + shift)
        }
    }

    /// A day and month without a year: see the type's summary.
    static func dayWithoutYear(month m: Int, day d: Int, reference: Day) -> Day? {
        let limit = reference.adding(days: announcementDays)
        // Four years back at most, so that 29 February finds a leap year.
        for y in stride(from: limit.year, through: limit.year - 4, by: -1) {
            if let candidate = day(y, m, d), candidate <= limit { return candidate }
        }
        return nil
    }

    /// A month without a year: the latest such month that began at or before the reference.
    static func monthWithoutYear(_ m: Int, reference: Day) -> DateRange? {
        month(m <= reference.month ? reference.year : reference.year - 1, m)
    }

    /// A quarter (`unit` .quarter) or half (.half) without a year: the latest one that began at or before the reference.
    static func periodWithoutYear(_ unit: Granularity, _ n: Int, reference: Day) -> DateRange? {
        let current = unit == .quarter ? (reference.month - 1) / 3 + 1 : (reference.month - 1) / 6 + 1
        let y = n <= current ? reference.year : reference.year - 1
        return unit == .quarter ? quarter(y, n) : half(y, n)
    }

    /// A yearly date without a year (a holiday): the latest one not after the reference plus the announcement window.
    static func latest(_ date: (Int) -> Day?, reference: Day) -> Day? {
        let limit = reference.adding(days: announcementDays)
        for y in [limit.year, limit.year - 1] {
            if let d = date(y), d <= limit { return d }
        }
        return nil
    }

    /// The season beginning in month `first` (3, 6, 9 or 12) of year `y`: three months.
    static func season(_ first: Int, year y: Int) -> DateRange? {
        guard let s = day(y, first, 1) else { return nil }
        let lastIndex = y * 12 + first - 1 + 2
        let (ly, lm) = (lastIndex / 12, lastIndex % 12 + 1)
        guard let e = day(ly, lm, Day.daysInMonth(year: ly, month: lm)) else { return nil }
        return DateRange(start: s, end: e, granularity: .month)
    }

    /// A season `shift` seasons from the latest one that began at or before the reference (0: that one).
    static func season(_ first: Int, shift: Int, reference: Day) -> DateRange? {
        var y = first <= reference.month ? reference.year : reference.year - 1
        // The winter of January and February began in the previous December.
        if first == 12, reference.month < 12 { y = reference.year - 1 }
        return season(first, year: y + shift)
    }

    /// ISO week `n` of ISO year `y` (week 1 holds 4 January), or nil past the year's last week.
    static func isoWeek(_ n: Int, year y: Int) -> DateRange? {
        guard n >= 1, let jan4 = day(y, 1, 4) else { return nil }
        let monday = jan4.adding(days: 1 - jan4.isoWeekday).adding(days: 7 * (n - 1))
        guard n <= 52 || week(of: monday.adding(days: 3)).start.adding(days: 3).year == y else { return nil }
        return week(of: monday)
    }

    /// `n` units before (`shift` < 0) or after the reference ("the last 3 months", "next five days"), as Recognizers-Text
    /// reads them: days, weeks, months and years count from the day before (after) the reference, granularity day;
    /// quarters are whole calendar quarters before (after) the current one.
    static func span(_ n: Int, _ unit: Granularity, _ shift: Int, reference: Day) -> DateRange? {
        if unit == .quarter {
            guard let a = relative(.quarter, shift < 0 ? -n : 1, reference: reference),
                let b = relative(.quarter, shift < 0 ? -1 : n, reference: reference)
            else { return nil }
            return DateRange(start: a.start, end: b.end, granularity: .quarter)
        }
        if shift < 0 {
            return ago(n, unit, reference: reference).map {
                DateRange(start: $0, end: reference.adding(days: -1), granularity: .day)
            }
        }
        return ago(-n, unit, reference: reference).map {
            DateRange(start: reference.adding(days: 1), end: $0, granularity: .day)
        }
    }

    /// `n` weekdays (Monday–Friday) after (`shift` > 0) or before the reference, not counting it: "the next 4
    /// business days" from a Monday are Tuesday–Friday, from a Tuesday Wednesday–Monday, as Recognizers-Text resolves
    /// them. Public holidays are not skipped: Barometer keeps no table of each market's closing days.
    static func businessDays(_ n: Int, _ shift: Int, reference: Day) -> DateRange {
        let step = shift < 0 ? -1 : 1
        var day = reference
        var first: Day?
        var counted = 0
        while counted < n {
            day = day.adding(days: step)
            guard day.isoWeekday <= 5 else { continue }
            counted += 1
            if first == nil { first = day }
        }
        let (s, e) = step > 0 ? (first ?? day, day) : (day, first ?? day)
        return DateRange(start: s, end: e, granularity: .day)
    }

    /// The day `n` units before the reference ("three months ago"); a negative `n` is after it ("in two weeks").
    static func ago(_ n: Int, _ unit: Granularity, reference: Day) -> Day? {
        switch unit {
        case .day: return reference.adding(days: -n)
        case .week: return reference.adding(days: -7 * n)
        case .month, .quarter, .half, .year:
            let months = n * (unit == .month ? 1 : unit == .quarter ? 3 : unit == .half ? 6 : 12)
            let index = reference.year * 12 + reference.month - 1 - months
            let (y, m) = (index / 12, index % 12 + 1)
            return day(y, m, min(reference.day, Day.daysInMonth(year: y, month: m)))
        }
    }

    /// A day of the month alone ("16日"): the latest such day not after the reference plus the announcement window.
    static func dayOfMonthWithoutMonth(_ d: Int, reference: Day) -> Day? {
        let limit = reference.adding(days: announcementDays)
        var index = limit.year * 12 + limit.month - 1
        for _ in 0..<3 {
            if let candidate = day(index / 12, index % 12 + 1, d), candidate <= limit { return candidate }
            index -= 1
        }
        return nil
    }

    /// Day `d` of the month nearest the reference (two years either side at most) in which it falls on `weekday`:
    /// "Monday 21" in January 2019 is 21 January 2019, "Tuesday the 25th" on 4 May 2021 is 25 May 2021. On a tie
    /// the earlier one.
    static func weekdayDay(_ weekday: Int, _ d: Int, reference: Day) -> Day? {
        let current = reference.year * 12 + reference.month - 1
        var best: Day?
        var bestDistance = Int.max
        for index in current - 24...current + 24 {
            guard let candidate = day(index / 12, index % 12 + 1, d), candidate.isoWeekday == weekday else { continue }
            let distance = abs(candidate.daysSinceEpoch - reference.daysSinceEpoch)
            if distance < bestDistance { (best, bestDistance) = (candidate, distance) }
        }
        return best
    }

    /// The latest `weekday` (ISO, 1 = Monday) strictly before the reference.
    static func weekdayBefore(_ weekday: Int, reference: Day) -> Day {
        var back = (reference.isoWeekday - weekday + 7) % 7
        if back == 0 { back = 7 }
        return reference.adding(days: -back)
    }

    /// The first `weekday` (ISO, 1 = Monday) strictly after the reference.
    static func weekdayAfter(_ weekday: Int, reference: Day) -> Day {
        var ahead = (weekday - reference.isoWeekday + 7) % 7
        if ahead == 0 { ahead = 7 }
        return reference.adding(days: ahead)
    }

    /// `weekday` in the ISO week `shift` weeks from the reference's.
    static func weekday(_ weekday: Int, weekShift shift: Int, reference: Day) -> Day {
        week(of: reference).start.adding(days: 7 * shift + weekday - 1)
    }

    /// A part of a year: January–April, May–August, September–December.
    static func part(_ part: DatePart, ofYear y: Int) -> DateRange? {
        switch part {
        case .early: return months(y, 1, 4, granularity: .month)
        case .mid: return months(y, 5, 8, granularity: .month)
        case .late: return months(y, 9, 12, granularity: .month)
        }
    }

    /// A part of a month ("early March", "Mitte Februar", "月底"): days 1–15, 10–20, 16–end, as Microsoft
    /// Recognizers-Text resolves them (Specs/DateTime/English/DateTimeModel.json: "mid-november" 10–20, "end of
    /// month" 16–30, "earlier this month" 1–15; German "ende des monats" 16–30). The halves are as defensible as
    /// thirds for news, and agreeing with a widely used reference makes Barometer's ranges comparable.
    static func part(_ part: DatePart, ofMonth range: DateRange) -> DateRange {
        let s = range.start
        switch part {
        case .early: return DateRange(start: s, end: s.adding(days: 14), granularity: .day)
        case .mid: return DateRange(start: s.adding(days: 9), end: s.adding(days: 19), granularity: .day)
        case .late: return DateRange(start: s.adding(days: 15), end: range.end, granularity: .day)
        }
    }

    /// A third of a month, the Chinese 旬: 上旬 days 1–10, 中旬 11–20, 下旬 21–end (the word means ten days).
    static func third(_ part: DatePart, ofMonth range: DateRange) -> DateRange {
        let s = range.start
        switch part {
        case .early: return DateRange(start: s, end: s.adding(days: 9), granularity: .day)
        case .mid: return DateRange(start: s.adding(days: 10), end: s.adding(days: 19), granularity: .day)
        case .late: return DateRange(start: s.adding(days: 20), end: range.end, granularity: .day)
        }
    }

    /// Saturday and Sunday of the ISO week `shift` weeks from the reference's (granularity day: Granularity has no
    /// weekend).
    static func weekend(weekShift shift: Int, reference: Day) -> DateRange {
        let saturday = weekday(6, weekShift: shift, reference: reference)
        return DateRange(start: saturday, end: saturday.adding(days: 1), granularity: .day)
    }

    /// The weekend a holiday belongs to, with the holiday: a Monday or Tuesday holiday ends the weekend before it
    /// ("labor day weekend" Saturday–Monday), any later weekday begins the one after it (Thanksgiving: Thursday to
    /// Sunday); a holiday on a weekend is that weekend. Recognizers-Text resolves "labor day weekend 2021" to 4–6
    /// September and "weekend of thanksgiving 2023" to 23–26 November. Granularity day.
    static func weekend(around day: Day) -> DateRange {
        let weekday = day.isoWeekday
        let saturday = weekday <= 2 ? day.adding(days: -1 - weekday) : day.adding(days: 6 - weekday)
        return DateRange(start: min(day, saturday), end: max(day, saturday.adding(days: 1)), granularity: .day)
    }

    /// The `n`-th (0: the last) Monday–Sunday week of a month or year `period`, counting only weeks with at least four
    /// of their days in the period, the ISO rule for week 1. Recognizers-Text resolves "the first week of Jan 2015" to
    /// 2014-12-29…2015-01-04 and "the last week of July" 2017 to 07-24…07-30 this way.
    static func week(_ n: Int, of period: DateRange) -> DateRange? {
        let first = week(of: period.start.adding(days: 3))
        let last = week(of: period.end.adding(days: -3))
        let result = n == 0 ? last : week(of: first.start.adding(days: 7 * (n - 1)))
        return result.start <= last.start ? result : nil
    }

    /// The first (`last` false) or last `n` days, weeks or months of a month or year `period`: "the first ten days of
    /// last year", "the last 3 weeks of this year" (weeks as in ``week(_:of:)``), "the last four months of 2021".
    static func edge(_ n: Int, _ unit: Granularity, last: Bool, of period: DateRange) -> DateRange? {
        switch unit {
        case .day:
            let (s, e) =
                last ? (period.end.adding(days: 1 - n), period.end) : (period.start, period.start.adding(days: n - 1))
            guard s >= period.start, e <= period.end else { return nil }
            return DateRange(start: s, end: e, granularity: .day)
        case .week:
            guard let a = week(last ? 0 : 1, of: period), let b = week(last ? 0 : n, of: period) else { return nil }
            let s = last ? a.start.adding(days: -7 * (n - 1)) : a.start
            guard s >= week(1, of: period)?.start ?? s else { return nil }
            return DateRange(start: s, end: b.end, granularity: .week)
        case .month:
            guard period.granularity == .year, (1...12).contains(n) else { return nil }
            let y = period.start.year
            return last ? months(y, 13 - n, 12, granularity: .month) : months(y, 1, n, granularity: .month)
        default:
            return nil
        }
    }

    /// The first (`.early`) or second half of a week, month or year `period`: Monday–Wednesday | Thursday–Sunday,
    /// days 1–15 | 16–end, January–June | July–December; the second half starts no earlier than the reference, and
    /// the first ends before it ("earlier this year" on 28 May: 1 January to 27 May, never the future).
    static func side(_ side: DatePart, of period: DateRange, unit: Granularity, reference: Day) -> DateRange {
        let middle: Day =
            switch unit {
            case .week: period.start.adding(days: 3)
            case .month: period.start.adding(days: 15)
            default: Day(year: period.start.year, month: 7, day: 1)
            }
        if side == .early {
            let end =
                reference > period.start && reference < middle ? reference.adding(days: -1) : middle.adding(days: -1)
            return DateRange(start: period.start, end: end, granularity: unit)
        }
        let start = reference > middle && reference <= period.end ? reference : middle
        return DateRange(start: start, end: period.end, granularity: unit)
    }

    /// The `n`-th century: "the 15th century" 1400–1499, "19. Jahrhundert" 1800–1899, "20世纪" 1900–1999 (as
    /// Recognizers-Text counts it, not from year 1), granularity year.
    static func century(_ n: Int) -> DateRange? {
        guard (1...21).contains(n) else { return nil }
        return years((n - 1) * 100, (n - 1) * 100 + 99)
    }

    /// A decade or a part of it ("the early 2000s" = 2000–2003).
    static func decade(_ first: Int, part: DatePart?) -> DateRange? {
        switch part {
        case nil: return years(first, first + 9)
        case .early: return years(first, first + 3)
        case .mid: return years(first + 4, first + 6)
        case .late: return years(first + 7, first + 9)
        }
    }

    /// How many years after the reference a two-digit year may lie: "03/18/40" written in 2016 is 1940, "12/12/30"
    /// is 2030. Recognizers-Text reads 40–99 as 19xx and gives both centuries below 40; a window that moves with the
    /// reference keeps "25.03.24" in 2024 and "April of 87" in 1987 for any news of this century.
    static let twoDigitYearsAhead = 19

    /// The year ending in `yy` (0–99) among the hundred years that end `yearsAhead` after the reference's year (by
    /// default from 80 years before it to ``twoDigitYearsAhead`` after).
    static func twoDigitYear(_ yy: Int, reference: Day, yearsAhead: Int = twoDigitYearsAhead) -> Int {
        let latest = reference.year + yearsAhead
        return latest - ((latest % 100 - yy) % 100 + 100) % 100
    }

    /// The latest year up to the reference's that ends in `yy` (0–99): a decade written with two digits ("the 90s")
    /// has begun.
    static func pastYear(endingIn yy: Int, reference: Day) -> Int {
        twoDigitYear(yy, reference: reference, yearsAhead: 0)
    }

    /// Whether a number read as a year lies in the range Barometer accepts: 1900–2100, the span of modern news and
    /// of the Lunar New Year table.
    static func isPlausibleYear(_ y: Int) -> Bool { (1900...2100).contains(y) }
}
