import Testing

@testable import BarometerReports

@Suite("HTML report tables")
struct HTMLReportTests {
    let table = ReportTable(
        columns: ["published", "url", "title", "excluded_characters"],
        rows: [
            [.text("2024-02-20"), .null, .text("OpenAI's Sora: A Game-Changer"), .integer(12)],
            [.text("2024-02-22"), .null, .text("<b>Chinas Reaktion</b>"), .integer(-3)],
        ])

    @Test("columns without any value are left out of the page")
    func emptyColumns() {
        let html = HTMLReport.htmlTable(table)
        #expect(!html.contains("url"))
        #expect(html.contains("<th>published</th>"))
    }

    @Test("numbers and their header align right; dates stay on one line; long names break after underscores")
    func layout() {
        let html = HTMLReport.htmlTable(table)
        #expect(html.contains("<th class=\"n\">excluded_<wbr>characters</th>"))
        #expect(html.contains("<td class=\"n\">-3</td>"))
        #expect(html.contains("<td class=\"w\">2024-02-20</td>"))
        #expect(html.contains("<td>OpenAI&apos;s Sora: A Game-Changer</td>"), "long text wraps")
        #expect(html.contains("&lt;b&gt;Chinas Reaktion&lt;/b&gt;"), "text is escaped")
    }
}
