import Foundation

/// Writes tables as JSON Lines (one object per row) or one JSON document with the parameters echoed.
///
///     JSONWriter().lines(table)      // {"id":1,"source":"scmp"}\n…
///     JSONWriter().document(table)   // {"parameters":{…},"rows":[{…}]}
public struct JSONWriter: Sendable {
    public init() {}

    public func lines(_ table: ReportTable) -> String {
        var out = ""
        for row in table.rows {
            out += object(columns: table.columns, cells: row)
            out += "\n"
        }
        return out
    }

    public func document(_ table: ReportTable) -> String {
        var out = "{\"parameters\":{"
        out += table.parameters.map { "\(Self.string($0.0)):\(Self.value($0.1))" }.joined(separator: ",")
        out += "},\"rows\":["
        out += table.rows.map { object(columns: table.columns, cells: $0) }.joined(separator: ",\n")
        out += "]}\n"
        return out
    }

    public func object(columns: [String], cells: [Cell]) -> String {
        var out = "{"
        for (index, column) in columns.enumerated() {
            if index > 0 { out += "," }
            out += Self.string(column)
            out += ":"
            out += Self.value(cells[index])
        }
        out += "}"
        return out
    }

    static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): return string(s)
        case .integer, .real, .exact: return cell.plain.isEmpty ? "null" : cell.plain
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .object(let fields):
            return "{" + fields.map { "\(string($0.name)):\(value($0.value))" }.joined(separator: ",") + "}"
        case .array(let items):
            return "[" + items.map(value).joined(separator: ",") + "]"
        }
    }

    /// A JSON string literal (RFC 8259 §7), UTF-8 kept as is.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }
}
