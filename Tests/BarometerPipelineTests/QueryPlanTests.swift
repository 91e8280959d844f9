import BarometerStore
import BarometerText
import Testing

@testable import BarometerPipeline

/// Every listing and trend reads the store through an index, never by scanning a stored table row by row: the
/// plans SQLite chooses for the seed store, the same schema a store of 100,000 articles has (the query benchmark,
/// `BarometerBenchmarks queries`, prints these plans at that size with timings).
@Suite("Query plans on the seed store")
struct QueryPlanTests {
    static let february = (from: Day("2024-02-01")!, to: Day("2024-02-29")!)

    static let queries: [(name: String, run: @Sendable (SQLiteStore) throws -> Void)] = [
        ("trend by week", { _ = try $0.trend(TrendQuery(every: .week, from: february.from, to: february.to)) }),
        ("trend of one source", { _ = try $0.trend(TrendQuery(every: .month, sources: ["scmp"])) }),
        ("trend on a term", { _ = try $0.trend(TrendQuery(every: .week, from: february.from, term: "Sora")) }),
        ("trend on a subject", { _ = try $0.trend(TrendQuery(every: .week, from: february.from, subject: "sora")) }),
        (
            "figures of February",
            { _ = try $0.mentions(MentionQuery(from: february.from, to: february.to, kinds: ["money", "percent"])) }
        ),
        ("figures of one source", { _ = try $0.mentions(MentionQuery(sources: ["scmp"])) }),
        (
            "timeline of February",
            { _ = try $0.mentions(MentionQuery(from: february.from, to: february.to, eventsOnly: true)) }
        ),
        ("timeline of a subject", { _ = try $0.mentions(MentionQuery(subject: "aisphere", eventsOnly: true)) }),
        (
            "sentence scores of one source",
            { _ = try $0.sentenceScores(SentimentQuery(sources: ["toi-tech"], from: february.from)) }
        ),
        (
            "source scores of February",
            { _ = try $0.sourceScores(SentimentQuery(from: february.from, to: february.to)) }
        ),
        ("entity scores", { _ = try $0.entityScores(SentimentQuery(from: february.from), terms: ["Sora", "OpenAI"]) }),
    ]

    @Test("no query scans a stored table without an index", arguments: queries.indices)
    func indexed(query: Int) throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        #expect(ingest([seedsFolder], into: store).outcome.new == 5)
        let (name, run) = Self.queries[query]
        let plans = try store.queryPlans { try run(store) }
        #expect(!plans.isEmpty, "\(name): no query recorded")
        for plan in plans {
            #expect(plan.fullScans.isEmpty, "\(name): \(plan.fullScans) in\n\(plan.steps.joined(separator: "\n"))")
        }
    }

    @Test("a full scan is a SCAN of a stored table without an index; index scans and subqueries are not")
    func classifiesScans() {
        let plan = QueryPlan(
            sql: "",
            steps: [
                "SCAN d", "  SCAN s USING INDEX sqlite_autoindex_sentence_1", "SEARCH m USING INDEX x (document_id=?)",
                "SCAN x", "  SCAN mention", "USE TEMP B-TREE FOR ORDER BY",
            ])
        #expect(plan.fullScans == ["SCAN d", "SCAN mention"])
    }

    @Test("every query a listing runs is recorded, in order")
    func recordsEveryQuery() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let plans = try store.queryPlans {
            _ = try store.entityScores(SentimentQuery(), terms: ["Sora", "OpenAI", "ByteDance"])
        }
        #expect(plans.count == 3)
        #expect(plans.allSatisfy { $0.sql.contains("instr(lower(s.text)") && !$0.steps.isEmpty })
    }
}
