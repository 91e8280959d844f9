import BarometerText

/// `trend --format svg`: one line per source over the periods, a shaded ±1 standard-error band, labelled axes with
/// dates on x, and a legend.
public enum TrendChart {
    static let width = 900.0
    static let height = 460.0
    static let margin = (left: 64.0, right: 24.0, top: 48.0, bottom: 96.0)

    public static func svg(_ rows: [TrendRow], metric: TrendMetric, title: String) -> String {
        var series: [String] = []
        var points: [String: [TrendRow]] = [:]
        for row in rows {
            if points[row.source] == nil { series.append(row.source) }
            points[row.source, default: []].append(row)
        }
        let days = rows.map(\.periodStart.daysSinceEpoch)
        let firstDay = Double(days.min() ?? 0)
        let lastDay = Double(max(days.max() ?? 1, (days.min() ?? 0) + 1))

        // The y range covers every value and band, with sentiment's natural zero line kept in view.
        var values: [Double] = []
        for row in rows {
            guard let value = row.value else { continue }
            let band = metric == .sentiment ? (row.standardError ?? 0) : 0
            values += [value - band, value + band]
        }
        var low = min(values.min() ?? 0, 0)
        var high = max(values.max() ?? 1, metric == .sentiment ? 0 : 1)
        if high - low < 1e-9 { high = low + 1 }
        let padding = (high - low) * 0.08
        low -= padding
        high += padding

        let plotWidth = width - margin.left - margin.right
        let plotHeight = height - margin.top - margin.bottom
        func x(_ day: Day) -> Double {
            margin.left + (Double(day.daysSinceEpoch) - firstDay) / (lastDay - firstDay) * plotWidth
        }
        func y(_ value: Double) -> Double { margin.top + (high - value) / (high - low) * plotHeight }

        var svg = SVGWriter(width: width, height: height)
        svg.style(ChartStyle.css)
        svg.text(title, x: margin.left, y: 28, attributes: ["class": "title"])

        // Grid and y axis.
        for tick in NiceScale.ticks(low: low, high: high) {
            let ty = y(tick)
            svg.element(
                "line",
                ["x1": n(margin.left), "x2": n(width - margin.right), "y1": n(ty), "y2": n(ty), "class": "grid"])
            svg.text(
                Cell.format(tick, digits: 3), x: margin.left - 8, y: ty + 4,
                attributes: ["text-anchor": "end", "class": "muted"])
        }
        svg.element(
            "line",
            [
                "x1": n(margin.left), "x2": n(margin.left), "y1": n(margin.top), "y2": n(height - margin.bottom),
                "class": "axis",
            ])
        svg.element(
            "line",
            [
                "x1": n(margin.left), "x2": n(width - margin.right), "y1": n(height - margin.bottom),
                "y2": n(height - margin.bottom), "class": "axis",
            ])
        let yLabel: String
        switch metric {
        case .sentiment: yLabel = "mean sentiment (−1 … 1), band ±1 standard error"
        case .volume: yLabel = "documents"
        case .figures: yLabel = "figures"
        }
        svg.text(
            yLabel, x: 16, y: margin.top + plotHeight / 2,
            attributes: ["transform": "rotate(-90 16 \(n(margin.top + plotHeight / 2)))", "text-anchor": "middle"])

        // X ticks: at most about ten period starts, labelled with their dates.
        let periods = Array(Set(rows.map(\.periodStart))).sorted()
        let every = max(1, (periods.count + 9) / 10)
        for (index, day) in periods.enumerated() where index % every == 0 {
            let tx = x(day)
            svg.element(
                "line",
                [
                    "x1": n(tx), "x2": n(tx), "y1": n(height - margin.bottom), "y2": n(height - margin.bottom + 5),
                    "class": "tick",
                ])
            svg.text(
                day.description, x: tx, y: height - margin.bottom + 18,
                attributes: [
                    "text-anchor": "end", "class": "muted",
                    "transform": "rotate(-35 \(n(tx)) \(n(height - margin.bottom + 18)))",
                ])
        }
        svg.text(
            "period start", x: margin.left + plotWidth / 2, y: height - 12, attributes: ["text-anchor": "middle"])

        // Bands, then lines and points, one colour per series.
        for (index, name) in series.enumerated() {
            let colour = ChartStyle.colour(index)
            let rows = points[name] ?? []
            for segment in segments(rows) {
                if metric == .sentiment, segment.contains(where: { $0.standardError != nil }) {
                    let upper = segment.map { "\(n(x($0.periodStart))),\(n(y($0.value! + ($0.standardError ?? 0))))" }
                    let lower = segment.reversed().map {
                        "\(n(x($0.periodStart))),\(n(y($0.value! - ($0.standardError ?? 0))))"
                    }
                    svg.element(
                        "polygon",
                        ["points": (upper + lower).joined(separator: " "), "fill": colour, "fill-opacity": "0.18"])
                }
                let line = segment.map { "\(n(x($0.periodStart))),\(n(y($0.value!)))" }.joined(separator: " ")
                svg.element(
                    "polyline", ["points": line, "fill": "none", "stroke": colour, "stroke-width": "2.2"])
                for row in segment {
                    svg.group(
                        title:
                            "\(name) \(row.periodStart): \(Cell.format(row.value!, digits: 3)), \(row.documents) documents"
                    ) {
                        $0.element(
                            "circle", ["cx": n(x(row.periodStart)), "cy": n(y(row.value!)), "r": "3.2", "fill": colour])
                    }
                }
            }
        }

        // Legend along the top right.
        var legendX = width - margin.right
        for (index, name) in series.enumerated().reversed() {
            // The swatch and its gap (18 px), the name, and 16 px before the next entry.
            let labelWidth = Double(TextTableWriter.displayWidth(name)) * TimelineChart.characterWidth + 34
            legendX -= labelWidth
            svg.element(
                "rect", ["x": n(legendX), "y": "18", "width": "14", "height": "4", "fill": ChartStyle.colour(index)])
            svg.text(name, x: legendX + 18, y: 24)
        }
        return svg.finish(title: title)
    }

    /// Runs of consecutive periods that have a value (gaps break the line).
    static func segments(_ rows: [TrendRow]) -> [[TrendRow]] {
        var segments: [[TrendRow]] = []
        var current: [TrendRow] = []
        for row in rows {
            if row.value == nil {
                if !current.isEmpty { segments.append(current) }
                current = []
            } else {
                current.append(row)
            }
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }

    static func n(_ value: Double) -> String { SVGWriter.number(value) }
}
