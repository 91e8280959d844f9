import BarometerText
import Foundation
import GRDB
import Testing

@testable import BarometerStore

@Suite("Caseless term match")
struct CaselessMatchTests {
    @Test(
        "a term matches whatever its case, in every script",
        arguments: [
            ("Sora überzeugt die Fachwelt", "ÜBERZEUGT", true),
            ("OpenAI released Sora", "openai", true),
            ("索拉指数首个交易日上涨11.4%", "指数", true),
            ("ＡＢＣ公司的营收增长", "ａｂｃ", true),
            ("Η ΑΘΗΝΑ ανεβαίνει", "αθηνα", true),
            ("ÄRGER bei VW", "ärger", true),
            ("Bank of China", "", true),
        ])
    func matches(text: String, term: String, expected: Bool) throws {
        #expect(CaselessMatch.contains(text, term) == expected)
        #expect(try matchesInSQL(text, term) == expected)
    }

    @Test(
        "a term does not match text that lacks it",
        arguments: [
            ("Sora", "sorai"), ("bank", "banks"), ("索拉指数", "指标"), ("Ärger", "arger"), ("ab", "abc"),
            ("OpenAI", "open ai"),
        ])
    func misses(text: String, term: String) throws {
        #expect(!CaselessMatch.contains(text, term))
        #expect(try !matchesInSQL(text, term))
    }

    @Test("the SQL condition takes the fastest exact form for the term")
    func forms() {
        #expect(SQLiteStore.mentions("市场").sql == "instr(s.text, ?) > 0")
        #expect(SQLiteStore.mentions("Bank").sql == "instr(lower(s.text), ?) > 0")
        #expect(SQLiteStore.mentions("Bank").arguments == ["bank"])
        #expect(SQLiteStore.mentions("Überraschung").sql == "barometer_mentions(s.text, ?)")
    }

    /// The condition the store's queries use, evaluated by SQLite on `text`.
    func matchesInSQL(_ text: String, _ term: String) throws -> Bool {
        let store = try SQLiteStore(inMemoryNamed: "match-\(UUID().uuidString)")
        let match = SQLiteStore.mentions(term, in: "?")
        return try store.database.read { db in
            try Bool.fetchOne(db, sql: "SELECT " + match.sql, arguments: [text] + match.arguments) ?? false
        }
    }
}

@Suite("Migration v3-query-indexes")
struct QueryIndexMigrationTests {
    @Test("a store made before v3 gets its figure counts and mention days filled in")
    func backfill() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barometer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(queue, upTo: "v2-published-at")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO document (id, content_hash, lineage, source, language, language_detected,
                            published, published_inferred, origin, text, characters, excluded_characters,
                            sentence_count, score, extractor_version, lexicon_version, ingested_at, updated_at)
                        VALUES (1, 'h', 'l', 'scmp', 'en', 0, '2024-02-20', 0, 'a.txt',
                            'Revenue rose 12% in 2023.', 25, 0, 1, 0.5, 'x', 'y', '', '');
                        INSERT INTO mention (document_id, idx, sentence_idx, kind, text, start, "end", approximate,
                            date_start, date_end, when_start, when_end)
                        VALUES (1, 0, 0, 'percent', '12%', 13, 16, 0, NULL, NULL, '2023-01-01', '2023-12-31'),
                               (1, 1, 0, 'date', '2023', 20, 24, 0, '2023-01-01', '2023-12-31', NULL, NULL),
                               (1, 2, 0, 'number', '7', 0, 1, 0, NULL, NULL, NULL, NULL);
                        """)
            }
        }
        let store = try SQLiteStore(path: path)
        let buckets = try store.trend(TrendQuery(every: .month, overall: true))
        #expect(buckets.map(\.figures) == [2])
        let inJune = try store.mentions(MentionQuery(from: Day("2023-06-01"), to: Day("2023-06-30")))
        #expect(inJune.map(\.mention.text) == ["12%", "2023"])
        #expect(try store.mentions(MentionQuery(from: Day("2024-01-01"))).isEmpty)
    }
}
