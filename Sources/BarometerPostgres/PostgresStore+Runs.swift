import BarometerStore
import BarometerText
import Foundation
import PostgresNIO

extension PostgresStore {
    public func staleDocuments(extractorVersion: String, lexiconVersion: String, limit: Int) throws -> [StaleDocument] {
        var s = PostgresStatement()
        let sql = """
            SELECT id, content_hash, lineage, source, language, language_detected, published, published_inferred,
                   title, url, origin, text
            FROM document
            WHERE is_current AND (extractor_version <> \(s.bind(extractorVersion))
                  OR lexicon_version <> \(s.bind(lexiconVersion)))
            ORDER BY id LIMIT \(s.bind(limit))
            """
        return try session.query(sql, s, operation: "find documents to re-analyse").map { row in
            let row = row.makeRandomAccess()
            let detected: Bool = try row.value("language_detected")
            let inferred: Bool = try row.value("published_inferred")
            return StaleDocument(
                id: try row.value("id"), contentHash: try row.value("content_hash"), lineage: try row.value("lineage"),
                source: try row.value("source"),
                givenLanguage: detected ? nil : Language(code: try row.value("language", as: String.self)),
                givenPublished: inferred ? nil : try row.value("published", as: String?.self).flatMap(Day.init),
                title: try row.value("title"), url: try row.value("url"), origin: try row.value("origin"),
                text: try row.value("text"))
        }
    }

    public func replaceAnalysis(_ batch: [(id: Int64, document: StoredDocument)]) throws {
        let timestamp = ISO8601DateFormatter().string(from: Date())
        try session.transaction("re-analyse \(batch.count) documents") { db in
            for (id, document) in batch {
                var s = PostgresStatement()
                let updated = try db.query(
                    """
                    UPDATE document SET language = \(s.bind(document.language.code)),
                        language_detected = \(s.bind(document.languageDetected)),
                        published = \(s.bind(document.published?.description)),
                        published_inferred = \(s.bind(document.publishedInferred)),
                        title = \(s.bind(document.title)),
                        excluded_characters = \(s.bind(document.excludedCharacterCount)),
                        sentence_count = \(s.bind(document.sentences.count)),
                        figure_count = \(s.bind(document.mentions.count { $0.kind != "date" })),
                        score = \(s.bind(document.score?.score)), positive = \(s.bind(document.score?.positive)),
                        negative = \(s.bind(document.score?.negative)), neutral = \(s.bind(document.score?.neutral)),
                        label = \(s.bind(document.score?.label)),
                        extractor_version = \(s.bind(document.extractorVersion)),
                        lexicon_version = \(s.bind(document.lexiconVersion)), updated_at = \(s.bind(timestamp))
                    WHERE id = \(s.bind(id))
                    RETURNING id
                    """, s)
                guard !updated.isEmpty else { continue }
                for table in ["sentence", "excluded_range", "mention"] {
                    var delete = PostgresStatement()
                    try db.query("DELETE FROM \(table) WHERE document_id = \(delete.bind(id))", delete)
                }
                try insertAnalysis(of: document, documentID: id, in: db)
            }
        }
    }

    /// The first key of the session advisory lock a live run holds on its own id, so that another process can
    /// tell a run that still works from one whose process died.
    static let runLockNamespace: Int32 = 0x6261  // "ba"

