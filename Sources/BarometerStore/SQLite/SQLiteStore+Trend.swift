import BarometerText
import Foundation
import GRDB

extension SQLiteStore {
    /// The first day of the period holding `column` (a `YYYY-MM-DD` text), in SQLite's date functions.
    static func periodStart(_ period: TrendPeriod, of column: String) -> String {
        switch period {
        case .day: return column
        // strftime('%w') is 0 for Sunday: step back to the ISO week's Monday.
        case .week: return "date(\(column), '-' || ((CAST(strftime('%w', \(column)) AS INTEGER) + 6) % 7) || ' days')"
        case .month: return "substr(\(column), 1, 8) || '01'"
        }
    }

    /// The local day (`YYYY-MM-DD`) of the joined document `d` in `zone`, as SQL, with the arguments its
    /// placeholders take. The stored day when there is no instant; SQLite's own date arithmetic for a zone whose
    /// offset never changes (UTC, +08:00); `barometer_local_day` per row where daylight saving time or history
    /// changes it. SQLite may evaluate the expression more than once per row, so the cheap forms matter: on
    /// 100,000 documents a function call per row and use cost seconds.
    static func localDay(in zone: TimeZone) -> (sql: String, arguments: [String]) {
        // Foundation reports no transition after 1900 only for zones with a single offset.
        let fixed = zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: -2_208_988_800)) == nil
        if fixed {
            let offset = zone.secondsFromGMT()
            let shifted = offset == 0 ? "substr(d.published_at, 1, 10)" : "date(d.published_at, '\(offset) seconds')"
            return ("CASE WHEN d.published_at IS NULL THEN d.published ELSE \(shifted) END", [])
        }
        return (
            "CASE WHEN d.published_at IS NULL THEN d.published "
                + "ELSE barometer_local_day(d.published_at, d.published, ?) END",
            [zone.identifier]
        )
    }

    public func trend(_ query: TrendQuery) throws -> [TrendBucket] {
        let (sql, arguments) = Self.trendStatement(query)
        return try read("compute a trend") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
                guard let start = (row["period"] as String?).flatMap(Day.init) else { return nil }
                return TrendBucket(
                    periodStart: start, source: row["source"], documents: row["documents"],
                    sentences: row["sentences"] ?? 0, scored: row["scored"], scoreSum: row["total"] ?? 0,
                    scoreSquares: row["squares"] ?? 0, positive: row["positive"] ?? 0, negative: row["negative"] ?? 0,
                    figures: row["figures"] ?? 0)
            }
        }
    }

    /// The trend's SQL and its arguments: per-document sums in a subquery, grouped by period (and source).
    static func trendStatement(_ query: TrendQuery) -> (sql: String, arguments: StatementArguments) {
        // Each document counts on its local day in the query's zone. That day lies within two days of the stored
        // day, so a widened range on `published` keeps the publication index in use.
        let (localDay, zone) = Self.localDay(in: query.timeZone)
        var filter = DocumentFilter(
            sources: query.sources, language: query.language,
            published: (query.from?.adding(days: -2), query.to?.adding(days: 2)))
        filter.add("d.published IS NOT NULL")
        if let from = query.from { filter.add("\(localDay) >= ?", zone + [from.description]) }
        if let to = query.to { filter.add("\(localDay) <= ?", zone + [to.description]) }
        var conditions = filter.conditions
        let period = Self.periodStart(query.every, of: "d.published")
        let source = query.overall ? "NULL" : "d.source"
        let groupBy = query.overall ? "period" : "period, d.source"
        let threshold = Self.labelThreshold

        // Per document: its score, sentences and figures; restricted to matching sentences with a term or subject.
        let perDocument: String
        var arguments = StatementArguments(zone)
        if query.term != nil || query.subject != nil {
            // A subject's sentences come from the subject index (mention_on_subject) and are joined to their
            // documents; a term is matched in the text of the documents' sentences.
            // CROSS JOIN keeps SQLite from looping over every sentence and probing the subject's few.
            var sentences = "document d JOIN sentence s ON s.document_id = d.id"
            if let subject = query.subject, query.term == nil {
                sentences = """
                    (SELECT DISTINCT document_id, sentence_idx FROM mention WHERE subject_key LIKE ? ESCAPE '\\') hit
                    CROSS JOIN sentence s ON s.document_id = hit.document_id AND s.idx = hit.sentence_idx
                    JOIN document d ON d.id = s.document_id
                    """
                arguments += [Self.subjectPattern(subject)]
            }
            arguments += filter.arguments
            if let term = query.term {
                let match = Self.mentions(term)
                conditions.append(match.sql)
                arguments += match.arguments
            }
            perDocument = """
                SELECT d.id AS id, d.source AS source, \(localDay) AS published, COUNT(*) AS sentences,
                       SUM(s.score * (s."end" - s.start)) / NULLIF(SUM(CASE WHEN s.score IS NULL THEN 0
                           ELSE s."end" - s.start END), 0) AS score,
                       SUM((SELECT COUNT(*) FROM mention m2 WHERE m2.document_id = d.id AND m2.sentence_idx = s.idx
                            AND m2.kind <> 'date')) AS figures
                FROM \(sentences)
                WHERE \(conditions.joined(separator: " AND "))
                GROUP BY d.id
                """
        } else {
            arguments += filter.arguments
            perDocument = """
                SELECT d.id AS id, d.source AS source, \(localDay) AS published, d.sentence_count AS sentences,
                       d.score AS score, d.figure_count AS figures
                FROM document d
                WHERE \(conditions.joined(separator: " AND "))
                """
        }
        let sql = """
            SELECT \(period.replacingOccurrences(of: "d.published", with: "x.published")) AS period,
                   \(source.replacingOccurrences(of: "d.source", with: "x.source")) AS source,
                   COUNT(*) AS documents, SUM(x.sentences) AS sentences, COUNT(x.score) AS scored,
                   SUM(x.score) AS total, SUM(x.score * x.score) AS squares,
                   SUM(x.score >= \(threshold)) AS positive, SUM(x.score <= -\(threshold)) AS negative,
                   SUM(x.figures) AS figures
            FROM (\(perDocument)) x
            GROUP BY \(groupBy.replacingOccurrences(of: "d.source", with: "x.source"))
            ORDER BY source, period
            """
        return (sql, arguments)
    }
}
