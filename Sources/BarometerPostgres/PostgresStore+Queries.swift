import BarometerStore
import BarometerText
import Foundation
import PostgresNIO

/// Figures, sentiment and trends: the SQL of the SQLite store's queries, aggregated on the server.
///
/// Where the engines differ the SQL says so: PostgreSQL sorts NULL last and SQLite first (so `NULLS FIRST`),
/// sorts text by the database's collation (so `COLLATE "C"`, SQLite's byte order), sums BIGINT into NUMERIC
/// (so casts back), and has no boolean sums (so `COUNT(*) FILTER`).
extension PostgresStore {
    public func forEachMention(_ query: MentionQuery, _ body: (MentionRow) throws -> Void) throws {
        var filter = PostgresDocumentFilter(sources: query.sources, language: query.language)
        if query.eventsOnly { filter.conditions.append("m.kind <> 'date'") }
        if !query.kinds.isEmpty { filter.conditions.append("m.kind = ANY(\(filter.statement.bind(query.kinds)))") }
        // A mention's date: the date it is (dates) or the date it refers to (figures); a mention without an end
        // ends where it starts. These are the expressions of the `mention_span` index.
        if let from = query.from {
            filter.conditions.append(
                "COALESCE(m.when_end, m.date_end, m.when_start, m.date_start) >= \(filter.statement.bind(from.description))"
            )
        }
        if let to = query.to {
            filter.conditions.append("COALESCE(m.when_start, m.date_start) <= \(filter.statement.bind(to.description))")
        }
        if let subject = query.subject {
            filter.conditions.append(subjectCondition(subject, statement: &filter.statement))
        }
        let order =
            query.eventsOnly
            ? "COALESCE(m.when_start, m.date_start) NULLS FIRST, d.published NULLS FIRST, d.id, m.idx"
            : "d.published NULLS FIRST, d.id, m.idx"
        let sql = """
            SELECT m.*, d.source AS d_source, d.language AS d_language, d.published AS d_published,
                   d.title AS d_title
            FROM mention m JOIN document d ON d.id = m.document_id
            \(filter.whereClause)
            ORDER BY \(order)
            """
        try session.transaction("list figures") { db in
            try db.forEachRow(sql, filter.statement) { row in
                try body(
                    MentionRow(
                        documentID: row.value("document_id"), source: row.value("d_source"),
                        language: Language(code: try row.value("d_language", as: String.self)) ?? .undetermined,
                        published: try row.value("d_published", as: String?.self).flatMap(Day.init),
                        title: row.value("d_title"), mention: Self.mention(row)))
            }
        }
    }

    /// `m.subject_key` contains the subject, lower-cased as the SQLite store stores and matches it.
    func subjectCondition(_ subject: String, statement: inout PostgresStatement) -> String {
        "strpos(m.subject_key, \(statement.bind(subject.lowercased()))) > 0"
    }

    static func mention(_ row: PostgresRandomAccessRow) throws -> StoredMention {
        StoredMention(
            sentence: try row.value("sentence_idx"), kind: try row.value("kind"), text: try row.value("text"),
            range: ScalarRange(start: try row.value("start"), end: try row.value("end")),
            value: try row.value("value"), unit: try row.value("unit"), currency: try row.value("currency"),
            currencyText: try row.value("currency_text"), approximate: try row.value("approximate"),
            bound: try row.value("bound"), direction: try row.value("direction"),
            dateStart: try row.value("date_start", as: String?.self).flatMap(Day.init),
            dateEnd: try row.value("date_end", as: String?.self).flatMap(Day.init),
            granularity: try row.value("granularity"), subject: try row.value("subject"),
            whenStart: try row.value("when_start", as: String?.self).flatMap(Day.init),
            whenEnd: try row.value("when_end", as: String?.self).flatMap(Day.init),
            whenGranularity: try row.value("when_granularity"), whenFrom: try row.value("when_from"),
            restates: try row.value("restates_idx"))
    }

    // MARK: - Sentiment

    /// The label threshold on compound scores (VADER's ±0.05, as the SQLite store's), for shares computed in SQL.
    static let labelThreshold = 0.05

    /// Scored current documents, filtered as the query asks.
    private func documentFilter(_ query: SentimentQuery) -> PostgresDocumentFilter {
        var filter = PostgresDocumentFilter(
            sources: query.sources, language: query.language, published: (query.from, query.to))
        filter.conditions.append("d.score IS NOT NULL")
        return filter
    }

