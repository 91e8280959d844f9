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
    func store() throws -> SQLiteStore {
        let store = try SQLiteStore(inMemoryNamed: "trend-\(UUID().uuidString)")
        _ = try store.apply([
            scored([("Sora impressed.", 0.6)], source: "scmp", score: 0.6, published: "2024-02-19"),  // Monday
            scored([("Sora worried.", -0.2)], source: "scmp", score: -0.2, published: "2024-02-25"),  // Sunday
            scored([("Costs rose.", -0.4)], source: "scmp", score: -0.4, published: "2024-02-26"),  // next Monday
            scored([("Sora überzeugt.", 0.5)], source: "faz", score: 0.5, published: "2024-02-21"),
        ])
        return store
    }

    @Test("weeks group by the SQL ISO week, per source")
    func weekly() throws {
        let buckets = try store().trend(TrendQuery(every: .week))
        #expect(buckets.map(\.source) == ["faz", "scmp", "scmp"])
        #expect(buckets.map(\.periodStart.description) == ["2024-02-19", "2024-02-19", "2024-02-26"])
        #expect(buckets.map(\.documents) == [1, 2, 1])
        #expect(abs(buckets[1].scoreSum - 0.4) < 1e-12)
    }

    @Test("overall is one series")
    func overall() throws {
        let buckets = try store().trend(TrendQuery(every: .month, overall: true))
        #expect(buckets.count == 1)
        #expect(buckets[0].source == nil && buckets[0].documents == 4)
    }

    @Test("a term keeps only documents with a mentioning sentence")
    func term() throws {
        let buckets = try store().trend(TrendQuery(every: .month, term: "sora", overall: true))
        #expect(buckets.map(\.documents) == [3])
    }

    @Test("the trend query uses the publication index")
    func usesIndex() throws {
        let store = try store()
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
