import BarometerText
import Foundation

/// The few facts of the Chinese lunisolar calendar that news dates need: the Lunar New Year (春节) of each
/// Gregorian year 1990–2100 and the stock-exchange holiday around it.
///
///     ChineseCalendar.lunarNewYear(2024)                      // 2024-02-10
///     ChineseCalendar.firstTradingDayAfterLunarNewYear(2024)  // 2024-02-19
///
/// The dates are data (`Resources/calendar/lunar-new-year.json`, whose `method` field says how they were made).
public enum ChineseCalendar {
    /// Days of the exchange holiday counted from the Lunar New Year: from New Year's Eve (day -1) through the
    /// seventh day of the first month (初七, day +6). This is the rule the Shanghai and Shenzhen exchanges have
    /// followed in recent years (e.g. 2024: closed 9–17 February); the State Council's yearly holiday notice can
    /// differ by a day, which this rule does not model.
    static let holidayFirstOffset = -1
    static let holidayLastOffset = 6

    struct Table: Decodable {
        var firstYear: Int
        var dates: [String]
    }

    static let table = loadTable("lunar-new-year")

    /// A table of one date a year, `Resources/calendar/<name>.json` ({"firstYear", "dates"}), read once.
    static func loadTable(_ name: String) -> (firstYear: Int, days: [Day]) {
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources/calendar"),
            let data = try? Data(contentsOf: url),
            let table = try? JSONDecoder().decode(Table.self, from: data)
        else { preconditionFailure("Resources/calendar/\(name).json missing or unreadable") }
        let days = table.dates.map { text -> Day in
            guard let day = Day(text) else { preconditionFailure("\(name).json: '\(text)' is not a date") }
            return day
        }
        return (table.firstYear, days)
    }

    /// The years the table covers.
    public static var years: ClosedRange<Int> { table.firstYear...(table.firstYear + table.days.count - 1) }

    /// The Gregorian date of the Lunar New Year in `year`, or nil outside ``years``.
    public static func lunarNewYear(_ year: Int) -> Day? {
        let index = year - table.firstYear
        guard table.days.indices.contains(index) else { return nil }
        return table.days[index]
    }

    /// The exchange holiday of `year`'s Lunar New Year: New Year's Eve through the seventh day.
    public static func lunarNewYearHoliday(_ year: Int) -> ClosedRange<Day>? {
        guard let newYear = lunarNewYear(year) else { return nil }
        return newYear.adding(days: holidayFirstOffset)...newYear.adding(days: holidayLastOffset)
    }

    /// The first weekday after the holiday: the first trading day of the Shanghai and Shenzhen exchanges.
    public static func firstTradingDayAfterLunarNewYear(_ year: Int) -> Day? {
        guard let holiday = lunarNewYearHoliday(year) else { return nil }
        var day = holiday.upperBound.adding(days: 1)
        while day.isoWeekday >= 6 { day = day.adding(days: 1) }
        return day
    }
}
