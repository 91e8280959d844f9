/// Plain text from markdown, line by line.
///
/// - Heading markers (`## `), block-quote markers (`> `) and list bullets (`- `, `* `, `+ `, `1. `)
///   at the start of a line are removed.
/// - `[text](url)` becomes `text`, `![alt](url)` becomes `alt`.
/// - Emphasis markers (`*`, `**`, `_`, `__`, `~~`) and inline-code backticks are removed; a `*` with
///   spaces on both sides ("2 * 3") and a `_` inside a word (`snake_case`) stay.
/// - Fenced code blocks are kept as text, only the fence lines go.
///
///     MarkdownText.plain("## Rates\n- **Prices** rose, see [the report](https://x.org).")
///     // "Rates\nPrices rose, see the report."
///
/// - Complexity: O(n).
public enum MarkdownText {
    /// Longest link text or URL looked at, so that a line of unmatched brackets stays linear.
    static let longestLinkPart = 2_000

    public static func plain(_ markdown: String) -> String {
        let scalars = Lines.scalars(markdown)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var inFence = false
        for (l, line) in Lines.split(scalars).enumerated() {
            if l > 0 { out.append("\n") }
            var s = line.range.start
            let e = line.range.end
            while s < e, Lines.isSpace(scalars[s]) { s += 1 }
            if e - s >= 3,
                (scalars[s] == "`" && scalars[s + 1] == "`" && scalars[s + 2] == "`")
                    || (scalars[s] == "~" && scalars[s + 1] == "~" && scalars[s + 2] == "~")
            {
                inFence.toggle()
                continue
            }
            if inFence {
                out.append(contentsOf: scalars[line.range.start..<e])
                continue
            }
            s = afterBlockMarkers(scalars, s, e)
            appendInline(scalars, s, e, to: &out)
        }
        // Fence lines leave empty lines; drop the trailing ones a closing fence leaves.
        while out.last == "\n" { out.removeLast() }
        return Lines.string(out, ScalarRange(start: 0, end: out.count))
    }

    /// The position after heading, quote and list markers at the start of a line.
    private static func afterBlockMarkers(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var i = start
        while true {
            var j = i
            switch j < end ? s[j] : " " {
            case "#":
                while j < end, s[j] == "#" { j += 1 }
            case ">":
                j += 1
            case "-", "*", "+":
                j += 1
            case "0"..."9":
                while j < end, s[j].properties.numericType != nil, s[j].value < 0x80 { j += 1 }
                guard j < end, s[j] == "." || s[j] == ")" else { return i }
                j += 1
            default:
                return i
            }
            // A marker needs a space after it (or ends the line); "-5%" and "#hashtag" stay.
            guard j == end || Lines.isSpace(s[j]) else { return i }
            while j < end, Lines.isSpace(s[j]) { j += 1 }
            i = j
        }
    }

    /// Appends `s[start..<end]` without links, images, emphasis and code markers.
    private static func appendInline(
        _ s: [Unicode.Scalar], _ start: Int, _ end: Int, to out: inout [Unicode.Scalar]
    ) {
        var i = start
        while i < end {
            let c = s[i]
            switch c {
            case "!" where i + 1 < end && s[i + 1] == "[":
                if let link = link(s, i + 1, end) {
                    appendInline(s, link.text.lowerBound, link.text.upperBound, to: &out)
                    i = link.end
                    continue
                }
            case "[":
                if let link = link(s, i, end) {
                    appendInline(s, link.text.lowerBound, link.text.upperBound, to: &out)
                    i = link.end
                    continue
                }
            case "`":
                i += 1
                continue
            case "*", "_", "~":
                var j = i
                while j < end, s[j] == c { j += 1 }
                let before: Unicode.Scalar? = i > start ? s[i - 1] : nil
                let after: Unicode.Scalar? = j < end ? s[j] : nil
                let spaceBefore = before.map(Lines.isSpace) ?? true
                let spaceAfter = after.map(Lines.isSpace) ?? true
                let wordBefore = before.map(TextFolding.isWordScalar) ?? false
                let wordAfter = after.map(TextFolding.isWordScalar) ?? false
                let isMarker: Bool
                switch c {
                case "_": isMarker = !(wordBefore && wordAfter) && !(spaceBefore && spaceAfter)
                case "~": isMarker = j - i == 2 && !(spaceBefore && spaceAfter)
                default: isMarker = !(spaceBefore && spaceAfter)
                }
                if isMarker {
                    i = j
                    continue
                }
                out.append(contentsOf: s[i..<j])
                i = j
                continue
            default:
                break
            }
            out.append(c)
            i += 1
        }
    }

    /// A `[text](url)` at `open`: the text's range and the position after the closing parenthesis.
    private static func link(_ s: [Unicode.Scalar], _ open: Int, _ end: Int) -> (text: Range<Int>, end: Int)? {
        var i = open + 1
        var depth = 1
        while i < end, i - open < longestLinkPart {
            if s[i] == "[" { depth += 1 }
            if s[i] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        guard i + 1 < end, depth == 0, s[i + 1] == "(" else { return nil }
        var j = i + 2
        while j < end, j - i < longestLinkPart, s[j] != ")" { j += 1 }
        guard j < end, s[j] == ")" else { return nil }
        return (open + 1..<i, j + 1)
    }
}
