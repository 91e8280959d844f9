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
        var table = ReportTable(columns: mentionColumns + (lines ? ["line"] : []))
        for (mention, line) in mentions {
            table.append(cells(mention) + (lines ? [.optional(line)] : []))
        }
        return table
    }

    /// `barometer figures` and `export figures`: mentions with their document.
    public static func figuresTable(_ rows: [MentionRow], parameters: [(String, Cell)] = []) -> ReportTable {
        var table = ReportTable(
            columns: ["document_id", "source", "language", "published"] + mentionColumns, parameters: parameters)
        for row in rows {
            table.append(
                [
                    .integer(Int(row.documentID)), .text(row.source), .text(row.language.code),
                    .optional(row.published?.description),
                ] + cells(row.mention))
        }
        return table
    }

    /// `barometer timeline` and `export events`: figures ordered by the date they refer to.
    public static func timelineTable(_ rows: [MentionRow], parameters: [(String, Cell)] = []) -> ReportTable {
        var table = ReportTable(
            columns: [
                "when", "subject", "direction", "kind", "text", "value", "unit", "currency", "approximate", "bound",
                "source", "document_id", "published", "title",
            ], parameters: parameters)
        for row in rows {
            let m = row.mention
            table.append([
                when(m), .optional(m.subject), .optional(m.direction), .text(m.kind), .text(m.text), value(m),
                .optional(m.unit), .optional(m.currency ?? m.currencyText), .bool(m.approximate), .optional(m.bound),
                .text(row.source), .integer(Int(row.documentID)), .optional(row.published?.description),
                .optional(row.title),
            ])
        }
        return table
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
