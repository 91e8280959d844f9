import BarometerStore
import BarometerText

/// `timeline --format svg`: events on a time axis, each labelled with its figure, subject and direction.
public enum TimelineChart {
    static let width = 960.0
    static let laneHeight = 22.0
    static let margin = (left: 24.0, right: 24.0, top: 56.0, bottom: 64.0)
    /// Label width estimate per character (12 px system-ui averages about 6.6 px); labels are placed in lanes so
    /// estimated extents never overlap.
    static let characterWidth = 6.6

    public static func svg(_ rows: [MentionRow], title: String) -> String {
        let events = rows.compactMap { row -> (Day, MentionRow)? in
            guard let when = row.mention.whenStart ?? row.mention.dateStart else { return nil }
            return (when, row)
        }
        let days = events.map(\.0.daysSinceEpoch)
        let first = Double((days.min() ?? 0) - 1)
        let last = Double((days.max() ?? 0) + 1)
        let plotWidth = width - margin.left - margin.right
        func x(_ day: Day) -> Double { margin.left + (Double(day.daysSinceEpoch) - first) / (last - first) * plotWidth }

        // Greedy lanes: each label goes to the first lane whose last label ends before it starts.
        // A label that would run past the right edge is drawn to the left of its dot instead.
        var laneEnds: [Double] = []
        var placed: [(x: Double, lane: Int, label: String, row: MentionRow, day: Day, leftward: Bool)] = []
        for (day, row) in events {
            let label = Self.label(row.mention)
            let dot = x(day)
            let labelWidth = Double(TextTableWriter.displayWidth(label)) * characterWidth + 12
            let leftward = dot + labelWidth > width - margin.right
            let start = leftward ? dot - labelWidth : dot
            let end = leftward ? dot + 6 : dot + labelWidth
            let lane = laneEnds.firstIndex { $0 < start } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(end) } else { laneEnds[lane] = end }
            placed.append((dot, lane, label, row, day, leftward))
        }
        let height = margin.top + Double(max(laneEnds.count, 1)) * laneHeight + margin.bottom
        let axisY = height - margin.bottom + 8

        var svg = SVGWriter(width: width, height: height)
        svg.style(ChartStyle.css)
        svg.text(title, x: margin.left, y: 28, attributes: ["class": "title"])
        svg.element(
            "line",
            ["x1": n(margin.left), "x2": n(width - margin.right), "y1": n(axisY), "y2": n(axisY), "class": "axis"])
        let daysSpan = Int(last - first)
        let step = max(1, daysSpan / 8)
        var tick = Int(first) + 1
        while Double(tick) < last {
            let day = Day(daysSinceEpoch: tick)
            let tx = x(day)
            svg.element("line", ["x1": n(tx), "x2": n(tx), "y1": n(axisY), "y2": n(axisY + 5), "class": "tick"])
            // A date label is about 66 px wide: near an edge it is anchored there rather than cut off.
            let half = Double(day.description.count) * characterWidth / 2
            let anchor = tx - half < 0 ? "start" : (tx + half > width ? "end" : "middle")
            let labelX = anchor == "start" ? max(tx - 4, 0) : (anchor == "end" ? min(tx + 4, width) : tx)
            svg.text(day.description, x: labelX, y: axisY + 20, attributes: ["text-anchor": anchor, "class": "muted"])
            tick += step
        }
        for event in placed {
            let y = margin.top + Double(event.lane) * laneHeight + 14
            let colour = event.row.mention.direction == "down" ? ChartStyle.colour(3) : ChartStyle.colour(0)
            let tooltip =
                "\(event.day) · \(event.row.source) · document \(event.row.documentID)"
                + (event.row.title.map { " · \($0)" } ?? "")
            svg.group(title: tooltip) {
                $0.element(
                    "line",
                    ["x1": n(event.x), "x2": n(event.x), "y1": n(y + 3), "y2": n(axisY), "class": "grid"])
                $0.element("circle", ["cx": n(event.x), "cy": n(y - 4), "r": "4", "fill": colour])
                $0.text(
                    event.label, x: event.leftward ? event.x - 8 : event.x + 8, y: y,
                    attributes: event.leftward ? ["text-anchor": "end"] : [:])
            }
        }
        return svg.finish(title: title)
    }

    /// "11.4% · Sora Index ↑"
    static func label(_ m: StoredMention) -> String {
        var parts = [m.text]
        if let subject = m.subject { parts.append(subject) }
        var label = parts.joined(separator: " · ")
        if m.direction == "up" { label += " ↑" }
        if m.direction == "down" { label += " ↓" }
        return label
    }

    static func n(_ value: Double) -> String { SVGWriter.number(value) }
}
