import SwiftCSV
import Testing

@testable import BarometerReports

/// The CSV writer's output read back through SwiftCSV, an independent RFC 4180 parser.
@Suite("CSV round trip through SwiftCSV")
struct CSVRoundTripTests {
    /// Cells that break naive CSV, and what a reader must get back: text starting with = + - @ tab or CR gets an
    /// apostrophe, numbers keep their sign, null is empty.
    static let hostile: [(cell: Cell, read: String)] = [
        (.text("plain"), "plain"), (.text("with, comma"), "with, comma"), (.text("say \"hi\""), "say \"hi\""),
        (.text("two\nlines"), "two\nlines"), (.text("crlf\r\nline"), "crlf\r\nline"), (.text("cr\ronly"), "cr\ronly"),
        (.text("=SUM(A1:A9)"), "'=SUM(A1:A9)"), (.text("+49 30 1234"), "'+49 30 1234"), (.text("-sell"), "'-sell"),
        (.text("@cmd"), "'@cmd"), (.text("\tcmd"), "'\tcmd"), (.text("\r=cmd"), "'\r=cmd"),
        (.text(" padded "), " padded "), (.text("参考消息：估值高达约10亿美元"), "参考消息：估值高达约10亿美元"),
        (.text(""), ""), (.null, ""), (.integer(-3), "-3"), (.real(-0.25, digits: 4), "-0.25"),
        (.exact("-1200000000000.5"), "-1200000000000.5"), (.bool(false), "false"),
    ]

    @Test(
        "every hostile cell comes back as written, in a column of its own, plain and for Excel",
        arguments: [false, true])
    func hostileCells(excel: Bool) throws {
        let columns = Self.hostile.indices.map { "c\($0)" }
        let table = ReportTable(
            columns: columns, rows: [Self.hostile.map(\.cell), Self.hostile.map(\.cell).reversed()])
        let text = CSVWriter(excel: excel).write(table)
        let parsed = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
        #expect(parsed.header == columns)
        #expect(parsed.rows == [Self.hostile.map(\.read), Self.hostile.map(\.read).reversed()])
    }

    @Test("objects spread into name_field columns, one fact per cell")
    func objects() throws {
        let table = ReportTable(
            columns: ["text", "date"],
            rows: [
                [.text("20 Feb"), .object([Field("start", .text("2024-02-20")), Field("granularity", .text("day"))])],
                [.text("-5%"), .null],
            ])
        let parsed = try EnumeratedCSV(string: CSVWriter().write(table.flattened()), delimiter: .comma)
        #expect(parsed.header == ["text", "date_start", "date_granularity"])
        #expect(parsed.rows == [["20 Feb", "2024-02-20", "day"], ["'-5%", "", ""]])
    }
}
