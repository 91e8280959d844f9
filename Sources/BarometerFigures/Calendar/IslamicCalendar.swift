import BarometerText

/// The one date of the Islamic (Hijri) calendar news dates need: Eid al-Fitr, the end of Ramadan, for each
/// Gregorian year the table covers.
///
///     IslamicCalendar.eidAlFitr(2022)   // 2022-05-02
///
/// The dates are data (`Resources/calendar/eid-al-fitr.json`, whose `method` field names the sources): the day is
/// fixed by sighting the new moon, so no arithmetic gives it reliably.
public enum IslamicCalendar {
    static let table = ChineseCalendar.loadTable("eid-al-fitr")

    /// The years the table covers.
    public static var years: ClosedRange<Int> { table.firstYear...(table.firstYear + table.days.count - 1) }

    /// The Gregorian date of Eid al-Fitr in `year`, or nil outside ``years``.
    public static func eidAlFitr(_ year: Int) -> Day? {
        let index = year - table.firstYear
        guard table.days.indices.contains(index) else { return nil }
        return table.days[index]
    }
}
