import Foundation

/// Colours and type shared by the charts, readable on light and dark backgrounds.
enum ChartStyle {
    /// Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008), minus black and yellow, which vanish
    /// on one of the two backgrounds.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9"]

    static func colour(_ index: Int) -> String { palette[index % palette.count] }

    /// Text and axes follow the viewer's colour scheme; series colours read on both.
    static let css = """
        text { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 12px; fill: #222; }
        .axis, .tick { stroke: #555; stroke-width: 1; }
        .grid { stroke: #999; stroke-opacity: 0.3; stroke-width: 1; }
        .title { font-size: 15px; font-weight: 600; }
        .muted { fill: #555; }
        @media (prefers-color-scheme: dark) {
          text { fill: #e6e6e6; }
          .axis, .tick { stroke: #bbb; }
          .muted { fill: #bbb; }
        }
        """
}

/// Round steps for axis ticks: 1, 2 or 5 times a power of ten.
enum NiceScale {
    static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
        guard high > low, count > 0 else { return [low] }
        let rough = (high - low) / Double(count)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step =
            [1.0, 2.0, 5.0, 10.0].map { $0 * magnitude }.first { (high - low) / $0 <= Double(count) + 1 } ?? rough
        // Multiples of the step, rounded to the step's decimals so 3 × 0.2 prints as 0.6.
        let decimals = max(0, Int((-log10(step)).rounded(.up)))
        var ticks: [Double] = []
        var multiple = (low / step).rounded(.up)
        while multiple * step <= high + step * 1e-9 {
            let tick = Double(String(format: "%.\(decimals)f", multiple * step)) ?? multiple * step
            ticks.append(tick == 0 ? 0 : tick)
            multiple += 1
        }
        return ticks
    }
}
