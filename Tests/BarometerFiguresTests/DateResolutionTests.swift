import BarometerText
import Testing

@testable import BarometerFigures

/// The choices made when a text leaves the year, the week or the exact days open (see ``DateResolution``).
@Suite("Date resolution")
struct DateResolutionTests {
    static let monday = Day(year: 2024, month: 3, day: 25)

    @Test(
        "a day without a year is the latest not after the reference plus seven days",
        arguments: [
            (2, 20, "2024-02-23", "2024-02-20"),  // seed 002: 2月20日 in an article of 23 February
            (3, 1, "2024-02-23", "2024-03-01"),  // six days ahead: an announcement
            (3, 5, "2024-02-23", "2023-03-05"),  // eleven days ahead: last year's
            (12, 28, "2024-01-03", "2023-12-28"),
            (2, 29, "2023-06-01", "2020-02-29"),  // back to the last leap year
        ])
    func dayWithoutYear(month: Int, day: Int, reference: String, expected: String) {
        #expect(DateResolution.dayWithoutYear(month: month, day: day, reference: Day(reference)!) == Day(expected))
    }

    @Test(
        "a month alone is the latest that began at or before the reference",
        arguments: [
            (10, "2024-02-22", "2023-10-01"),  // seed 000: "Im Oktober"
            (1, "2024-03-25", "2024-01-01"),  // seed 003: "in January"
            (3, "2024-03-25", "2024-03-01"),
        ])
    func monthAlone(month: Int, reference: String, expected: String) {
        #expect(DateResolution.monthWithoutYear(month, reference: Day(reference)!)?.start == Day(expected))
    }

    @Test("a quarter or half without a year is the latest that began at or before the reference")
    func periodWithoutYear() {
        let february = Day(year: 2024, month: 2, day: 22)
        #expect(DateResolution.periodWithoutYear(.quarter, 4, reference: february) == DateResolution.quarter(2023, 4))
        #expect(DateResolution.periodWithoutYear(.quarter, 1, reference: february) == DateResolution.quarter(2024, 1))
        #expect(DateResolution.periodWithoutYear(.half, 1, reference: february) == DateResolution.half(2024, 1))
        #expect(DateResolution.periodWithoutYear(.half, 2, reference: february) == DateResolution.half(2023, 2))
    }

    @Test("a weekday alone is the latest strictly before the reference; with a week shift, that week's day")
    func weekdays() {
        // seed 003: "on Tuesday"
        #expect(DateResolution.weekdayBefore(2, reference: Self.monday) == Day("2024-03-19"))
        // not the reference itself
        #expect(DateResolution.weekdayBefore(1, reference: Self.monday) == Day("2024-03-18"))
        #expect(DateResolution.weekday(5, weekShift: -1, reference: Self.monday) == Day("2024-03-22"))  // 上周五
        #expect(DateResolution.weekday(1, weekShift: 1, reference: Self.monday) == Day("2024-04-01"))  // 下周一
    }

    @Test("relative periods are whole ISO weeks, months, quarters, halves and years")
    func relative() {
        let thursday = Day(year: 2024, month: 2, day: 22)
        #expect(
            DateResolution.relative(.week, -1, reference: thursday)
                == DateRange(start: Day("2024-02-12")!, end: Day("2024-02-18")!, granularity: .week))
        #expect(DateResolution.relative(.month, -1, reference: Day("2024-01-15")!) == DateResolution.month(2023, 12))
        #expect(DateResolution.relative(.quarter, 1, reference: Day("2024-11-15")!) == DateResolution.quarter(2025, 1))
        #expect(DateResolution.relative(.half, -1, reference: thursday) == DateResolution.half(2023, 2))
        #expect(DateResolution.relative(.year, -2, reference: thursday) == DateResolution.year(2022))
    }

    @Test(
        "parts: of a year its thirds by month, of a month its halves and middle by day, the 旬 its thirds, of a decade 0-3, 4-6, 7-9"
    )
    func parts() {
        #expect(
            DateResolution.part(.late, ofYear: 2023)
                == DateRange(start: Day("2023-09-01")!, end: Day("2023-12-31")!, granularity: .month))
        #expect(DateResolution.part(.early, ofYear: 2025)?.end == Day("2025-04-30"))
        let february = DateResolution.month(2024, 2)!
        // Of a month as Recognizers-Text: 1–15, 10–20, 16–end; the Chinese 旬 are thirds: 1–10, 11–20, 21–end.
        #expect(
            DateResolution.part(.early, ofMonth: february)
                == DateRange(start: Day("2024-02-01")!, end: Day("2024-02-15")!, granularity: .day))
        #expect(
            DateResolution.part(.mid, ofMonth: february)
                == DateRange(start: Day("2024-02-10")!, end: Day("2024-02-20")!, granularity: .day))
        #expect(
            DateResolution.part(.late, ofMonth: february)
                == DateRange(start: Day("2024-02-16")!, end: Day("2024-02-29")!, granularity: .day))
        #expect(
            DateResolution.third(.early, ofMonth: february)
                == DateRange(start: Day("2024-02-01")!, end: Day("2024-02-10")!, granularity: .day))
        #expect(DateResolution.third(.late, ofMonth: february).start == Day("2024-02-21"))
        #expect(DateResolution.decade(2000, part: .early) == DateResolution.years(2000, 2003))
        #expect(DateResolution.decade(1990, part: nil) == DateResolution.years(1990, 1999))
    }

    @Test("ISO weeks: week 1 holds 4 January; 2020 has a week 53, 2021 has not")
    func isoWeeks() {
        #expect(DateResolution.isoWeek(1, year: 2025)?.start == Day("2024-12-30"))
        #expect(
            DateResolution.isoWeek(12, year: 2024)
                == DateRange(start: Day("2024-03-18")!, end: Day("2024-03-24")!, granularity: .week))
        #expect(DateResolution.isoWeek(53, year: 2020)?.start == Day("2020-12-28"))
        #expect(DateResolution.isoWeek(53, year: 2021) == nil)
        #expect(DateResolution.isoWeek(0, year: 2021) == nil)
    }

    @Test("years outside 1900-2100 are not read as years; invalid days are rejected")
    func bounds() {
        #expect(!DateResolution.isPlausibleYear(1899))
        #expect(!DateResolution.isPlausibleYear(2101))
        #expect(DateResolution.isPlausibleYear(2024))
        #expect(DateResolution.day(2023, 2, 29) == nil)
        #expect(DateResolution.quarter(2024, 5) == nil)
    }
}
