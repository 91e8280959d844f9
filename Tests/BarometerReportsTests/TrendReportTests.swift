import BarometerStore
import BarometerText
import Testing

@testable import BarometerReports

@Suite("Trend report")
struct TrendReportTests {
    func bucket(_ day: String, _ source: String?, documents: Int, scores: [Double]) -> TrendBucket {
        TrendBucket(
            periodStart: Day(day)!, source: source, documents: documents, sentences: documents * 3,
            scored: scores.count, scoreSum: scores.reduce(0, +), scoreSquares: scores.map { $0 * $0 }.reduce(0, +),
            positive: scores.filter { $0 >= 0.05 }.count, negative: scores.filter { $0 <= -0.05 }.count, figures: 2)
    }

    @Test("empty periods appear with zero documents, not as gaps")
    func emptyPeriods() {
        let rows = TrendReport.rows(
            [
                bucket("2024-02-05", "scmp", documents: 1, scores: [0.5]),
                bucket("2024-02-19", "scmp", documents: 1, scores: [0.1]),
            ],
            every: .week, metric: .sentiment, window: 1, from: nil, to: nil)
        #expect(rows.map(\.periodStart.description) == ["2024-02-05", "2024-02-12", "2024-02-19"])
        #expect(rows.map(\.documents) == [1, 0, 1])
        #expect(rows[1].meanScore == nil)
    }

    @Test("--from and --to extend the range to whole periods")
    func bounds() {
        let rows = TrendReport.rows(
            [bucket("2024-02-01", nil, documents: 1, scores: [0.5])], every: .month, metric: .volume, window: 1,
            from: Day("2024-01-15"), to: Day("2024-03-02"))
        #expect(rows.map(\.periodStart.description) == ["2024-01-01", "2024-02-01", "2024-03-01"])
        #expect(rows.map(\.periodEnd.description) == ["2024-01-31", "2024-02-29", "2024-03-31"])
        #expect(rows.map(\.source) == ["all", "all", "all"])
    }

    @Test("mean, standard error and shares per period")
    func statistics() throws {
        let rows = TrendReport.rows(
            [bucket("2024-02-19", "scmp", documents: 2, scores: [0.4, -0.4])], every: .week, metric: .sentiment,
            window: 1, from: nil, to: nil)
        #expect(try #require(rows[0].meanScore) == 0)
        #expect(abs(try #require(rows[0].standardError) - 0.4) < 1e-12)
        #expect(rows[0].positiveShare == 0.5 && rows[0].negativeShare == 0.5)
    }

    @Test("the rolling mean trails over the window's periods that have a value")
    func rolling() {
        let rows = TrendReport.rows(
            [
                bucket("2024-02-05", "a", documents: 1, scores: [0.6]),
                bucket("2024-02-19", "a", documents: 1, scores: [0.0]),
                bucket("2024-02-26", "a", documents: 1, scores: [-0.3]),
            ], every: .week, metric: .sentiment, window: 3, from: nil, to: nil)
        let rolling = rows.map { $0.rollingMean.map { ($0 * 1000).rounded() / 1000 } }
        #expect(rolling == [0.6, 0.6, 0.3, -0.15])
    }

    @Test("volume follows documents, figures follows figures")
    func metrics() {
        let buckets = [bucket("2024-02-05", "a", documents: 4, scores: [])]
        #expect(
            TrendReport.rows(buckets, every: .day, metric: .volume, window: 1, from: nil, to: nil)[0].rollingMean == 4)
        #expect(
            TrendReport.rows(buckets, every: .day, metric: .figures, window: 1, from: nil, to: nil)[0].rollingMean == 2)
    }

    @Test("sparklines scale each series to its range; gaps stay blank")
    func sparkline() {
        #expect(Sparkline.render([0, 0.5, 1, nil, 1]) == "▁▅█ █")
        #expect(Sparkline.render([2, 2]) == "▅▅")
        #expect(Sparkline.render([nil, nil]) == "  ")
    }
}
