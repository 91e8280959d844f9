import BarometerStore
import BarometerText

/// Tables of figures, dates and events: for `extract`, `figures`, `timeline` and their exports.
///
/// Field names are a promise to scripts (documented in README): `kind, text, start, end, value, unit, currency,
/// currency_text, approximate, bound, direction, date, when, subject, sentence`; `date` and `when` are objects
/// `{start, end, granularity}` (plus `from` for `when`) in JSON and `date_start, date_end, …` columns in CSV.
public enum MentionsReport {
    static let mentionColumns = [
        "kind", "text", "start", "end", "value", "unit", "currency", "currency_text", "approximate", "bound",
        "direction", "date", "when", "subject", "sentence",
    ]

    /// `barometer extract`: one row per mention; with `lines`, each carries its 1-based input line.
    public static func extractTable(_ mentions: [(mention: StoredMention, line: Int?)], lines: Bool) -> ReportTable {
        var table = ReportTable(columns: mentionColumns + (lines ? ["line"] : []), objectFields: objectFields)
        for (mention, line) in mentions {
            table.append(cells(mention) + (lines ? [.optional(line)] : []))
        }
        return table
    }

    /// `barometer figures` and `export figures`: mentions with their document.
    public static func figuresTable(_ rows: [MentionRow], parameters: [(String, Cell)] = []) -> ReportTable {
        var table = ReportTable(
            columns: figuresColumns, parameters: parameters, objectFields: objectFields)
        for row in rows { table.append(figuresCells(row)) }
        return table
    }

    /// `barometer timeline` and `export events`: figures ordered by the date they refer to.
    public static func timelineTable(_ rows: [MentionRow], parameters: [(String, Cell)] = []) -> ReportTable {
        var table = ReportTable(columns: timelineColumns, parameters: parameters, objectFields: objectFields)
        for row in rows { table.append(timelineCells(row)) }
        return table
    }

    static let figuresColumns = ["document_id", "source", "language", "published"] + mentionColumns
    static let timelineColumns = [
        "when", "subject", "direction", "kind", "text", "value", "unit", "currency", "approximate", "bound", "source",
        "document_id", "published", "title",
    ]
    static let objectFields = [
        "date": ["start", "end", "granularity"], "when": ["start", "end", "granularity", "from"],
    ]

    public static func figuresCells(_ row: MentionRow) -> [Cell] {
        [
            .integer(Int(row.documentID)), .text(row.source), .text(row.language.code),
            .optional(row.published?.description),
        ] + cells(row.mention)
    }

    public static func timelineCells(_ row: MentionRow) -> [Cell] {
        let m = row.mention
        return [
            when(m), .optional(m.subject), .optional(m.direction), .text(m.kind), .text(m.text), value(m),
            .optional(m.unit), .optional(m.currency ?? m.currencyText), .bool(m.approximate), .optional(m.bound),
            .text(row.source), .integer(Int(row.documentID)), .optional(row.published?.description),
            .optional(row.title),
        ]
    }

    static func cells(_ m: StoredMention) -> [Cell] {
        [
            .text(m.kind), .text(m.text), .integer(m.range.start), .integer(m.range.end), value(m),
            .optional(m.unit), .optional(m.currency), .optional(m.currencyText),
            .bool(m.approximate), .optional(m.bound), .optional(m.direction), date(m), when(m), .optional(m.subject),
            .optional(m.sentence),
        ]
    }

    static func value(_ m: StoredMention) -> Cell { m.value.map(Cell.exact) ?? .null }

    static func date(_ m: StoredMention) -> Cell {
        guard let start = m.dateStart, let end = m.dateEnd else { return .null }
        return .object([
            Field("start", .text(start.description)), Field("end", .text(end.description)),
            Field("granularity", .optional(m.granularity)),
        ])
    }

    static func when(_ m: StoredMention) -> Cell {
        guard let start = m.whenStart, let end = m.whenEnd else { return .null }
        return .object([
            Field("start", .text(start.description)), Field("end", .text(end.description)),
            Field("granularity", .optional(m.whenGranularity)), Field("from", .optional(m.whenFrom)),
        ])
    }
}
