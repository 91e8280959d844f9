import BarometerStore
import BarometerText
import Foundation
import Testing

@testable import BarometerReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses SVG as XML, failing the test when it is not well-formed.
func parseSVG(_ svg: String) throws -> XMLDocument {
    try XMLDocument(data: Data(svg.utf8), options: [])
}

func nodes(_ document: XMLDocument, _ xpath: String) throws -> [XMLNode] {
    try document.nodes(forXPath: xpath)
}

@Suite("SVG charts")
struct ChartTests {
    let rows: [TrendRow] = {
        let buckets = [
            TrendBucket(
                periodStart: Day("2024-02-19")!, source: "scmp", documents: 2, sentences: 10, scored: 2, scoreSum: 0.4,
                scoreSquares: 0.1, positive: 1, negative: 0, figures: 3),
            TrendBucket(
                periodStart: Day("2024-03-04")!, source: "scmp", documents: 1, sentences: 4, scored: 1, scoreSum: -0.3,
                scoreSquares: 0.09, positive: 0, negative: 1, figures: 0),
            TrendBucket(
                periodStart: Day("2024-02-19")!, source: "R&D <weekly>", documents: 1, sentences: 3, scored: 1,
                scoreSum: 0.1, scoreSquares: 0.01, positive: 1, negative: 0, figures: 1),
        ]
        return TrendReport.rows(buckets, every: .week, metric: .sentiment, window: 1, from: nil, to: nil)
    }()

    @Test("the trend chart is well-formed XML with a title, axes labels, a legend and one line per run of values")
    func trendChart() throws {
        let svg = TrendChart.svg(rows, metric: .sentiment, title: "Sentiment per week")
        let document = try parseSVG(svg)
        let texts = try nodes(document, "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("Sentiment per week"))
        #expect(texts.contains("2024-02-19"))
        #expect(texts.contains { $0.hasPrefix("mean sentiment") })
        #expect(texts.contains("scmp") && texts.contains("R&D <weekly>"))
        // scmp has a gap (no documents on 2024-02-26), so two runs; the other source one.
        #expect(try nodes(document, "//*[local-name()='polyline']").count == 3)
        // A band wherever a run has a standard error: scmp's first run has two scored documents.
        #expect(try nodes(document, "//*[local-name()='polygon']").count >= 1)
        #expect(svg.contains("prefers-color-scheme: dark"))
    }

    @Test("names are escaped, not injected")
    func escaping() {
        #expect(SVGWriter.escaped("R&D <\"x\"> 'y'") == "R&amp;D &lt;&quot;x&quot;&gt; &apos;y&apos;")
    }

    @Test("the timeline chart labels each event with its figure, subject and direction")
    func timelineChart() throws {
        func event(_ text: String, subject: String?, direction: String?, when: String) -> MentionRow {
            MentionRow(
                documentID: 1, source: "scmp", language: .english, published: Day("2024-02-20"), title: "Sora",
                mention: StoredMention(
                    sentence: 0, kind: "percent", text: text, range: ScalarRange(start: 0, end: 5), value: "11.4",
                    unit: "%", currency: nil, currencyText: nil, approximate: false, bound: nil, direction: direction,
                    dateStart: nil, dateEnd: nil, granularity: nil, subject: subject, whenStart: Day(when),
                    whenEnd: Day(when), whenGranularity: "day", whenFrom: "text", restates: nil))
        }
        let svg = TimelineChart.svg(
            [
                event("11.4%", subject: "Sora Index", direction: "up", when: "2024-02-19"),
                event("$14 million", subject: "AIsphere", direction: nil, when: "2024-02-19"),
            ], title: "Timeline")
        let document = try parseSVG(svg)
        let texts = try nodes(document, "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("11.4% · Sora Index ↑"))
        #expect(texts.contains("$14 million · AIsphere"))
        // Two events on one day go to two lanes.
        let ys = Set(try nodes(document, "//*[local-name()='g']/*[local-name()='text']/@y").compactMap(\.stringValue))
        #expect(ys.count == 2)
    }

    @Test("nice ticks are round numbers covering the range")
    func ticks() {
        #expect(NiceScale.ticks(low: -0.43, high: 0.61) == [-0.4, -0.2, 0, 0.2, 0.4, 0.6])
        #expect(NiceScale.ticks(low: 0, high: 10) == [0, 2, 4, 6, 8, 10])
    }
}
