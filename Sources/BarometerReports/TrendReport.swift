import BarometerStore
import BarometerText

/// What a trend follows: the mean article score, the number of documents, or the number of figures.
public enum TrendMetric: String, Sendable, CaseIterable {
    case sentiment, volume, figures
}

/// One period of one series of a trend.
public struct TrendRow: Sendable, Hashable {
    public var periodStart: Day
    public var periodEnd: Day
    /// The source, or `all` for the overall series.
    public var source: String
    public var documents: Int
    public var sentences: Int
    public var figures: Int
    /// Mean article score; nil for a period without scored documents.
    public var meanScore: Double?
    public var standardError: Double?
    public var positiveShare: Double?
    public var negativeShare: Double?
    /// The metric's value for this period (mean score, documents or figures).
    public var value: Double?
    /// Trailing mean of `value` over the window's periods that have one.
    public var rollingMean: Double?
}

/// Builds trend series from the engine's per-period sums: every period in range appears (empty ones with zero
/// documents), with standard errors, label shares and a trailing rolling mean.
public enum TrendReport {
    /// The columns, a promise to scripts (README documents them).
    public static let columns = [
        "period_start", "period_end", "source", "documents", "sentences", "mean_score", "std_error", "positive_share",
        "negative_share", "rolling_mean", "figures",
    ]

    public static func rows(
        _ buckets: [TrendBucket], every period: TrendPeriod, metric: TrendMetric, window: Int, from: Day?, to: Day?
    ) -> [TrendRow] {
        precondition(window >= 1, "a rolling window covers at least one period")
        guard let first = from.map(period.start(of:)) ?? buckets.map(\.periodStart).min(),
            let last = to.map(period.start(of:)) ?? buckets.map(\.periodStart).max()
        else { return [] }
        var series: [String: [Day: TrendBucket]] = [:]
        var order: [String] = []
        for bucket in buckets {
            let name = bucket.source ?? "all"
            if series[name] == nil { order.append(name) }
            series[name, default: [:]][bucket.periodStart] = bucket
        }
        var rows: [TrendRow] = []
        for name in order {
            var values: [Double?] = []
            var start = first
            while start <= last {
                let bucket = series[name]?[start]
                var row = TrendRow(
                    periodStart: start, periodEnd: period.end(startingAt: start), source: name,
                    documents: bucket?.documents ?? 0, sentences: bucket?.sentences ?? 0, figures: bucket?.figures ?? 0)
                if let bucket, bucket.scored > 0 {
                    let summary = GroupScore(
                        group: name, count: bucket.scored, sum: bucket.scoreSum, sumOfSquares: bucket.scoreSquares,
                        positive: bucket.positive, negative: bucket.negative)
                    row.meanScore = summary.mean
                    row.standardError = summary.standardError
                    row.positiveShare = summary.positiveShare
                    row.negativeShare = summary.negativeShare
                }
                switch metric {
                case .sentiment: row.value = row.meanScore
                case .volume: row.value = Double(row.documents)
                case .figures: row.value = Double(row.figures)
                }
                values.append(row.value)
                let trailing = values.suffix(window).compactMap { $0 }
                row.rollingMean = trailing.isEmpty ? nil : trailing.reduce(0, +) / Double(trailing.count)
                rows.append(row)
                start = period.next(after: start)
            }
        }
        return rows
    }

    public static func table(_ rows: [TrendRow], parameters: [(String, Cell)] = []) -> ReportTable {
        var table = ReportTable(columns: columns, parameters: parameters)
        for row in rows {
            table.append([
                .text(row.periodStart.description), .text(row.periodEnd.description), .text(row.source),
                .integer(row.documents), .integer(row.sentences), .optional(row.meanScore),
                .optional(row.standardError), .optional(row.positiveShare), .optional(row.negativeShare),
                .optional(row.rollingMean), .integer(row.figures),
            ])
        }
        return table
    }

    /// The table view: the table, then one sparkline per series over its rolling mean.
    public static func text(_ rows: [TrendRow], metric: TrendMetric) -> String {
        var out = TextTableWriter().write(table(rows))
        var order: [String] = []
        var series: [String: [Double?]] = [:]
        for row in rows {
            if series[row.source] == nil { order.append(row.source) }
            series[row.source, default: []].append(row.rollingMean)
        }
        let width = order.map(TextTableWriter.displayWidth).max() ?? 0
        out += "\n"
        for name in order {
            let pad = String(repeating: " ", count: width - TextTableWriter.displayWidth(name))
            out += "\(name)\(pad)  \(Sparkline.render(series[name] ?? []))  (\(metric.rawValue), rolling mean)\n"
        }
        return out
    }
}

/// A one-line chart of a series in block characters; gaps (no value) are spaces.
///
///     Sparkline.render([0, 0.5, 1, nil, 1])   // "▁▅█ █"
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Double?]) -> String {
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else {
            return String(repeating: " ", count: values.count)
        }
        let span = high - low
        return String(
            values.map { value -> Character in
                guard let value else { return " " }
                guard span > 0 else { return blocks[blocks.count / 2] }
                let index = Int(((value - low) / span * Double(blocks.count - 1)).rounded())
                return blocks[min(max(index, 0), blocks.count - 1)]
            })
    }
}
