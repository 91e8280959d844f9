import BarometerText
import Foundation
import GRDB
import Testing

@testable import BarometerStore

/// A document as the pipeline would hand it to the store.
func document(
    _ text: String, source: String = "scmp", lineage: String? = nil, title: String? = nil,
    published: Day? = Day("2024-02-20")
) -> StoredDocument {
    StoredDocument(
        contentHash: "hash:\(source):\(text)", lineage: lineage ?? "\(source)\t\(text)", source: source,
        language: .english, languageDetected: false, published: published, publishedInferred: false, title: title,
        url: nil, origin: "test.txt", text: text,
        excluded: [ExcludedRange(range: ScalarRange(start: 0, end: 2), kind: .sourceTag)],
        sentences: [
            StoredSentence(
                index: 0, range: ScalarRange(start: 0, end: text.unicodeScalars.count), text: text, score: nil)
        ],
        mentions: [], score: StoredScore(score: 0.5, positive: 0.5, negative: 0, neutral: 0.5, label: "positive"),
        extractorVersion: "x", lexiconVersion: "y")
}

/// A store in a real SQLite file in a fresh temporary folder.
func temporaryStore() throws -> (SQLiteStore, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barometer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("store.sqlite").path
    return (try SQLiteStore(path: path), folder)
}

/// What only the SQLite engine does (files, locks, its own migrations table); what every engine does is in
/// `StoreConformanceTests`.
@Suite("SQLite store")
struct SQLiteStoreTests {
    @Test("a failure inside a batch leaves the store exactly as before the batch")
    func batchIsATransaction() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.apply([document("Kept.")])
        // A trigger stands in for a failure mid-batch (disk full, constraint): the third document fails.
        try store.database.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER fail_on_boom BEFORE INSERT ON document WHEN NEW.title = 'boom'
                    BEGIN SELECT RAISE(ABORT, 'boom'); END
                    """)
        }
        #expect(throws: StoreError.self) {
            try store.apply([document("One."), document("Two."), document("Three.", title: "boom")])
        }
        #expect(try store.documents(DocumentQuery()).map(\.title) == [nil])
        let sentences = try store.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sentence") }
        #expect(sentences == 1)
    }

    @Test("a file that is not a database is reported as such, and left untouched")
    func corruptFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barometer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.sqlite").path
        let garbage = Data(String(repeating: "not a database ", count: 400).utf8)
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            guard case .corrupt(let reported, _) = error as? StoreError else { return false }
            return reported == path
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test("a store written by a newer Barometer is refused, not migrated")
    func newerSchema() throws {
        let (store, folder) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
        }
        #expect(throws: StoreError.newerSchema(path: store.path, migration: "v99-future")) {
            _ = try SQLiteStore(path: store.path)
        }
    }

    @Test("a folder that does not exist cannot hold a store")
    func missingFolder() throws {
        #expect(throws: StoreError.self) {
            _ = try SQLiteStore(path: "/nonexistent-\(UUID().uuidString)/store.sqlite")
        }
    }

    @Test("the engine names itself with its version")
    func engine() throws {
        let store = try SQLiteStore(inMemoryNamed: #function)
        #expect(try store.engineDescription().hasPrefix("SQLite 3."))
    }
}

@Suite("Store location")
struct StoreLocationTests {
    @Test("--db wins, then BAROMETER_DB, then ./barometer.sqlite")
    func precedence() {
        #expect(StoreLocation.resolve(flag: "a.sqlite", environment: ["BAROMETER_DB": "b.sqlite"]) == "a.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: ["BAROMETER_DB": "b.sqlite"]) == "b.sqlite")
        #expect(StoreLocation.resolve(flag: nil, environment: [:]) == "barometer.sqlite")
        #expect(StoreLocation.resolve(flag: "", environment: ["BAROMETER_DB": ""]) == "barometer.sqlite")
    }
}
