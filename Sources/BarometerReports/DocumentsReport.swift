import BarometerStore

/// The documents listing and export: one row per stored document.
public enum DocumentsReport {
    /// The export's columns, a promise to scripts: keep them.
    public static let columns = [
        "id", "source", "language", "published", "published_inferred", "title", "url", "sentences", "characters",
        "excluded_characters", "published_at",
    ]

    public static func table(_ documents: [DocumentSummary], parameters: [(String, Cell)] = []) -> ReportTable {
        var table = ReportTable(columns: columns, parameters: parameters)
        for document in documents {
            table.append([
                .integer(Int(document.id)),
                .text(document.source),
                .text(document.language.code),
                .optional(document.published?.description),
                .bool(document.publishedInferred),
                .optional(document.title),
                .optional(document.url),
                .integer(document.sentences),
                .integer(document.characters),
                .integer(document.excludedCharacters),
                .optional(document.publishedAt.map(UTCInstantText.format)),
            ])
        }
        return table
    }
}