    public func sentenceScores(_ query: SentimentQuery) throws -> [SentenceScoreRow] {
        var filter = documentFilter(query)
        filter.conditions.append("s.score IS NOT NULL")
        if let term = query.term { filter.conditions.append(mentions("s.text", filter.statement.bind(term))) }
        let sql = """
            SELECT s.*, d.source AS d_source, d.language AS d_language, d.published AS d_published
            FROM sentence s JOIN document d ON d.id = s.document_id
            \(filter.whereClause)
            ORDER BY d.published NULLS FIRST, d.id, s.idx
            """
        return try session.query(sql, filter.statement, operation: "list sentence scores").map { row in
            let row = row.makeRandomAccess()
            let score: Double? = try row.value("score")
            return SentenceScoreRow(
                documentID: try row.value("document_id"), source: try row.value("d_source"),
                language: Language(code: try row.value("d_language", as: String.self)) ?? .undetermined,
                published: try row.value("d_published", as: String?.self).flatMap(Day.init),
                sentence: StoredSentence(
                    index: try row.value("idx"),
                    range: ScalarRange(start: try row.value("start"), end: try row.value("end")),
                    text: try row.value("text"),
                    score: try score.map {
                        StoredScore(
                            score: $0, positive: try row.value("positive", as: Double?.self) ?? 0,
                            negative: try row.value("negative", as: Double?.self) ?? 0,
                            neutral: try row.value("neutral", as: Double?.self) ?? 0,
                            label: try row.value("label", as: String?.self) ?? "")
                    }))
        }
    }

    /// `COUNT(*) FILTER` expressions counting positive and negative scores of `column`.
    private func labelCounts(_ column: String) -> String {
        """
        COUNT(*) FILTER (WHERE \(column) >= \(Self.labelThreshold)) AS positive,
        COUNT(*) FILTER (WHERE \(column) <= -\(Self.labelThreshold)) AS negative
        """
    }

    public func sourceScores(_ query: SentimentQuery) throws -> [GroupScore] {
        var filter = documentFilter(query)
        let articles: String
        if let term = query.term {
            // An article's score on the term: its mentioning sentences, weighted by length.
            filter.conditions.append("s.score IS NOT NULL AND " + mentions("s.text", filter.statement.bind(term)))
            articles = """
                SELECT d.source AS source,
                       SUM(s.score * (s."end" - s.start)) / NULLIF(SUM(s."end" - s.start), 0)::DOUBLE PRECISION
                           AS score
                FROM sentence s JOIN document d ON d.id = s.document_id
                \(filter.whereClause)
                GROUP BY d.id
                """
        } else {
            articles = "SELECT d.source AS source, d.score AS score FROM document d \(filter.whereClause)"
        }
        let sql = """
            SELECT source AS grp, COUNT(*) AS n, SUM(score) AS total, SUM(score * score) AS squares,
                   \(labelCounts("score"))
            FROM (\(articles)) AS articles GROUP BY source ORDER BY source COLLATE "C"
            """
        return try groups(sql, filter.statement, operation: "summarise sentiment by source")
    }

    public func entityScores(_ query: SentimentQuery, terms: [String]) throws -> [GroupScore] {
        var results: [GroupScore] = []
        for term in terms {
            var filter = documentFilter(query)
            let group = filter.statement.bind(term)
            filter.conditions.append("s.score IS NOT NULL AND " + mentions("s.text", group))
            let sql = """
                SELECT \(group)::TEXT AS grp, COUNT(*) AS n, SUM(s.score) AS total, SUM(s.score * s.score) AS squares,
                       \(labelCounts("s.score"))
                FROM sentence s JOIN document d ON d.id = s.document_id
                \(filter.whereClause)
                """
            results += try groups(sql, filter.statement, operation: "summarise sentiment for \(term)")
        }
        return results
    }

    private func groups(_ sql: String, _ statement: PostgresStatement, operation: String) throws -> [GroupScore] {
        try session.query(sql, statement, operation: operation).map { row in
            let row = row.makeRandomAccess()
            return GroupScore(
                group: try row.value("grp"), count: try row.value("n"),
                sum: try row.value("total", as: Double?.self) ?? 0,
                sumOfSquares: try row.value("squares", as: Double?.self) ?? 0,
                positive: try row.value("positive"), negative: try row.value("negative"))
        }
    }

    // MARK: - Trend

    /// The first day of the period holding `column` (a `YYYY-MM-DD` text): ISO weeks start on Monday, as
    /// `date_trunc('week')` does.
    static func periodStart(_ period: TrendPeriod, of column: String) -> String {
        switch period {
        case .day: return column
        case .week: return "to_char(date_trunc('week', \(column)::DATE), 'YYYY-MM-DD')"
        case .month: return "substr(\(column), 1, 8) || '01'"
        }
    }

