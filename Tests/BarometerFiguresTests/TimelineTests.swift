import BarometerText
import Testing

@testable import BarometerFigures

@Suite("Timeline")
struct TimelineTests {
    func figure(_ text: String, at start: Int, when day: String?) -> Mention {
        Mention(
            kind: .percent, text: text, range: ScalarRange(start: start, end: start + text.unicodeScalars.count),
            when: day.map { When(range: .day(Day($0)!), from: .text) })
    }

    @Test("Events are ordered by the start of their date, then by position; dates and undated figures are left out")
    func ordering() {
        let date = Mention(
            kind: .date, text: "January", range: ScalarRange(start: 0, end: 7),
            date: DateRange(start: Day("2024-01-01")!, end: Day("2024-01-31")!, granularity: .month))
        let mentions = [
            figure("3%", at: 40, when: "2024-02-19"),
            date,
            figure("2%", at: 30, when: "2024-01-05"),
            figure("1%", at: 10, when: "2024-02-19"),
            figure("9%", at: 50, when: nil),
        ]
        #expect(Timeline.events(from: mentions).map(\.text) == ["2%", "1%", "3%"])
    }

    @Test("The seed sentence's surge lands on the first trading day after the Lunar New Year")
    func seedTimeline() throws {
        let corpus = try EventCorpus.load(.english)
        let example = try #require(corpus.cases.first { $0.id == "seed-004-sora-index" })
        let linked = EventLinker().link(
            example.input, in: example.analysed(.english), published: example.publishedDay)
        let events = Timeline.events(from: linked)
        #expect(events.map(\.text) == ["49", "11.4%"])
        #expect(events.last?.when == When(range: .day(Day("2024-02-19")!), from: .text))
    }
}
