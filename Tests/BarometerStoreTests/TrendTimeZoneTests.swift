import BarometerText
import Foundation
import GRDB
import Testing

@testable import BarometerStore

@Suite("Trend time zones: IANA names and fixed offsets")
struct TrendTimeZoneTests {
    @Test(
        "names and offsets resolve to their offset at 2024-01-15 12:00 UTC",
        arguments: [
            ("UTC", 0), ("Z", 0), ("Asia/Shanghai", 8 * 3600), ("Europe/Berlin", 3600), ("+08:00", 8 * 3600),
            ("-0530", -(5 * 3600 + 30 * 60)), ("+14:00", 14 * 3600), ("America/New_York", -5 * 3600),
        ])
    func resolves(name: String, offset: Int) throws {
        let zone = try #require(TrendTimeZone.parse(name))
        #expect(zone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_705_320_000)) == offset)
    }

    @Test(
        "anything else is no zone",
        arguments: ["Mars/Olympus", "", "+8", "+15:00", "+08:60", "08:00", "+08-00", "UTC+8 please", "-"])
    func rejects(name: String) {
        #expect(TrendTimeZone.parse(name) == nil)
    }
}

@Suite("Publication instants in the store")
struct PublishedInstantTests {
    @Test(
        "UTC instants are written to the second and read back",
        arguments: [
            (1_708_299_000.0, "2024-02-18T23:30:00Z"), (0.0, "1970-01-01T00:00:00Z"),
            (-1.0, "1969-12-31T23:59:59Z"), (1_708_299_000.75, "2024-02-18T23:30:00Z"),
        ])
    func instantText(seconds: Double, text: String) {
        #expect(UTCInstantText.format(Date(timeIntervalSince1970: seconds)) == text)
        #expect(UTCInstantText.seconds(text) == Int(seconds.rounded(.down)))
    }

    @Test("text in another form is not a stored instant", arguments: ["2024-02-18", "2024-02-18T23:30:00+08:00", ""])
    func notInstantText(text: String) {
        #expect(UTCInstantText.seconds(text) == nil)
    }

    @Test("the schema adds published_at in its own migration after the shipped v1")
    func migrations() throws {
        #expect(SQLiteStore.migrator.migrations.prefix(2) == ["v1-documents", "v2-published-at"])
        let store = try SQLiteStore(inMemoryNamed: "instant-\(UUID().uuidString)")
        let columns = try store.database.read { db in try db.columns(in: "document").map(\.name) }
        #expect(columns.contains("published_at"))
    }

    @Test("a document's instant is stored and listed; a day-only document has none")
    func listed() throws {
        let store = try SQLiteStore(inMemoryNamed: "instant-\(UUID().uuidString)")
        var timed = document("Shares rose.", published: Day("2024-02-19"))
        timed.publishedAt = Date(timeIntervalSince1970: 1_708_299_000)
        _ = try store.apply([timed, document("Shares fell.", published: Day("2024-02-18"))])
        let listed = try store.documents(DocumentQuery())
        #expect(listed.map(\.publishedAt) == [nil, Date(timeIntervalSince1970: 1_708_299_000)])
        let stored = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT published_at FROM document WHERE published_at IS NOT NULL")
        }
        #expect(stored == ["2024-02-18T23:30:00Z"])
    }

    @Test("an instant is stored, listed, and updated in place on re-ingest", arguments: Engine.allCases)
    func updated(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([document("Shares rose.", published: Day("2024-02-19"))])
            #expect(try store.documents(DocumentQuery()).map(\.publishedAt) == [nil])
            var timed = document("Shares rose.", published: Day("2024-02-19"))
            timed.publishedAt = Date(timeIntervalSince1970: 1_708_299_000)
            #expect(try store.apply([timed]).updated == 1)
            #expect(try store.apply([timed]).unchanged == 1)
            #expect(try store.documents(DocumentQuery()).map(\.publishedAt) == [timed.publishedAt])
            #expect(
                try store.lookup(contentHashes: [timed.contentHash]).values.map(\.publishedAt) == [timed.publishedAt])
        }
    }
}

@Suite("Trend periods in a time zone")
struct TrendInZoneTests {
    /// 2024-02-18T23:30:00Z: Sunday night in UTC, Monday morning (07:30) in Shanghai.
    static let lateSunday = Date(timeIntervalSince1970: 1_708_299_000)

    /// Runs `body` on a fresh store of `engine` holding the fixture documents.
    func withFixture<T>(_ engine: Engine, _ body: (any Store) throws -> T) throws -> T {
        try withStore(engine) { store in
            var timed = scored([("Sora impressed.", 0.6)], source: "scmp", score: 0.6, published: "2024-02-18")
            timed.publishedAt = Self.lateSunday
            _ = try store.apply([
                timed,
                // Known only by its day: the same day in every zone.
                scored([("Costs rose.", -0.4)], source: "faz", score: -0.4, published: "2024-02-18"),
            ])
            return try body(store)
        }
    }