    /// Records the start of a run. Several processes may run at once on one PostgreSQL store, so only runs whose
    /// process is gone become `abandoned`: a live run holds an advisory lock on its id for as long as its
    /// connection lives, and the kernel-like guarantee is the server's: a killed process's locks are released
    /// when its connection drops.
    public func startRun(command: String, extractorVersion: String, lexiconVersion: String) throws -> Int64 {
        let timestamp = ISO8601DateFormatter().string(from: Date())
        return try session.transaction("record the start of a run") { db in
            let running = try db.query("SELECT id FROM run WHERE status = 'running' ORDER BY id").map {
                try $0.makeRandomAccess().value("id", as: Int64.self)
            }
            for id in running {
                var probe = PostgresStatement()
                let key = probe.bind(Int32(truncatingIfNeeded: id))
                let free = try db.query(
                    "SELECT pg_try_advisory_lock(\(Self.runLockNamespace), \(key)) AS free", probe
                ).first?.makeRandomAccess().value("free", as: Bool.self)
                guard free == true else { continue }
                var abandon = PostgresStatement()
                try db.query(
                    """
                    UPDATE run SET status = \(abandon.bind(RunStatus.abandoned.rawValue)),
                        message = \(abandon.bind("the process ended without recording how (killed?)"))
                    WHERE id = \(abandon.bind(id)) AND status = 'running'
                    """, abandon)
                try db.query("SELECT pg_advisory_unlock(\(Self.runLockNamespace), \(key))", probe)
            }
            var insert = PostgresStatement()
            let id = try db.query(
                """
                INSERT INTO run (command, started_at, status, extractor_version, lexicon_version)
                VALUES (\(insert.bind(command)), \(insert.bind(timestamp)), \(insert.bind(RunStatus.running.rawValue)),
                        \(insert.bind(extractorVersion)), \(insert.bind(lexiconVersion)))
                RETURNING id
                """, insert
            ).first?.makeRandomAccess().value("id", as: Int64.self)
            guard let id else { preconditionFailure("inserted run has no id") }
            var lock = PostgresStatement()
            try db.query(
                "SELECT pg_advisory_lock(\(Self.runLockNamespace), \(lock.bind(Int32(truncatingIfNeeded: id))))",
                lock)
            return id
        }
    }

    public func finishRun(id: Int64, status: RunStatus, counts: RunCounts, message: String?) throws {
        let timestamp = ISO8601DateFormatter().string(from: Date())
        var s = PostgresStatement()
        let sql = """
            UPDATE run SET finished_at = \(s.bind(timestamp)), status = \(s.bind(status.rawValue)),
                "new" = \(s.bind(counts.new)), revised = \(s.bind(counts.revised)),
                updated = \(s.bind(counts.updated)), rescored = \(s.bind(counts.rescored)),
                unchanged = \(s.bind(counts.unchanged)), failed = \(s.bind(counts.failed)),
                message = \(s.bind(message))
            WHERE id = \(s.bind(id))
            """
        _ = try session.query(sql, s, operation: "record the end of a run")
        var unlock = PostgresStatement()
        _ = try session.query(
            "SELECT pg_advisory_unlock(\(Self.runLockNamespace), \(unlock.bind(Int32(truncatingIfNeeded: id))))",
            unlock, operation: "record the end of a run")
    }

    public func runs(limit: Int) throws -> [RunSummary] {
        let parser = ISO8601DateFormatter()
        var s = PostgresStatement()
        let sql = "SELECT * FROM run ORDER BY id DESC LIMIT \(s.bind(limit))"
        return try session.query(sql, s, operation: "list runs").map { row in
            let row = row.makeRandomAccess()
            let started: String = try row.value("started_at")
            let finished: String? = try row.value("finished_at")
            var duration: Double?
            if let finished, let end = parser.date(from: finished), let start = parser.date(from: started) {
                duration = end.timeIntervalSince(start)
            }
            return RunSummary(
                id: try row.value("id"), command: try row.value("command"), startedAt: started, finishedAt: finished,
                status: RunStatus(rawValue: try row.value("status")) ?? .abandoned,
                counts: RunCounts(
                    new: try row.value("new"), revised: try row.value("revised"), updated: try row.value("updated"),
                    rescored: try row.value("rescored"), unchanged: try row.value("unchanged"),
                    failed: try row.value("failed")),
                extractorVersion: try row.value("extractor_version"), lexiconVersion: try row.value("lexicon_version"),
                durationSeconds: duration, message: try row.value("message"))
        }
    }

    /// The size of the database on the server.
    public func sizeInBytes() throws -> Int64? {
        let rows = try session.query(
            "SELECT pg_database_size(current_database()) AS size", operation: "measure the store")
        return try rows.first?.makeRandomAccess().value("size", as: Int64.self)
    }
}
