/// Line structure of a text of Unicode scalars, found in one pass.
///
/// A line ends at LF, CR, CR LF, U+2028 or U+2029; its `range` excludes the terminator, and `content`
/// is the range without leading and trailing white space (empty when the line is blank).
struct Line: Sendable, Hashable {
    var range: ScalarRange
    var content: ScalarRange
    var isBlank: Bool { content.isEmpty }
}

enum Lines {
    /// Whether a scalar ends a line.
    @inline(__always)
    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0D, 0x2028, 0x2029, 0x0B, 0x0C, 0x85: return true
        default: return false
        }
    }

    /// Horizontal white space: spaces, tabs, no-break, ideographic and other Unicode spaces, and the BOM.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Splits `scalars` into lines.
    ///
    /// - Complexity: O(n).
    static func split(_ scalars: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if isBreak(c) {
                lines.append(line(scalars, start, i))
                if c == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n || n == 0 { lines.append(line(scalars, start, n)) }
        return lines
    }

    private static func line(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Line {
        let content = trimmed(scalars, ScalarRange(start: start, end: end))
        return Line(range: ScalarRange(start: start, end: end), content: content)
    }

    /// The range without leading and trailing white space (line breaks included).
    static func trimmed(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> ScalarRange {
        var s = range.start
        var e = range.end
        while s < e, isSpace(scalars[s]) || isBreak(scalars[s]) { s += 1 }
        while e > s, isSpace(scalars[e - 1]) || isBreak(scalars[e - 1]) { e -= 1 }
        return ScalarRange(start: s, end: e)
    }

    /// The text of a range of scalars.
    static func string(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }
}