    func weeks(_ store: any Store, zone: String, from: Day? = nil) throws -> [String] {
        let query = TrendQuery(every: .week, from: from, timeZone: try #require(TrendTimeZone.parse(zone)))
        return try store.trend(query).map { "\($0.source ?? "all") \($0.periodStart)" }
    }

    @Test("in UTC a document published 2024-02-18T23:30:00Z is in the week of 2024-02-12", arguments: Engine.allCases)
    func utc(engine: Engine) throws {
        try withFixture(engine) { (store: any Store) throws in
            #expect(try weeks(store, zone: "UTC") == ["faz 2024-02-12", "scmp 2024-02-12"])
        }
    }

    @Test(
        "in Asia/Shanghai (and at +08:00) it is Monday 2024-02-19; the day-only document stays",
        arguments: Engine.allCases)
    func shanghai(engine: Engine) throws {
        try withFixture(engine) { (store: any Store) throws in
            #expect(try weeks(store, zone: "Asia/Shanghai") == ["faz 2024-02-12", "scmp 2024-02-19"])
            #expect(try weeks(store, zone: "+08:00") == ["faz 2024-02-12", "scmp 2024-02-19"])
            #expect(try weeks(store, zone: "America/New_York") == ["faz 2024-02-12", "scmp 2024-02-12"])
            // A fixed offset west of UTC: 23:30Z is 18:00 at -05:30, still Sunday.
            #expect(try weeks(store, zone: "-05:30") == ["faz 2024-02-12", "scmp 2024-02-12"])
        }
    }

    @Test(
        "--from counts local days: 2024-02-19 keeps the document in Shanghai, not in UTC", arguments: Engine.allCases)
    func fromInZone(engine: Engine) throws {
        try withFixture(engine) { (store: any Store) throws in
            #expect(try weeks(store, zone: "Asia/Shanghai", from: Day("2024-02-19")) == ["scmp 2024-02-19"])
            #expect(try weeks(store, zone: "UTC", from: Day("2024-02-19")) == [])
        }
    }

    @Test("Berlin's offset is taken at each instant: +1 in winter, +2 in summer", arguments: Engine.allCases)
    func daylightSaving(engine: Engine) throws {
        try withStore(engine) { store in
            // 22:30Z is 23:30 in January (CET) but 00:30 the next day in July (CEST).
            var winter = scored([("Shares rose.", 0.2)], source: "faz", score: 0.2, published: "2024-01-15")
            winter.publishedAt = Date(timeIntervalSince1970: 1_705_357_800)  // 2024-01-15T22:30:00Z
            var summer = scored([("Shares fell.", -0.2)], source: "faz", score: -0.2, published: "2024-07-15")
            summer.publishedAt = Date(timeIntervalSince1970: 1_721_082_600)  // 2024-07-15T22:30:00Z
            _ = try store.apply([winter, summer])
            let berlin = try #require(TrendTimeZone.parse("Europe/Berlin"))
            let days = try store.trend(TrendQuery(every: .day, timeZone: berlin)).map(\.periodStart.description)
            #expect(days == ["2024-01-15", "2024-07-16"])
        }
    }

    @Test(
        "the trend query itself, in a zone and with bounds, still searches the publication index",
        arguments: [[], ["scmp"]])
    func usesIndex(sources: [String]) throws {
        // SQLite's plan: the query's shape, not its rows, decides it.
        let store = try SQLiteStore(inMemoryNamed: "trend-plan-\(UUID().uuidString)")
        let query = TrendQuery(
            every: .week, sources: sources, from: Day("2024-02-01"), to: Day("2024-02-29"),
            timeZone: try #require(TrendTimeZone.parse("Asia/Shanghai")))
        let (sql, arguments) = SQLiteStore.trendStatement(query)
        let plan = try store.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX document_on") && $0.contains("published>?") }, "\(plan)")
    }

    @Test("a zone with one offset is plain SQLite date arithmetic; one with transitions calls the function")
    func localDayExpression() throws {
        for fixed in ["UTC", "+08:00", "-05:30"] {
            let expression = SQLiteStore.localDay(in: try #require(TrendTimeZone.parse(fixed)))
            #expect(!expression.sql.contains("barometer_local_day") && expression.arguments.isEmpty, "\(fixed)")
        }
        let berlin = SQLiteStore.localDay(in: try #require(TrendTimeZone.parse("Europe/Berlin")))
        #expect(berlin.sql.contains("barometer_local_day") && berlin.arguments == ["Europe/Berlin"])
    }

    @Test("the local day function: the instant shifted by the zone, else the stored day")
    func localDay() throws {
        let store = try SQLiteStore(inMemoryNamed: "local-day-\(UUID().uuidString)")
        let days = try store.database.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT barometer_local_day('2024-02-18T23:30:00Z', '2024-02-18', 'Asia/Shanghai')
                    UNION ALL SELECT barometer_local_day('2024-02-18T23:30:00Z', '2024-02-18', 'GMT')
                    UNION ALL SELECT barometer_local_day(NULL, '2024-02-18', 'Asia/Shanghai')
                    UNION ALL SELECT barometer_local_day('2024-02-19T03:00:00Z', '2024-02-19', 'GMT-0530')
                    """)
        }
        #expect(days == ["2024-02-19", "2024-02-18", "2024-02-18", "2024-02-18"])
        #expect(throws: DatabaseError.self) {
            try store.database.read { db in
                try String.fetchOne(db, sql: "SELECT barometer_local_day('2024-02-18T23:30:00Z', NULL, 'Mars/Olympus')")
            }
        }
    }
}
