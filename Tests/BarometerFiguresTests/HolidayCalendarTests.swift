import BarometerText
import Testing

@testable import BarometerFigures

@Suite("Holiday calendar")
struct HolidayCalendarTests {
    @Test(
        "Easter Sunday matches the published dates",
        arguments: [
            (2016, "2016-03-27"), (2018, "2018-04-01"), (2019, "2019-04-21"), (2024, "2024-03-31"),
            (2025, "2025-04-20"), (2038, "2038-04-25"),
        ])
    func easter(year: Int, expected: String) {
        #expect(HolidayCalendar.easterSunday(year) == Day(expected))
    }

    @Test(
        "each kind of rule places its holiday",
        arguments: [
            (DateHoliday.fixed(month: 12, day: 25), 2023, "2023-12-25"),
            (.easter(offset: -2), 2024, "2024-03-29"),  // Good Friday
            (.easter(offset: 49), 2024, "2024-05-19"),  // Pentecost
            (.lunarNewYear(offset: 14), 2024, "2024-02-24"),  // 元宵节
            (.lunarNewYear(offset: -1), 2024, "2024-02-09"),  // 除夕
            (.nthWeekday(month: 11, weekday: 4, n: 4), 2023, "2023-11-23"),  // Thanksgiving
            (.nthWeekday(month: 5, weekday: 1, n: -1), 2024, "2024-05-27"),  // Memorial Day
            (.nthWeekday(month: 9, weekday: 1, n: 1), 2021, "2021-09-06"),  // Labor Day
            (.nthWeekday(month: 10, weekday: 7, n: 1), 2021, "2021-10-03"),  // Erntedankfest
            // Black Friday, the day after Thanksgiving: in 2019 not the fourth Friday (22 November).
            (.nthWeekday(month: 11, weekday: 4, n: 4, offset: 1), 2019, "2019-11-29"),
            (.weekdayOnOrBefore(month: 11, day: 26, weekday: 7), 2019, "2019-11-24"),  // Ewigkeitssonntag
            (.weekdayOnOrBefore(month: 11, day: 26, weekday: 7), 2024, "2024-11-24"),
            (.weekdayOnOrBefore(month: 11, day: 22, weekday: 3), 2024, "2024-11-20"),  // Buß- und Bettag
        ])
    func rules(rule: DateHoliday, year: Int, expected: String) {
        #expect(rule.day(in: year) == Day(expected))
    }

    @Test("the first trading day after the Spring Festival is the exchanges' reopening; after others the next weekday")
    func tradingDay() {
        #expect(DateHoliday.springFestival.firstTradingDayAfter(in: 2024) == Day("2024-02-19"))
        #expect(DateHoliday.fixed(month: 12, day: 25).firstTradingDayAfter(in: 2021) == Day("2021-12-27"))
    }

    @Test(
        "every holiday in the lexicons parses and falls in every year 1990-2100 (Eid al-Fitr: every year of its table)",
        arguments: Language.analysed)
    func lexicons(_ language: Language) throws {
        let file = try DateLexicon.readFile(language)
        #expect(!file.holidays.isEmpty)
        for (name, rule) in file.holidays {
            #expect(name == name.lowercased(), "\(name)")
            let years: [Int]
            if case .eidAlFitr = rule {
                years = [IslamicCalendar.years.lowerBound, 2024, IslamicCalendar.years.upperBound]
            } else {
                years = [1990, 2024, 2100]
            }
            for year in years {
                #expect(rule.day(in: year)?.year == year, "\(name) \(year)")
            }
        }
    }
}
