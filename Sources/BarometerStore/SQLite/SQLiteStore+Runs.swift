import BarometerText
import Foundation
import GRDB

extension SQLiteStore {
    public func staleDocuments(extractorVersion: String, lexiconVersion: String, limit: Int) throws -> [StaleDocument] {
        try read("find documents to re-analyse") { db in
            try DocumentRecord
                .filter(
                    sql: "is_current = 1 AND (extractor_version <> ? OR lexicon_version <> ?)",
                    arguments: [extractorVersion, lexiconVersion]
                )
                .order(DocumentRecord.Columns.id)
                .limit(limit)
                .fetchAll(db)
                .map { record in
                    StaleDocument(
                        id: record.id ?? 0, contentHash: record.contentHash, lineage: record.lineage,
                        source: record.source,
                        givenLanguage: record.languageDetected ? nil : Language(code: record.language),
                        givenPublished: record.publishedInferred ? nil : record.published.flatMap(Day.init),
                        title: record.title, url: record.url, origin: record.origin, text: record.text)
                }
        }
    }

    public func replaceAnalysis(_ batch: [(id: Int64, document: StoredDocument)]) throws {
        let timestamp = ISO8601DateFormatter().string(from: Date())
        try write("re-analyse \(batch.count) documents") { db in
            for (id, document) in batch {
                guard var record = try DocumentRecord.fetchOne(db, key: id) else { continue }
                for table in ["sentence", "excluded_range", "mention"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE document_id = ?", arguments: [id])
                }
                let fresh = DocumentRecord(document, version: record.version, timestamp: timestamp)
                record.language = fresh.language
                record.languageDetected = fresh.languageDetected
                record.published = fresh.published
                record.publishedInferred = fresh.publishedInferred
                record.title = fresh.title
                record.excludedCharacters = fresh.excludedCharacters
                record.sentenceCount = fresh.sentenceCount
                record.figureCount = fresh.figureCount
                record.score = fresh.score
                record.positive = fresh.positive
                record.negative = fresh.negative
                record.neutral = fresh.neutral
                record.label = fresh.label
                record.extractorVersion = fresh.extractorVersion
                record.lexiconVersion = fresh.lexiconVersion
                record.updatedAt = timestamp
                try record.update(db)
                try Self.insertAnalysis(of: document, documentID: id, in: db)
            }
        }
    }

    public func startRun(command: String, extractorVersion: String, lexiconVersion: String) throws -> Int64 {
        let timestamp = ISO8601DateFormatter().string(from: Date())
        return try write("record the start of a run") { db in
            try db.execute(
                sql: "UPDATE run SET status = ?, message = ? WHERE status = ?",
                arguments: [
                    RunStatus.abandoned.rawValue, "the process ended without recording how (killed?)",
                    RunStatus.running.rawValue,
                ])
            try db.execute(
                sql: """
                    INSERT INTO run (command, started_at, status, extractor_version, lexicon_version)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [command, timestamp, RunStatus.running.rawValue, extractorVersion, lexiconVersion])
            return db.lastInsertedRowID
        }
    }

    public func finishRun(id: Int64, status: RunStatus, counts: RunCounts, message: String?) throws {
        let timestamp = ISO8601DateFormatter().string(from: Date())
        try write("record the end of a run") { db in
            try db.execute(
                sql: """
                    UPDATE run SET finished_at = ?, status = ?, new = ?, revised = ?, updated = ?, rescored = ?,
                        unchanged = ?, failed = ?, message = ?
                    WHERE id = ?
                    """,
                arguments: [
                    timestamp, status.rawValue, counts.new, counts.revised, counts.updated, counts.rescored,
                    counts.unchanged, counts.failed, message, id,
                ])
        }
    }

    public func runs(limit: Int) throws -> [RunSummary] {
        let parser = ISO8601DateFormatter()
        return try read("list runs") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                let started: String = row["started_at"]
                let finished: String? = row["finished_at"]
                var duration: Double?
                if let finished, let end = parser.date(from: finished), let start = parser.date(from: started) {
                    duration = end.timeIntervalSince(start)
                }
                return RunSummary(
                    id: row["id"], command: row["command"], startedAt: started, finishedAt: finished,
                    status: RunStatus(rawValue: row["status"]) ?? .abandoned,
                    counts: RunCounts(
                        new: row["new"], revised: row["revised"], updated: row["updated"], rescored: row["rescored"],
                        unchanged: row["unchanged"], failed: row["failed"]),
                    extractorVersion: row["extractor_version"], lexiconVersion: row["lexicon_version"],
                    durationSeconds: duration, message: row["message"])
            }
        }
    }

    public func sizeInBytes() throws -> Int64? {
        guard path != ":memory:" else { return nil }
        var total: Int64 = 0
        for suffix in ["", "-wal"] {
            if let size = try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int64 {
                total += size
            }
        }
        return total
    }
}
