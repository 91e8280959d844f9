import Foundation

/// One value of a report cell. Typed, so each format writes it right: numbers stay numbers in JSON,
/// text is quoted and neutralised in CSV, dates are ISO 8601 everywhere.
public enum Cell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// A measured value, printed with up to `digits` decimals and a dot.
    case real(Double, digits: Int)
    /// An exact decimal written as a string ("1200000000000", "1.5"), printed as a JSON number.
    case exact(String)
    case bool(Bool)
    case null
    /// A nested object, written as a JSON object; flat formats flatten it into `name_field` columns instead.
    indirect case object([Field])
    /// A list, written as a JSON array; flat formats join its items' plain text with "; ".
    indirect case array([Cell])

    public static func optional(_ text: String?) -> Cell { text.map(Cell.text) ?? .null }
    public static func optional(_ value: Int?) -> Cell { value.map(Cell.integer) ?? .null }
    public static func optional(_ value: Double?, digits: Int = 4) -> Cell {
        value.map { .real($0, digits: digits) } ?? .null
    }

    /// Whether the cell holds a number (CSV keeps a leading minus on numbers only).
    public var isNumeric: Bool {
        switch self {
        case .integer, .real, .exact: return true
        default: return false
        }
    }

    /// Plain text form: no quoting, dot decimals, no thousands separators, empty for null.
    public var plain: String {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d, let digits): return Cell.format(d, digits: digits)
        case .exact(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .null: return ""
        case .object(let fields): return fields.map { "\($0.name)=\($0.value.plain)" }.joined(separator: " ")
        case .array(let items): return items.map(\.plain).joined(separator: "; ")
        }
    }

    /// Formats with at most `digits` decimals, trailing zeros dropped, never in exponent form:
    /// `0.25`, `-1`, `0.3333`, `1200000000000`.
    static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "" }
        var text = String(format: "%.\(digits)f", value)  // C locale: dot decimals, no grouping
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

/// A named cell of a nested object.
public struct Field: Sendable, Hashable {
    public var name: String
    public var value: Cell

    public init(_ name: String, _ value: Cell) {
        self.name = name
        self.value = value
    }
}

/// The result of a query, as rows of typed cells under named columns, ready for any output format.
public struct ReportTable: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[Cell]]
    /// The query's parameters, echoed in `--format json`.
    public var parameters: [(String, Cell)]
    /// The fields of columns that hold objects, so flat formats have the same columns whatever the rows hold.
    public var objectFields: [String: [String]]

    public init(
        columns: [String], rows: [[Cell]] = [], parameters: [(String, Cell)] = [],
        objectFields: [String: [String]] = [:]
    ) {
        self.columns = columns
        self.rows = rows
        self.parameters = parameters
        self.objectFields = objectFields
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }

    public static func == (lhs: ReportTable, rhs: ReportTable) -> Bool {
        lhs.columns == rhs.columns && lhs.rows == rhs.rows
            && lhs.parameters.map(\.0) == rhs.parameters.map(\.0) && lhs.parameters.map(\.1) == rhs.parameters.map(\.1)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
        hasher.combine(rows)
    }
}

extension ReportTable {
    /// The table with every column of nested objects spread into `column_field` columns, for CSV and text,
    /// one fact per cell: a `date` column of `{start, end, granularity}` becomes `date_start`, `date_end`,
    /// `date_granularity`.
    public func flattened() -> ReportTable {
        var fieldNames: [[String]?] = columns.map { objectFields[$0] }
        for row in rows {
            for (column, cell) in row.enumerated() {
                guard case .object(let fields) = cell else { continue }
                var names = fieldNames[column] ?? []
                for field in fields where !names.contains(field.name) { names.append(field.name) }
                fieldNames[column] = names
            }
        }
        guard fieldNames.contains(where: { $0 != nil }) else { return self }
        var flat = ReportTable(columns: [], parameters: parameters)
        for (column, name) in columns.enumerated() {
            if let names = fieldNames[column] {
                flat.columns += names.map { "\(name)_\($0)" }
            } else {
                flat.columns.append(name)
            }
        }
        for row in rows {
            var cells: [Cell] = []
            for (column, cell) in row.enumerated() {
                guard let names = fieldNames[column] else {
                    cells.append(cell)
                    continue
                }
                if case .object(let fields) = cell {
                    for name in names { cells.append(fields.first { $0.name == name }?.value ?? .null) }
                } else {
                    cells += Array(repeating: .null, count: names.count)
                }
            }
            flat.rows.append(cells)
        }
        return flat
    }
}
