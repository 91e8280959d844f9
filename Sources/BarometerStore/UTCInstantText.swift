import BarometerText
import Foundation

/// How the store writes a publication instant: UTC, ISO 8601, to the second (`2024-02-18T23:30:00Z`), so text
/// order is time order. Exports write instants the same way.
public enum UTCInstantText {
    static let secondsPerDay = 86_400

    public static func format(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = days(containing: seconds)
        let time = seconds - days * secondsPerDay
        let clock = [time / 3600, time % 3600 / 60, time % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(Day(daysSinceEpoch: days))T\(clock.joined(separator: ":"))Z"
    }

    /// Seconds since 1970 of a text `format` wrote; nil for anything else.
    public static func seconds(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 20, scalars[10] == "T", scalars[13] == ":", scalars[16] == ":", scalars[19] == "Z",
            let day = Day(String(String.UnicodeScalarView(scalars[0..<10])))
        else { return nil }
        var clock: [Int] = []
        for start in [11, 14, 17] {
            guard let value = Int(String(String.UnicodeScalarView(scalars[start..<start + 2]))) else { return nil }
            clock.append(value)
        }
        return day.daysSinceEpoch * secondsPerDay + clock[0] * 3600 + clock[1] * 60 + clock[2]
    }

    /// Days since 1970-01-01 of the day holding `seconds` since 1970 (rounding down, also before 1970).
    static func days(containing seconds: Int) -> Int {
        let quotient = seconds / secondsPerDay
        return seconds % secondsPerDay < 0 ? quotient - 1 : quotient
    }
}
