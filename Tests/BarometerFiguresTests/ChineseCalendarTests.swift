import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

@Suite("Chinese calendar")
struct ChineseCalendarTests {
    @Test(
        "Lunar New Year matches published dates",
        arguments: [
            (2023, "2023-01-22"), (2024, "2024-02-10"), (2025, "2025-01-29"), (2020, "2020-01-25"),
            (1990, "1990-01-27"), (2100, "2100-02-09"),
        ])
    func lunarNewYear(year: Int, expected: String) {
        #expect(ChineseCalendar.lunarNewYear(year) == Day(expected))
    }

    @Test("the table covers 1990-2100, one date a year, each between 21 January and 20 February of its year")
    func table() {
        #expect(ChineseCalendar.years == 1990...2100)
        for year in ChineseCalendar.years {
            let day = ChineseCalendar.lunarNewYear(year)
            #expect(
                day.map { $0.year == year && ($0.month == 1 && $0.day >= 21 || $0.month == 2 && $0.day <= 20) } == true,
                "\(year): \(String(describing: day))")
        }
        #expect(ChineseCalendar.lunarNewYear(1989) == nil)
        #expect(ChineseCalendar.lunarNewYear(2101) == nil)
    }

    @Test(
        "the exchange holiday runs from New Year's Eve through the seventh day, and trading resumes on the next weekday",
        arguments: [
            (2024, "2024-02-09", "2024-02-16", "2024-02-19"), (2023, "2023-01-21", "2023-01-28", "2023-01-30"),
            (2025, "2025-01-28", "2025-02-04", "2025-02-05"),
        ])
    func holiday(year: Int, first: String, last: String, trading: String) {
        let holiday = ChineseCalendar.lunarNewYearHoliday(year)
        #expect(holiday?.lowerBound == Day(first))
        #expect(holiday?.upperBound == Day(last))
        #expect(ChineseCalendar.firstTradingDayAfterLunarNewYear(year) == Day(trading))
    }
}