    /// The day (`YYYY-MM-DD`) a document was published on in the query's zone: its UTC instant `published_at`
    /// moved into the zone, else its stored day (SQLite's `barometer_local_day`). A fixed offset goes in as an
    /// interval, since PostgreSQL reads a name like `GMT+08` with POSIX's inverted sign.
    func localDay(_ zone: TimeZone, statement: inout PostgresStatement) -> String {
        let moved: String
        if zone.identifier.hasPrefix("GMT") || zone.identifier == "UTC" {
            moved = "AT TIME ZONE make_interval(secs => \(statement.bind(Double(zone.secondsFromGMT()))))"
        } else {
            moved = "AT TIME ZONE \(statement.bind(zone.identifier))"
        }
        return """
            (CASE WHEN d.published_at IS NULL THEN d.published
                  ELSE to_char(d.published_at::TIMESTAMPTZ \(moved), 'YYYY-MM-DD') END)
            """
    }

    public func trend(_ query: TrendQuery) throws -> [TrendBucket] {
        // Each document counts on its local day in the query's zone. That day lies within two days of the stored
        // day, so a widened range on `published` keeps the publication index in use.
        var filter = PostgresDocumentFilter(
            sources: query.sources, language: query.language,
            published: (query.from?.adding(days: -2), query.to?.adding(days: 2)))
        filter.conditions.append("d.published IS NOT NULL")
        let localDay = localDay(query.timeZone, statement: &filter.statement)
        if let from = query.from {
            filter.conditions.append("\(localDay) >= \(filter.statement.bind(from.description))")
        }
        if let to = query.to { filter.conditions.append("\(localDay) <= \(filter.statement.bind(to.description))") }
        let period = Self.periodStart(query.every, of: "x.published")
        let source = query.overall ? "NULL::TEXT" : "x.source"
        let groupBy = query.overall ? "period" : "period, x.source"

        // Per document: its score, sentences and figures; restricted to matching sentences with a term or subject.
        let perDocument: String
        if query.term != nil || query.subject != nil {
            // A subject's sentences come from the subject index (mention_on_subject) and are joined to their
            // documents; a term is matched in the text of the documents' sentences.
            var hits = ""
            if let subject = query.subject, query.term == nil {
                hits = """
                    JOIN (SELECT DISTINCT document_id, sentence_idx FROM mention m
                          WHERE \(subjectCondition(subject, statement: &filter.statement))) AS hit
                      ON hit.document_id = s.document_id AND hit.sentence_idx = s.idx
                    """
            }
            if let term = query.term { filter.conditions.append(mentions("s.text", filter.statement.bind(term))) }
            perDocument = """
                SELECT d.id AS id, d.source AS source, \(localDay) AS published, COUNT(*) AS sentences,
                       SUM(s.score * (s."end" - s.start)) / NULLIF(SUM(CASE WHEN s.score IS NULL THEN 0
                           ELSE s."end" - s.start END), 0)::DOUBLE PRECISION AS score,
                       SUM((SELECT COUNT(*) FROM mention m2 WHERE m2.document_id = d.id AND m2.sentence_idx = s.idx
                            AND m2.kind <> 'date')) AS figures
                FROM document d JOIN sentence s ON s.document_id = d.id \(hits)
                \(filter.whereClause)
                GROUP BY d.id
                """
        } else {
            perDocument = """
                SELECT d.id AS id, d.source AS source, \(localDay) AS published, d.sentence_count AS sentences,
                       d.score AS score, d.figure_count AS figures
                FROM document d
                \(filter.whereClause)
                """
        }
        let sql = """
            SELECT * FROM (
                SELECT \(period) AS period, \(source) AS source,
                       COUNT(*) AS documents, SUM(x.sentences)::BIGINT AS sentences, COUNT(x.score) AS scored,
                       SUM(x.score) AS total, SUM(x.score * x.score) AS squares,
                       \(labelCounts("x.score")), SUM(x.figures)::BIGINT AS figures
                FROM (\(perDocument)) AS x
                GROUP BY \(groupBy)
            ) AS buckets
            ORDER BY source COLLATE "C", period COLLATE "C"
            """
        return try session.query(sql, filter.statement, operation: "compute a trend").compactMap { row in
            let row = row.makeRandomAccess()
            guard let start = try row.value("period", as: String?.self).flatMap(Day.init) else { return nil }
            return TrendBucket(
                periodStart: start, source: try row.value("source"), documents: try row.value("documents"),
                sentences: try row.value("sentences", as: Int?.self) ?? 0, scored: try row.value("scored"),
                scoreSum: try row.value("total", as: Double?.self) ?? 0,
                scoreSquares: try row.value("squares", as: Double?.self) ?? 0,
                positive: try row.value("positive"), negative: try row.value("negative"),
                figures: try row.value("figures", as: Int?.self) ?? 0)
        }
    }
}
