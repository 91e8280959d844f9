import BarometerText
import Foundation
import GRDB

extension SQLiteStore {
    /// Conditions on the joined document `d` shared by the sentiment queries: scored current documents.
    private func documentConditions(_ query: SentimentQuery) -> ([String], StatementArguments) {
        var filter = DocumentFilter(sources: query.sources, language: query.language, published: (query.from, query.to))
        filter.add("d.score IS NOT NULL")
        return (filter.conditions, filter.arguments)
    }

    public func sentenceScores(_ query: SentimentQuery) throws -> [SentenceScoreRow] {
        var (conditions, arguments) = documentConditions(query)
        conditions.append("s.score IS NOT NULL")
        if let term = query.term {
            let match = Self.mentions(term)
            conditions.append(match.sql)
            arguments += match.arguments
        }
        let sql = """
            SELECT s.*, d.source AS d_source, d.language AS d_language, d.published AS d_published
            FROM sentence s JOIN document d ON d.id = s.document_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY d.published, d.id, s.idx
            """
        return try read("list sentence scores") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let record = try SentenceRecord(row: row)
                return SentenceScoreRow(
                    documentID: record.documentId, source: row["d_source"],
                    language: Language(code: row["d_language"] as String) ?? .undetermined,
                    published: (row["d_published"] as String?).flatMap(Day.init), sentence: record.stored)
            }
        }
    }

    public func sourceScores(_ query: SentimentQuery) throws -> [GroupScore] {
        var (conditions, arguments) = documentConditions(query)
        let articles: String
        if let term = query.term {
            // An article's score on the term: its mentioning sentences, weighted by length.
            let match = Self.mentions(term)
            conditions.append("s.score IS NOT NULL AND " + match.sql)
            arguments += match.arguments
            articles = """
                SELECT d.source AS source, SUM(s.score * (s."end" - s.start)) / SUM(s."end" - s.start) AS score
                FROM sentence s JOIN document d ON d.id = s.document_id
                WHERE \(conditions.joined(separator: " AND "))
                GROUP BY d.id
                """
        } else {
            articles = """
                SELECT d.source AS source, d.score AS score FROM document d
                WHERE \(conditions.joined(separator: " AND "))
                """
        }
        let sql = """
            SELECT source AS grp, COUNT(*) AS n, SUM(score) AS total, SUM(score * score) AS squares,
                   SUM(score >= \(Self.labelThreshold)) AS positive, SUM(score <= -\(Self.labelThreshold)) AS negative
            FROM (\(articles)) GROUP BY source ORDER BY source
            """
        return try groups(sql, arguments: arguments, operation: "summarise sentiment by source")
    }

    public func entityScores(_ query: SentimentQuery, terms: [String]) throws -> [GroupScore] {
        var results: [GroupScore] = []
        for term in terms {
            var (conditions, arguments) = documentConditions(query)
            let match = Self.mentions(term)
            conditions.append("s.score IS NOT NULL AND " + match.sql)
            arguments += match.arguments
            let sql = """
                SELECT ? AS grp, COUNT(*) AS n, SUM(s.score) AS total, SUM(s.score * s.score) AS squares,
                       SUM(s.score >= \(Self.labelThreshold)) AS positive,
                       SUM(s.score <= -\(Self.labelThreshold)) AS negative
                FROM sentence s JOIN document d ON d.id = s.document_id
                WHERE \(conditions.joined(separator: " AND "))
                """
            results += try groups(sql, arguments: [term] + arguments, operation: "summarise sentiment for \(term)")
        }
        return results
    }

    /// The label threshold on compound scores (VADER's ±0.05), for shares computed in SQL.
    static let labelThreshold = 0.05

    private func groups(_ sql: String, arguments: StatementArguments, operation: String) throws -> [GroupScore] {
        try read(operation) { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                GroupScore(
                    group: row["grp"], count: row["n"], sum: row["total"] ?? 0, sumOfSquares: row["squares"] ?? 0,
                    positive: row["positive"] ?? 0, negative: row["negative"] ?? 0)
            }
        }
    }
}

extension SentenceRecord {
    var stored: StoredSentence {
        StoredSentence(
            index: idx, range: ScalarRange(start: start, end: end), text: text,
            score: score.map {
                StoredScore(
                    score: $0, positive: positive ?? 0, negative: negative ?? 0, neutral: neutral ?? 0,
                    label: label ?? "")
            })
    }
}

extension SQLiteStore {
    /// The condition "sentence `s` mentions `term`", ignoring case in every script, as fast as SQLite allows:
    /// a term without case (Chinese, digits) is found by `instr` as it is; an ASCII term in the ASCII-lowered
    /// text (no other letter lower-cases to ASCII but the Kelvin sign); any other term through
    /// `barometer_mentions`, which folds every script. All three agree with `CaselessMatch` (tested).
    static func mentions(_ term: String, in column: String = "s.text") -> (sql: String, arguments: StatementArguments) {
        let lowered = term.lowercased()
        if lowered == term.uppercased() {
            return ("instr(\(column), ?) > 0", [term])
        }
        if term.utf8.allSatisfy({ $0 < 0x80 }) {
            return ("instr(lower(\(column)), ?) > 0", [lowered])
        }
        return ("barometer_mentions(\(column), ?)", [term])
    }
}

/// `barometer_mentions(text, term)`: whether `text` contains `term`, ignoring case in every script
/// (SQLite's own LIKE folds ASCII only, so "Überraschung" would miss "überraschung").
let mentionsFunction = DatabaseFunction("barometer_mentions", argumentCount: 2, pure: true) { values in
    guard let text = String.fromDatabaseValue(values[0]), let term = String.fromDatabaseValue(values[1]) else {
        return false
    }
    return CaselessMatch.contains(text, term)
}
