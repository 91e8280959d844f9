import BarometerText
import Foundation
import GRDB

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
    return Day(daysSinceEpoch: UTCInstantText.days(containing: seconds + offset)).description
}
