import BarometerStore
import BarometerText
import Foundation
import PostgresNIO

/// The team store: a PostgreSQL database, reached through postgres-nio, with the same semantics as `SQLiteStore`.
///
///     let store = try PostgresStore(url: PostgresURL("postgres://barometer@localhost:5432/news"))
///     let outcome = try store.apply(documents)   // one transaction
///
/// Calls block the calling thread until the server answers; each store holds one connection, so give each
/// worker thread its own store.
public final class PostgresStore: Store {
    public let url: PostgresURL
    let session: PostgresSession
    /// `lower(x)` folds case by the database's character type; under a plain `C` ctype it folds ASCII only, so
    /// the ICU root collation is used when the server has it ("Überraschung" must match "überraschung").
    let fold: String

    /// Connects to the database at `url` and migrates it to the current schema.
    public init(url: PostgresURL) throws {
        self.url = url
        session = try PostgresSession(url: url)
        let icu = try session.query(
            "SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') AS icu",
            operation: "open")
        fold = try icu.first?.makeRandomAccess().value("icu", as: Bool.self) == true ? " COLLATE \"und-x-icu\"" : ""
        try migrate()
    }

    /// Connects to the database a `postgres://` URL names.
    public convenience init(url text: String) throws {
        try self.init(url: try PostgresURL(text))
    }

    /// Closes the connection now (it closes by itself when the store goes away); the store is unusable after.
    /// Releases this connection's run locks, then closes it. The server would release them too once it has noticed
    /// the connection is gone, but only some time after; released here, a run started by another process right
    /// after `close()` returns already sees this process's unfinished runs as abandoned.
    public func close() {
        _ = try? session.query("SELECT pg_advisory_unlock_all()", operation: "release the run locks")
        session.close()
    }

    public func engineDescription() throws -> String {
        let rows = try session.query("SHOW server_version", operation: "read the engine version")
        let version = try rows.first?.makeRandomAccess().value("server_version", as: String.self) ?? "?"
        // "15.18 (Debian 15.18-0+deb12u1)": the version number is the first word.
        return "PostgreSQL \(version.split(separator: " ").first.map(String.init) ?? version)"
    }

    /// `text` contains `term`, ignoring case in every script (the SQL of SQLite's `barometer_mentions`).
    func mentions(_ text: String, _ termPlaceholder: String) -> String {
        "strpos(lower(\(text)\(fold)), lower(\(termPlaceholder)\(fold))) > 0"
    }

    public func lookup(contentHashes: [String]) throws -> [String: DocumentMetadata] {
        guard !contentHashes.isEmpty else { return [:] }
        var statement = PostgresStatement()
        let sql = """
            SELECT content_hash, language, published, published_inferred, published_at, title, url, origin FROM document
            WHERE content_hash = ANY(\(statement.bind(contentHashes)))
            """
        var found: [String: DocumentMetadata] = [:]
        for row in try session.query(sql, statement, operation: "look up documents") {
            let row = row.makeRandomAccess()
            found[try row.value("content_hash")] = try Self.metadata(row)
        }
        return found
    }

    static func metadata(_ row: PostgresRandomAccessRow) throws -> DocumentMetadata {
        DocumentMetadata(
            language: Language(code: try row.value("language", as: String.self)) ?? .undetermined,
            published: try row.value("published", as: String?.self).flatMap(Day.init),
            publishedInferred: try row.value("published_inferred"), title: try row.value("title"),
            url: try row.value("url"), origin: try row.value("origin"),
            publishedAt: try instant(row.value("published_at")))
    }

