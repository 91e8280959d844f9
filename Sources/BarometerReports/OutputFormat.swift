/// How a query's result is written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people; the default on a terminal.
    case table
    /// RFC 4180 CSV with one header row; the default when standard output is a file or a pipe.
    case csv
    /// One JSON object per row.
    case jsonl
    /// One JSON document: `{"parameters": {...}, "rows": [...]}`.
    case json
    /// A chart, for `trend` and `timeline`.
    case svg
}
