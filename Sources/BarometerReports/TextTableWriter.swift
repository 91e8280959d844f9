/// Writes tables as aligned columns for a terminal, counting East Asian wide characters as two columns
/// so Chinese titles line up.
public struct TextTableWriter: Sendable {
    /// Cells longer than this many columns are cut with an ellipsis.
    public var maximumWidth: Int

    public init(maximumWidth: Int = 60) {
        self.maximumWidth = maximumWidth
    }

    public func write(_ table: ReportTable) -> String {
        let header = table.columns
        let body = table.rows.map { $0.map { truncated($0.plain) } }
        var widths = header.map(Self.displayWidth)
        for row in body {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], Self.displayWidth(cell)) }
        }
        let numeric = table.columns.indices.map { column in
            !table.rows.isEmpty && table.rows.allSatisfy { $0[column].isNumeric || $0[column] == .null }
        }
        func render(_ cells: [String]) -> String {
            var line = ""
            for (index, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[index] - Self.displayWidth(cell))
                if index > 0 { line += "  " }
                line += numeric[index] ? pad + cell : cell + (index == cells.count - 1 ? "" : pad)
            }
            return line
        }
        var out = render(header) + "\n"
        out += render(widths.map { String(repeating: "─", count: $0) }) + "\n"
        for row in body { out += render(row) + "\n" }
        return out
    }

    func truncated(_ text: String) -> String {
        let flat = text.replacingNewlines()
        guard Self.displayWidth(flat) > maximumWidth else { return flat }
        var out = ""
        var width = 0
        for character in flat {
            let w = Self.displayWidth(String(character))
            if width + w > maximumWidth - 1 { break }
            out.append(character)
            width += w
        }
        return out + "…"
    }

    /// Terminal columns a string takes: 2 for East Asian wide and full-width characters, else 1.
    public static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F: break  // combining marks, zero-width spaces
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                width += 2
            default: width += 1
            }
        }
        return width
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" ? " " : $0 })
    }
}
