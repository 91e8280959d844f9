import BarometerText
import Foundation
import GRDB
import Testing

@testable import BarometerStore

@Suite("Trend periods")
struct TrendPeriodTests {
    @Test(
        "ISO weeks start on Monday, also across a year's end",
        arguments: [
            ("2024-02-19", "2024-02-19"), ("2024-02-25", "2024-02-19"), ("2024-02-26", "2024-02-26"),
            ("2021-01-03", "2020-12-28"), ("2024-12-31", "2024-12-30"),
        ])
    func weeks(day: String, monday: String) {
        #expect(TrendPeriod.week.start(of: Day(day)!) == Day(monday)!)
        #expect(TrendPeriod.week.end(startingAt: Day(monday)!) == Day(monday)!.adding(days: 6))
    }

    @Test("months end on their last day, February of leap years included")
    func months() {
        #expect(TrendPeriod.month.start(of: Day("2024-02-20")!) == Day("2024-02-01")!)
        #expect(TrendPeriod.month.end(startingAt: Day("2024-02-01")!) == Day("2024-02-29")!)
        #expect(TrendPeriod.month.next(after: Day("2024-12-01")!) == Day("2025-01-01")!)
    }
}

@Suite("Trend aggregation in SQL")
struct TrendQueryTests {
    /// Runs `body` on a fresh store of `engine` holding the fixture documents.
    func withFixture<T>(_ engine: Engine, _ body: (any Store) throws -> T) throws -> T {
        try withStore(engine) { store in
            _ = try store.apply([
                scored([("Sora impressed.", 0.6)], source: "scmp", score: 0.6, published: "2024-02-19"),  // Monday
                scored([("Sora worried.", -0.2)], source: "scmp", score: -0.2, published: "2024-02-25"),  // Sunday
                scored([("Costs rose.", -0.4)], source: "scmp", score: -0.4, published: "2024-02-26"),  // next Monday
                scored([("Sora überzeugt.", 0.5)], source: "faz", score: 0.5, published: "2024-02-21"),
            ])
            return try body(store)
        }
    }

    @Test("weeks group by the SQL ISO week, per source", arguments: Engine.allCases)
    func weekly(engine: Engine) throws {
        let buckets = try withFixture(engine) { try $0.trend(TrendQuery(every: .week)) }
        #expect(buckets.map(\.source) == ["faz", "scmp", "scmp"])
        #expect(buckets.map(\.periodStart.description) == ["2024-02-19", "2024-02-19", "2024-02-26"])
        #expect(buckets.map(\.documents) == [1, 2, 1])
        #expect(abs(buckets[1].scoreSum - 0.4) < 1e-12)
    }

    @Test("days and months start where the calendar says, across a year's end", arguments: Engine.allCases)
    func periods(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([
                scored([("Up.", 0.5)], source: "a", score: 0.5, published: "2020-12-31"),
                scored([("Down.", -0.5)], source: "a", score: -0.5, published: "2021-01-03"),
            ])
            let weeks = try store.trend(TrendQuery(every: .week))
            #expect(weeks.map(\.periodStart.description) == ["2020-12-28"])
            let months = try store.trend(TrendQuery(every: .month))
            #expect(months.map(\.periodStart.description) == ["2020-12-01", "2021-01-01"])
            let days = try store.trend(TrendQuery(every: .day))
            #expect(days.map(\.periodStart.description) == ["2020-12-31", "2021-01-03"])
            #expect(days.map(\.positive) == [1, 0] && days.map(\.negative) == [0, 1])
        }
    }

    @Test("overall is one series", arguments: Engine.allCases)
    func overall(engine: Engine) throws {
        let buckets = try withFixture(engine) { try $0.trend(TrendQuery(every: .month, overall: true)) }
        #expect(buckets.count == 1)
        #expect(buckets[0].source == nil && buckets[0].documents == 4)
    }

    @Test("a term keeps only documents with a mentioning sentence", arguments: Engine.allCases)
    func term(engine: Engine) throws {
        let buckets = try withFixture(engine) { try $0.trend(TrendQuery(every: .month, term: "sora", overall: true)) }
        #expect(buckets.map(\.documents) == [3])
        #expect(buckets.map(\.sentences) == [3])
    }

    @Test("the trend query uses the publication index")
    func usesIndex() throws {
        // SQLite only: its planner's choice is stable on a small table; PostgreSQL's scans a table this small.
        let store = try SQLiteStore(inMemoryNamed: "trend-\(UUID().uuidString)")
        let plan = try store.database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    EXPLAIN QUERY PLAN SELECT * FROM document d
                    WHERE d.is_current = 1 AND d.published IS NOT NULL AND d.published >= '2024-02-01'
                    """
            )
        }
        let details = plan.map { $0["detail"] as String }
        #expect(details.joined().contains("document_on_published"), "\(details)")
    }
}
