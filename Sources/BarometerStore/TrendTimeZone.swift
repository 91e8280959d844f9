import Foundation

/// The zone a trend counts its periods in: UTC unless the user names another.
///
///     TrendTimeZone.parse("Asia/Shanghai")?.identifier   // "Asia/Shanghai"
///     TrendTimeZone.parse("+08:00")?.secondsFromGMT()     // 28800
///     TrendTimeZone.parse("Mars/Olympus")                 // nil
public enum TrendTimeZone {
    /// Coordinated Universal Time, the default.
    public static let utc = TimeZone(secondsFromGMT: 0)!

    /// The widest offset in use (Pacific/Kiritimati, UTC+14; tz database), so a local day lies within two days of
    /// the day an article's metadata wrote.
    public static let maximumOffsetHours = 14

    /// An IANA name as the tz database spells it (`Europe/Berlin`, `UTC`), or a fixed offset `+08:00`, `-0530`,
    /// `Z`; nil for anything else.
    public static func parse(_ text: String) -> TimeZone? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "Z" { return utc }
        if let seconds = offsetSeconds(trimmed) { return TimeZone(secondsFromGMT: seconds) }
        guard !trimmed.isEmpty, trimmed.first != "+", trimmed.first != "-" else { return nil }
        return TimeZone(identifier: trimmed)
    }

    /// `+08:00`, `+0800`, `-05:30` as seconds east of UTC; nil when the text is no such offset.
    public static func offsetSeconds(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 5 || scalars.count == 6, scalars[0] == "+" || scalars[0] == "-" else { return nil }
        let digits = scalars.count == 6 ? [1, 2, 4, 5] : [1, 2, 3, 4]
        if scalars.count == 6 && scalars[3] != ":" { return nil }
        var values: [Int] = []
        for position in digits {
            guard let value = Int(String(scalars[position])) else { return nil }
            values.append(value)
        }
        let hours = values[0] * 10 + values[1]
        let minutes = values[2] * 10 + values[3]
        guard hours <= maximumOffsetHours, minutes < 60 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return scalars[0] == "-" ? -seconds : seconds
    }
}