    /// The instant of a stored `published_at` (UTC text, as SQLite stores it).
    static func instant(_ text: String?) -> Date? {
        text.flatMap(UTCInstantText.seconds).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    public func apply(_ batch: [StoredDocument]) throws -> BatchOutcome {
        let timestamp = ISO8601DateFormatter().string(from: Date())
        return try session.transaction("store a batch of \(batch.count) documents") { db in
            // Concurrent workers may hold the same lineage: take its locks in one sorted order (no deadlock),
            // held until commit, so each lineage's versions are decided by one transaction at a time.
            var locks = PostgresStatement()
            try db.query(
                """
                SELECT pg_advisory_xact_lock(hashtextextended(l, 0))
                FROM (SELECT DISTINCT unnest(\(locks.bind(batch.map(\.lineage)))) AS l ORDER BY 1) AS lineages
                """, locks)
            var outcome = BatchOutcome()
            for document in batch {
                try apply(document, timestamp: timestamp, in: db, outcome: &outcome)
            }
            return outcome
        }
    }

    private func apply(
        _ document: StoredDocument, timestamp: String, in db: PostgresSession.Transaction,
        outcome: inout BatchOutcome
    ) throws {
        var find = PostgresStatement()
        let existing = try db.query(
            """
            SELECT id, lineage, is_current, language, published, published_inferred, published_at, title, url, origin
            FROM document WHERE content_hash = \(find.bind(document.contentHash))
            """, find
        ).first?.makeRandomAccess()
        if let existing {
            // Same text and source: the identity is stored. Metadata the input gives may have changed; what it
            // leaves open (a detected language, an inferred date, no title) keeps its stored value.
            let id: Int64 = try existing.value("id")
            let stored = try Self.metadata(existing)
            var changed = false
            let merged = stored.overlaid(by: document)
            if merged != stored {
                var update = PostgresStatement()
                try db.query(
                    """
                    UPDATE document SET language = \(update.bind(merged.language.code)),
                        published = \(update.bind(merged.published?.description)),
                        published_inferred = \(update.bind(merged.publishedInferred)),
                        published_at = \(update.bind(merged.publishedAt.map(UTCInstantText.format))),
                        title = \(update.bind(merged.title)), url = \(update.bind(merged.url)),
                        origin = \(update.bind(merged.origin)), updated_at = \(update.bind(timestamp))
                    WHERE id = \(update.bind(id))
                    """, update)
                changed = true
            }
            if try !existing.value("is_current", as: Bool.self) {
                // The text went back to an earlier version: that version is current again.
                var current = PostgresStatement()
                let lineage: String = try existing.value("lineage")
                try db.query(
                    "UPDATE document SET is_current = FALSE WHERE lineage = \(current.bind(lineage)) AND is_current",
                    current)
                current = PostgresStatement()
                try db.query(
                    """
                    UPDATE document SET is_current = TRUE, updated_at = \(current.bind(timestamp))
                    WHERE id = \(current.bind(id))
                    """, current)
                changed = true
            }
            if changed { outcome.updated += 1 } else { outcome.unchanged += 1 }
            return
        }

        var previous = PostgresStatement()
        let latest = try db.query(
            """
            SELECT version FROM document WHERE lineage = \(previous.bind(document.lineage))
            ORDER BY version DESC LIMIT 1
            """, previous
        ).first?.makeRandomAccess()
        if let latest {
            // New text for a stored document: keep the previous versions, mark this one current.
            var current = PostgresStatement()
            try db.query(
                "UPDATE document SET is_current = FALSE WHERE lineage = \(current.bind(document.lineage))", current)
            outcome.revised += 1
            try insert(document, version: try latest.value("version", as: Int.self) + 1, timestamp: timestamp, in: db)
        } else {
            outcome.new += 1
            try insert(document, version: 1, timestamp: timestamp, in: db)
        }
    }

    private func insert(
        _ document: StoredDocument, version: Int, timestamp: String, in db: PostgresSession.Transaction
    ) throws {
        var s = PostgresStatement()
        let values = [
            s.bind(document.contentHash), s.bind(document.lineage), s.bind(version), "TRUE", s.bind(document.source),
            s.bind(document.language.code), s.bind(document.languageDetected), s.bind(document.published?.description),
            s.bind(document.publishedInferred), s.bind(document.title), s.bind(document.url), s.bind(document.origin),
            s.bind(document.text), s.bind(document.characterCount), s.bind(document.excludedCharacterCount),
            s.bind(document.sentences.count), s.bind(document.mentions.count { $0.kind != "date" }),
            s.bind(document.publishedAt.map(UTCInstantText.format)),
            s.bind(document.score?.score), s.bind(document.score?.positive),
            s.bind(document.score?.negative), s.bind(document.score?.neutral), s.bind(document.score?.label),
            s.bind(document.extractorVersion), s.bind(document.lexiconVersion), s.bind(timestamp), s.bind(timestamp),
        ]
        let rows = try db.query(
            """
            INSERT INTO document (content_hash, lineage, version, is_current, source, language, language_detected,
                published, published_inferred, title, url, origin, text, characters, excluded_characters,
                sentence_count, figure_count, published_at, score, positive, negative, neutral, label,
                extractor_version, lexicon_version,
                ingested_at, updated_at)
            VALUES (\(values.joined(separator: ", ")))
            RETURNING id
            """, s)
        guard let id = try rows.first?.makeRandomAccess().value("id", as: Int64.self) else {
            preconditionFailure("inserted document has no id")
        }
        try insertAnalysis(of: document, documentID: id, in: db)
    }

    /// Rows per multi-row INSERT: well under PostgreSQL's 65,535 parameters at 25 columns a row.
    static let rowsPerInsert = 1000

    /// Inserts the sentences, excluded ranges and mentions of a document, many rows per statement.
    func insertAnalysis(of document: StoredDocument, documentID id: Int64, in db: PostgresSession.Transaction) throws {
        try insertRows(
            "sentence (document_id, idx, start, \"end\", text, score, positive, negative, neutral, label)",
            document.sentences, in: db
        ) { s, sentence in
            [
                s.bind(id), s.bind(sentence.index), s.bind(sentence.range.start), s.bind(sentence.range.end),
                s.bind(sentence.text), s.bind(sentence.score?.score), s.bind(sentence.score?.positive),
                s.bind(sentence.score?.negative), s.bind(sentence.score?.neutral), s.bind(sentence.score?.label),
            ]
        }
        try insertRows("excluded_range (document_id, start, \"end\", kind)", document.excluded, in: db) { s, range in
            [s.bind(id), s.bind(range.range.start), s.bind(range.range.end), s.bind(range.kind.rawValue)]
        }
        try insertRows(
            """
            mention (document_id, idx, sentence_idx, kind, text, start, "end", value, value_real, unit, currency,
                currency_text, approximate, bound, direction, date_start, date_end, granularity, subject,
                subject_key, when_start, when_end, when_granularity, when_from, restates_idx)
            """, Array(document.mentions.enumerated()), in: db
        ) { s, item in
            let (index, m) = item
            return [
                s.bind(id), s.bind(index), s.bind(m.sentence), s.bind(m.kind), s.bind(m.text), s.bind(m.range.start),
                s.bind(m.range.end), s.bind(m.value), s.bind(m.value.flatMap(Double.init)), s.bind(m.unit),
                s.bind(m.currency), s.bind(m.currencyText), s.bind(m.approximate), s.bind(m.bound),
                s.bind(m.direction), s.bind(m.dateStart?.description), s.bind(m.dateEnd?.description),
                s.bind(m.granularity), s.bind(m.subject), s.bind(m.subject?.lowercased()),
                s.bind(m.whenStart?.description), s.bind(m.whenEnd?.description), s.bind(m.whenGranularity),
                s.bind(m.whenFrom), s.bind(m.restates),
            ]
        }
    }

    private func insertRows<Item>(
        _ target: String, _ items: [Item], in db: PostgresSession.Transaction,
        _ values: (inout PostgresStatement, Item) -> [String]
    ) throws {
        for start in stride(from: 0, to: items.count, by: Self.rowsPerInsert) {
            var statement = PostgresStatement()
            var rows: [String] = []
            for item in items[start..<min(start + Self.rowsPerInsert, items.count)] {
                rows.append("(" + values(&statement, item).joined(separator: ", ") + ")")
            }
            try db.query("INSERT INTO \(target) VALUES \(rows.joined(separator: ", "))", statement)
        }
    }

    public func forEachDocument(_ query: DocumentQuery, _ body: (DocumentSummary) throws -> Void) throws {
        var filter = PostgresDocumentFilter(
            sources: query.sources, language: query.language, published: (query.from, query.to), alias: "document")
        if query.allVersions { filter.conditions.removeFirst() }
        var sql = """
            SELECT id, source, language, published, published_inferred, published_at, title, url, sentence_count,
                   characters, excluded_characters, version, is_current, content_hash, origin, score, label
            FROM document
            \(filter.whereClause)
            ORDER BY published ASC NULLS LAST, id
            """
        if let limit = query.limit { sql += " LIMIT \(filter.statement.bind(limit))" }
        try session.transaction("list documents") { db in
            try db.forEachRow(sql, filter.statement) { row in
                try body(
                    DocumentSummary(
                        id: row.value("id"), source: row.value("source"),
                        language: Language(code: try row.value("language", as: String.self)) ?? .undetermined,
                        published: try row.value("published", as: String?.self).flatMap(Day.init),
                        publishedInferred: row.value("published_inferred"), title: row.value("title"),
                        url: row.value("url"), sentences: row.value("sentence_count"),
                        characters: row.value("characters"), excludedCharacters: row.value("excluded_characters"),
                        version: row.value("version"), isCurrent: row.value("is_current"),
                        contentHash: row.value("content_hash"), origin: row.value("origin"),
                        score: row.value("score"), label: row.value("label"),
                        publishedAt: Self.instant(row.value("published_at"))))
            }
        }
    }

    public func excludedRanges(documentID: Int64) throws -> [ExcludedRange] {
        var statement = PostgresStatement()
        let sql = """
            SELECT start, "end", kind FROM excluded_range WHERE document_id = \(statement.bind(documentID))
            ORDER BY start
            """
        return try session.query(sql, statement, operation: "read excluded ranges").map { row in
            let row = row.makeRandomAccess()
            return ExcludedRange(
                range: ScalarRange(start: try row.value("start"), end: try row.value("end")),
                kind: FurnitureKind(rawValue: try row.value("kind")) ?? .metadata)
        }
    }
}

/// The WHERE conditions on a joined document that every listing shares: current versions, sources, language,
/// and publication bounds (the PostgreSQL twin of the SQLite store's `DocumentFilter`).
struct PostgresDocumentFilter {
    var conditions: [String]
    var statement = PostgresStatement()

    init(sources: [String], language: Language?, published: (from: Day?, to: Day?) = (nil, nil), alias: String = "d") {
        conditions = ["\(alias).is_current"]
        if !sources.isEmpty { conditions.append("\(alias).source = ANY(\(statement.bind(sources)))") }
        if let language { conditions.append("\(alias).language = \(statement.bind(language.code))") }
        if let from = published.from { conditions.append("\(alias).published >= \(statement.bind(from.description))") }
        if let to = published.to { conditions.append("\(alias).published <= \(statement.bind(to.description))") }
    }

    var whereClause: String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }
}
