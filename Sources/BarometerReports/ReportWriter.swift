/// Writes a table in the chosen format.
public struct ReportWriter: Sendable {
    public var format: OutputFormat
    public var excel: Bool

    public init(format: OutputFormat, excel: Bool = false) {
        self.format = format
        self.excel = excel
    }

    public func write(_ table: ReportTable) -> String {
        switch format {
        case .table: return TextTableWriter().write(table.flattened())
        case .csv: return CSVWriter(excel: excel).write(table.flattened())
        case .jsonl: return JSONWriter().lines(table)
        case .json: return JSONWriter().document(table)
        case .svg: preconditionFailure("charts are drawn by TrendChart and TimelineChart, not from a table")
        }
    }
}
