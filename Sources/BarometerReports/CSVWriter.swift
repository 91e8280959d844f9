import Foundation

/// Writes tables as CSV that spreadsheets open correctly.
///
/// RFC 4180 quoting, one header row, UTF-8, dot decimals, no thousands separators. Text cells that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a
/// leading apostrophe (OWASP's advice for CSV injection); numeric cells keep their minus sign.
/// With `excel`, a byte-order mark and CRLF line ends make Excel read the UTF-8 (Chinese text) right.
///
///     CSVWriter().write(ReportTable(columns: ["a"], rows: [[.text("=1+1")]]))   // "a\n'=1+1\n"
public struct CSVWriter: Sendable {
    public var excel: Bool

    public init(excel: Bool = false) {
        self.excel = excel
    }

    public var lineEnd: String { excel ? "\r\n" : "\n" }

    public func write(_ table: ReportTable) -> String {
        var out = excel ? "\u{FEFF}" : ""
        out += header(table.columns)
        for row in table.rows { out += line(row) }
        return out
    }

    public func header(_ columns: [String]) -> String {
        columns.map { field($0) }.joined(separator: ",") + lineEnd
    }

    public func line(_ row: [Cell]) -> String {
        row.map(field).joined(separator: ",") + lineEnd
    }

    func field(_ cell: Cell) -> String {
        cell.isNumeric ? field(cell.plain) : field(Self.neutralised(cell.plain))
    }

    /// Quotes a field when it holds a comma, quote, or line break (RFC 4180 §2.6–2.7), or begins or ends with
    /// white space, which RFC 4180 keeps but lenient readers (SwiftCSV, spreadsheets' import trimming) drop
    /// from unquoted fields. Scalars, not characters: "\r\n" is one `Character`, equal to neither "\r" nor "\n".
    func field(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let needsQuotes =
            scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || scalars.first.map(Self.isSpace) == true || scalars.last.map(Self.isSpace) == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Prefixes an apostrophe to text that a spreadsheet would evaluate.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + text
        default: return text
        }
    }
}
