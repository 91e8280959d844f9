import BarometerStore

/// Tables of sentiment scores: per sentence, document, source and entity.
public enum SentimentReport {
    /// Per source (or per entity): `group, count, mean_score, std_error, positive_share, negative_share`.
    public static func sourcesTable(
        _ groups: [GroupScore], groupColumn: String = "source", parameters: [(String, Cell)] = []
    ) -> ReportTable {
        var table = ReportTable(
            columns: [groupColumn, "count", "mean_score", "std_error", "positive_share", "negative_share"],
            parameters: parameters)
        for group in groups {
            table.append([
                .text(group.group), .integer(group.count), .real(group.mean, digits: 4),
                .optional(group.standardError, digits: 4), .real(group.positiveShare, digits: 4),
                .real(group.negativeShare, digits: 4),
            ])
        }
        return table
    }
}

extension SentimentReport {
    /// Per sentence: `document_id, source, language, published, sentence, score, positive, negative, neutral,
    /// label, text`.
    public static func sentencesTable(_ rows: [SentenceScoreRow]) -> ReportTable {
        var table = ReportTable(columns: [
            "document_id", "source", "language", "published", "sentence", "score", "positive", "negative", "neutral",
            "label", "text",
        ])
        for row in rows {
            let score = row.sentence.score
            table.append([
                .integer(Int(row.documentID)), .text(row.source), .text(row.language.code),
                .optional(row.published?.description), .integer(row.sentence.index), .optional(score?.score),
                .optional(score?.positive), .optional(score?.negative), .optional(score?.neutral),
                .optional(score?.label), .text(row.sentence.text),
            ])
        }
        return table
    }

    /// Per document: `document_id, source, language, published, title, sentences, score, label`.
    public static func documentsTable(_ documents: [DocumentSummary]) -> ReportTable {
        var table = ReportTable(columns: [
            "document_id", "source", "language", "published", "title", "sentences", "score", "label",
        ])
        for document in documents {
            table.append([
                .integer(Int(document.id)), .text(document.source), .text(document.language.code),
                .optional(document.published?.description), .optional(document.title), .integer(document.sentences),
                .optional(document.score), .optional(document.label),
            ])
        }
        return table
    }
}
