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
