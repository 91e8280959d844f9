import BarometerText
import Foundation
import GRDB

/// How the store writes a publication instant: UTC, ISO 8601, to the second (`2024-02-18T23:30:00Z`), so text
/// order is time order. PostgreSQL stores it alike.
public enum UTCInstantText {
    static let secondsPerDay = 86_400

    public static func format(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds.floorDivided(by: secondsPerDay)
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
}

extension Int {
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}

/// Time zones by identifier, resolved once per identifier rather than once per row.
private final class TimeZoneCache: @unchecked Sendable {
    private let lock = NSLock()
    private var zones: [String: TimeZone] = [:]

    func zone(_ identifier: String) -> TimeZone? {
        lock.lock()
        defer { lock.unlock() }
        if let zone = zones[identifier] { return zone }
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        zones[identifier] = zone
        return zone
    }
}

private let timeZones = TimeZoneCache()

/// `barometer_local_day(published_at, published, zone)`: the calendar day (`YYYY-MM-DD`) a document was published
/// on in `zone` (a `TimeZone` identifier): its UTC instant `published_at` shifted by the zone's offset at that
/// instant (offsets change with daylight saving time, so per row), else the stored day `published` as it is.
///
///     barometer_local_day('2024-02-18T23:30:00Z', '2024-02-18', 'Asia/Shanghai')   -- '2024-02-19'
///     barometer_local_day(NULL, '2024-02-18', 'Asia/Shanghai')                     -- '2024-02-18'
let localDayFunction = DatabaseFunction("barometer_local_day", argumentCount: 3, pure: true) { values in
    let published = String.fromDatabaseValue(values[1])
    guard let instant = String.fromDatabaseValue(values[0]) else { return published }
    guard let seconds = UTCInstantText.seconds(instant) else {
        throw DatabaseError(message: "published_at \"\(instant)\" is not a UTC instant like 2024-02-18T23:30:00Z")
    }
    let identifier = String.fromDatabaseValue(values[2]) ?? "GMT"
    guard let zone = timeZones.zone(identifier) else {
        throw DatabaseError(message: "unknown time zone \"\(identifier)\"")
    }
    let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    return Day(daysSinceEpoch: (seconds + offset).floorDivided(by: UTCInstantText.secondsPerDay)).description
}
