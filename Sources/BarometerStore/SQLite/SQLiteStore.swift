import BarometerText
import Foundation
import GRDB

/// The embedded store: one SQLite file, opened through GRDB.
///
///     let store = try SQLiteStore(path: "barometer.sqlite")
///     let outcome = try store.apply(documents)   // one transaction
public final class SQLiteStore: Store {
    public let path: String
    let database: DatabaseQueue

    /// How long a writer waits for another process's lock before giving up (seconds). Long enough for a
    /// concurrent batch of a few hundred documents to commit; short enough that a stuck lock is reported.
    static let busyTimeout: TimeInterval = 10

    /// Opens the store at `path`, creating it and migrating it to the current schema.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            db.add(function: mentionsFunction)
            db.add(function: localDayFunction)
            // WAL lets analysts read while a nightly run writes; NORMAL sync is durable with WAL on commit.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrate(database, path: path)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path, operation: "open")
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, detail: error.localizedDescription)
        }
    }

    /// An in-memory store, for tests.
    public init(inMemoryNamed name: String = "barometer") throws {
        path = ":memory:"
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            db.add(function: mentionsFunction)
            db.add(function: localDayFunction)
        }
        database = try DatabaseQueue(named: name, configuration: configuration)
        try Self.migrate(database, path: path)
    }

    private static func migrate(_ database: DatabaseQueue, path: String) throws {
        let migrator = Self.migrator
        let unknown = try database.read { db -> String? in
            let applied = try migrator.appliedIdentifiers(db)
            let known = Set(migrator.migrations)
            return applied.first { !known.contains($0) }
        }
        if let unknown { throw StoreError.newerSchema(path: path, migration: unknown) }
        try migrator.migrate(database)
    }

    public func engineDescription() throws -> String {
        let version = try read("read the engine version") { db in
            try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?"
        }
        return "SQLite \(version)"
    }

    public func lookup(contentHashes: [String]) throws -> [String: DocumentMetadata] {
        guard !contentHashes.isEmpty else { return [:] }
        return try read("look up documents") { db in
            var found: [String: DocumentMetadata] = [:]
            // Chunked to stay under SQLite's host-parameter limit.
            for start in stride(from: 0, to: contentHashes.count, by: 500) {
                let chunk = Array(contentHashes[start..<min(start + 500, contentHashes.count)])
                let records = try DocumentRecord.filter(chunk.contains(DocumentRecord.Columns.contentHash))
                    .fetchAll(db)
                for record in records { found[record.contentHash] = record.metadata }
            }
            return found
        }
    }

    public func apply(_ batch: [StoredDocument]) throws -> BatchOutcome {
        let timestamp = ISO8601DateFormatter().string(from: Date())
        return try write("store a batch of \(batch.count) documents") { db in
            var outcome = BatchOutcome()
            for document in batch {
                try Self.apply(document, timestamp: timestamp, in: db, outcome: &outcome)
            }
            return outcome
        }
    }

    private static func apply(
        _ document: StoredDocument, timestamp: String, in db: Database, outcome: inout BatchOutcome
    ) throws {
        let existing = try DocumentRecord.filter(DocumentRecord.Columns.contentHash == document.contentHash)
            .fetchOne(db)
        if var existing {
            // Same text and source: the identity is stored. Metadata the input gives may have changed; what it
            // leaves open (a detected language, an inferred date, no title) keeps its stored value.
            var changed = false
            let merged = existing.metadata.overlaid(by: document)
            if merged != existing.metadata {
                existing.take(merged, timestamp: timestamp)
                changed = true
            }
            if !existing.isCurrent {
                // The text went back to an earlier version: that version is current again.
                try db.execute(
                    sql: "UPDATE document SET is_current = 0 WHERE lineage = ? AND is_current = 1",
                    arguments: [existing.lineage])
                existing.isCurrent = true
                existing.updatedAt = timestamp
                changed = true
            }
            if changed {
                try existing.update(db)
                outcome.updated += 1
            } else {
                outcome.unchanged += 1
            }
            return
        }

        let previous = try DocumentRecord.filter(DocumentRecord.Columns.lineage == document.lineage)
            .order(DocumentRecord.Columns.version.desc)
            .fetchOne(db)
        if let previous {
            // New text for a stored document: keep the previous versions, mark this one current.
            try db.execute(
                sql: "UPDATE document SET is_current = 0 WHERE lineage = ?", arguments: [document.lineage])
            outcome.revised += 1
            try insert(document, version: previous.version + 1, timestamp: timestamp, in: db)
        } else {
            outcome.new += 1
            try insert(document, version: 1, timestamp: timestamp, in: db)
        }
    }

    private static func insert(_ document: StoredDocument, version: Int, timestamp: String, in db: Database) throws {
        var record = DocumentRecord(document, version: version, timestamp: timestamp)
        try record.insert(db)
        guard let id = record.id else { preconditionFailure("inserted document has no id") }
        try insertAnalysis(of: document, documentID: id, in: db)
    }

    /// Inserts the sentences, excluded ranges and mentions of a document.
    static func insertAnalysis(of document: StoredDocument, documentID id: Int64, in db: Database) throws {
        for sentence in document.sentences {
            try SentenceRecord(documentId: id, sentence).insert(db)
        }
        for excluded in document.excluded {
            try ExcludedRangeRecord(
                documentId: id, start: excluded.range.start, end: excluded.range.end, kind: excluded.kind.rawValue
            ).insert(db)
        }
        for (index, mention) in document.mentions.enumerated() {
            try MentionRecord(documentId: id, index: index, mention).insert(db)
        }
    }

    public func forEachDocument(_ query: DocumentQuery, _ body: (DocumentSummary) throws -> Void) throws {
        try read("list documents") { db in
            var request = DocumentRecord.all()
            if !query.allVersions { request = request.current() }
            if !query.sources.isEmpty {
                request = request.filter(query.sources.contains(DocumentRecord.Columns.source))
            }
            if let language = query.language {
                request = request.filter(DocumentRecord.Columns.language == language.code)
            }
            if let from = query.from { request = request.filter(DocumentRecord.Columns.published >= from.description) }
            if let to = query.to { request = request.filter(DocumentRecord.Columns.published <= to.description) }
            request = request.order(DocumentRecord.Columns.published.ascNullsLast, DocumentRecord.Columns.id)
            if let limit = query.limit { request = request.limit(limit) }
            // The summary's columns only: the text stays in the database.
            request = request.select(DocumentRecord.summaryColumns)
            let cursor = try Row.fetchCursor(db, request)
            while let row = try cursor.next() { try body(DocumentRecord.summary(row)) }
        }
    }

    public func excludedRanges(documentID: Int64) throws -> [ExcludedRange] {
        try read("read excluded ranges") { db in
            try ExcludedRangeRecord.filter(ExcludedRangeRecord.Columns.documentId == documentID)
                .order(ExcludedRangeRecord.Columns.start)
                .fetchAll(db)
                .map {
                    ExcludedRange(
                        range: ScalarRange(start: $0.start, end: $0.end),
                        kind: FurnitureKind(rawValue: $0.kind) ?? .metadata)
                }
        }
    }

    // MARK: - Access with errors in the store's terms

    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path, operation: operation)
        }
    }

    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path, operation: operation)
        }
    }

    static func storeError(_ error: DatabaseError, path: String, operation: String) -> StoreError {
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_FULL, .SQLITE_READONLY, .SQLITE_IOERR:
            return .cannotWrite(path: path, detail: detail)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return .cannotOpen(path: path, detail: detail)
        default:
            return .database(path: path, operation: operation, detail: detail)
        }
    }
}
