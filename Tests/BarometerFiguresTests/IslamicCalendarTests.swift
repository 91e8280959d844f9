import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

@Suite("Islamic calendar")
struct IslamicCalendarTests {
    @Test(
        "Eid al-Fitr matches the dates observed in Saudi Arabia",
        arguments: [(2022, "2022-05-02"), (2023, "2023-04-21"), (2024, "2024-04-10"), (2017, "2017-06-25")])
    func eidAlFitr(year: Int, expected: String) {
        #expect(IslamicCalendar.eidAlFitr(year) == Day(expected))
    }

    @Test("the table covers 2017-2032, one date a year in its year, each 354 or 355 days after the one before")
    func table() {
        #expect(IslamicCalendar.years == 2017...2032)
        var previous: Day?
        for year in IslamicCalendar.years {
            let day = IslamicCalendar.eidAlFitr(year)
            #expect(day?.year == year, "\(year)")
            if let day, let previous {
                #expect((354...355).contains(day.daysSinceEpoch - previous.daysSinceEpoch), "\(year)")
            }
            previous = day
        }
        #expect(IslamicCalendar.eidAlFitr(2016) == nil)
        #expect(IslamicCalendar.eidAlFitr(2033) == nil)
    }

    @Test("the holiday rule reads the table, with an offset")
    func rule() {
        #expect(DateHoliday.eidAlFitr(offset: 0).day(in: 2022) == Day("2022-05-02"))
        #expect(DateHoliday.eidAlFitr(offset: 1).day(in: 2022) == Day("2022-05-03"))
        #expect(DateHoliday.eidAlFitr(offset: 0).day(in: 2040) == nil)
    }
}
