import BarometerText

/// A holiday as a rule that gives its day in any year: a fixed day, a day counted from Easter or from the Lunar
/// New Year, or the n-th weekday of a month. The holidays each language names are data (`holidays` in
/// `Resources/date/<code>.json`), written as one-key objects:
///
///     {"fixed": [12, 25]}          // Christmas
///     {"easter": -2}               // Good Friday
///     {"lunarNewYear": 14}         // 元宵节, the Lantern Festival
///     {"eidAlFitr": 0}             // Eid al-Fitr, from ``IslamicCalendar``'s table
///     {"nthWeekday": [11, 4, 4]}   // US Thanksgiving: November, Thursday (ISO 4), the fourth; -1 = the last
///     {"nthWeekday": [11, 4, 4, 1]} // Black Friday: a fourth number counts days after that weekday
///     {"weekdayOnOrBefore": [11, 26, 7]}  // Ewigkeitssonntag: the Sunday on or before 26 November
enum DateHoliday: Sendable, Hashable, Decodable {
    case fixed(month: Int, day: Int)
    case easter(offset: Int)
    case lunarNewYear(offset: Int)
    case eidAlFitr(offset: Int)
    case nthWeekday(month: Int, weekday: Int, n: Int, offset: Int = 0)
    case weekdayOnOrBefore(month: Int, day: Int, weekday: Int)

    /// The Spring Festival itself, whose exchange holiday ``ChineseCalendar`` knows.
    static let springFestival = DateHoliday.lunarNewYear(offset: 0)

    enum CodingKeys: String, CodingKey { case fixed, easter, lunarNewYear, eidAlFitr, nthWeekday, weekdayOnOrBefore }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let v = try c.decodeIfPresent([Int].self, forKey: .fixed), v.count == 2 {
            self = .fixed(month: v[0], day: v[1])
        } else if let v = try c.decodeIfPresent(Int.self, forKey: .easter) {
            self = .easter(offset: v)
        } else if let v = try c.decodeIfPresent(Int.self, forKey: .lunarNewYear) {
            self = .lunarNewYear(offset: v)
        } else if let v = try c.decodeIfPresent(Int.self, forKey: .eidAlFitr) {
            self = .eidAlFitr(offset: v)
        } else if let v = try c.decodeIfPresent([Int].self, forKey: .nthWeekday), v.count == 3 || v.count == 4 {
            self = .nthWeekday(month: v[0], weekday: v[1], n: v[2], offset: v.count == 4 ? v[3] : 0)
        } else if let v = try c.decodeIfPresent([Int].self, forKey: .weekdayOnOrBefore), v.count == 3 {
            self = .weekdayOnOrBefore(month: v[0], day: v[1], weekday: v[2])
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a holiday rule"))
        }
    }

    /// The holiday's day in `year`, or nil when the rule cannot place it (a Lunar New Year outside the table).
    func day(in year: Int) -> Day? {
        switch self {
        case .fixed(let month, let day):
            return DateResolution.day(year, month, day)
        case .easter(let offset):
            return HolidayCalendar.easterSunday(year).adding(days: offset)
        case .lunarNewYear(let offset):
            return ChineseCalendar.lunarNewYear(year)?.adding(days: offset)
        case .eidAlFitr(let offset):
            return IslamicCalendar.eidAlFitr(year)?.adding(days: offset)
        case .nthWeekday(let month, let weekday, let n, let offset):
            guard let first = DateResolution.day(year, month, 1) else { return nil }
            if n > 0 {
                return first.adding(days: (weekday - first.isoWeekday + 7) % 7 + 7 * (n - 1) + offset)
            }
            let last = first.adding(days: Day.daysInMonth(year: year, month: month) - 1)
            return last.adding(days: -((last.isoWeekday - weekday + 7) % 7) + 7 * (n + 1) + offset)
        case .weekdayOnOrBefore(let month, let day, let weekday):
            guard let limit = DateResolution.day(year, month, day) else { return nil }
            return limit.adding(days: -((limit.isoWeekday - weekday + 7) % 7))
        }
    }

    /// The first trading day after the holiday: after the Spring Festival, the day the Chinese exchanges reopen
    /// (``ChineseCalendar``); after any other holiday, the next weekday.
    func firstTradingDayAfter(in year: Int) -> Day? {
        if self == .springFestival { return ChineseCalendar.firstTradingDayAfterLunarNewYear(year) }
        guard var day = self.day(in: year)?.adding(days: 1) else { return nil }
        while day.isoWeekday >= 6 { day = day.adding(days: 1) }
        return day
    }
}

/// Western church dates.
enum HolidayCalendar {
    /// Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus, *Astronomical
    /// Algorithms*, ch. 8), exact for every Gregorian year.
    static func easterSunday(_ year: Int) -> Day {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)
    }
}
