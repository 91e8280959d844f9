/// Plain text from an HTML page, in one linear pass that never fails on malformed markup.
///
/// - Tags are removed; `<script>`, `<style>`, `<noscript>`, `<template>` and comments are dropped
///   with their content.
/// - Block elements (p, div, h1–h6, li, tr, section, article, header, footer …) and `<br>` become
///   line breaks (a blank line between paragraphs, a single break for `<br>`, `<li>`, `<tr>`).
/// - Character references are decoded: the named ones of `Resources/html-entities.json` and
///   numeric ones (`&#123;`, `&#x1F600;`); an unknown or unterminated one is kept as written.
/// - Runs of white space collapse to one space, lines are trimmed, and at most one blank line remains.
/// - The title is the `<title>` text, or else the first `<h1>`'s text (which also stays in the body).
///
///     HTMLText.plainText("<title>Rates</title><p>Prices &amp; wages<br>rose</p>")
///     // (text: "Prices & wages\nrose", title: "Rates")
///
/// - Complexity: O(n). A stray `<` without a `>` after it is kept as text; a `>` inside a quoted
///   attribute value ends its tag early (the rest of the attributes then shows as text).
public enum HTMLText {
    /// Elements dropped with everything inside them.
    static let droppedElements: Set<String> = ["script", "style", "noscript", "template"]
    /// Elements that start and end a paragraph.
    static let paragraphElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "main",
        "aside", "nav", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "figcaption", "form", "hr",
        "address", "details", "summary",
    ]
    /// Elements that end a line.
    static let lineElements: Set<String> = ["br", "li", "tr", "dt", "dd", "option"]

    static let entities: [String: String] = {
        struct File: Decodable { var entities: [String: String] }
        return TextResources.load(File.self, named: "html-entities").entities
    }()

    public static func plainText(_ html: String) -> (text: String, title: String?) {
        let s = Lines.scalars(html)
        let n = s.count
        var body = CollapsingText()
        var titleText: String?
        var heading = CollapsingText()
        var headingState = 0  // 0: not seen, 1: inside the first <h1>, 2: done
        var nextClose = -1  // position of the next ">" at or after the scan position, n if none
        var i = 0
        while i < n {
            let c = s[i]
            if c == "<", i + 1 < n {
                let d = s[i + 1]
                if d == "!" && i + 3 < n && s[i + 2] == "-" && s[i + 3] == "-" {
                    i = find(s, "-->", from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                let isClosing = d == "/"
                let nameStart = isClosing ? i + 2 : i + 1
                if d == "!" || d == "?" || (nameStart < n && isASCIILetter(s[nameStart])) {
                    if nextClose < i {
                        nextClose = i
                        while nextClose < n, s[nextClose] != ">" { nextClose += 1 }
                    }
                    if nextClose < n {
                        let tagEnd = nextClose + 1
                        var name = ""
                        var k = nameStart
                        while k < nextClose, isASCIILetter(s[k]) || (s[k].value >= 0x30 && s[k].value <= 0x39) {
                            name.unicodeScalars.append(Unicode.Scalar(s[k].value | (isASCIILetter(s[k]) ? 0x20 : 0))!)
                            k += 1
                        }
                        i = tagEnd
                        if d == "!" || d == "?" { continue }
                        if !isClosing, droppedElements.contains(name) || name == "title" {
                            let close = findClosingTag(s, name, from: tagEnd) ?? n
                            if name == "title", titleText == nil {
                                var title = CollapsingText()
                                decode(s, tagEnd..<close, into: &title)
                                titleText = title.result()
                            }
                            i = close
                            continue
                        }
                        if name == "h1" {
                            if !isClosing, headingState == 0 {
                                headingState = 1
                            } else if isClosing, headingState == 1 {
                                headingState = 2
                            }
                        }
                        if paragraphElements.contains(name) {
                            body.lineBreak(2)
                        } else if name == "br" {
                            body.addLineBreak()
                        } else if lineElements.contains(name) {
                            body.lineBreak(1)
                        }
                        continue
                    }
                }
            }
            let next = decodeOne(s, at: i)
            body.append(next.scalar)
            if headingState == 1 { heading.append(next.scalar) }
            i = next.end
        }
        let title = titleText.flatMap { $0.isEmpty ? nil : $0 } ?? heading.result().nilIfEmpty
        return (body.result(), title)
    }

    /// Decodes `s[range]` into `out`.
    private static func decode(_ s: [Unicode.Scalar], _ range: Range<Int>, into out: inout CollapsingText) {
        var i = range.lowerBound
        while i < range.upperBound {
            let next = decodeOne(s, at: i, limit: range.upperBound)
            out.append(next.scalar)
            i = next.end
        }
    }

    /// The scalar at `i`, or the character a reference starting at `i` stands for, and where it ends.
    static func decodeOne(_ s: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> (scalar: Unicode.Scalar, end: Int) {
        let n = limit ?? s.count
        guard s[i] == "&", i + 2 < n else { return (s[i], i + 1) }
        if s[i + 1] == "#" {
            var k = i + 2
            let hex = s[k] == "x" || s[k] == "X"
            if hex { k += 1 }
            var value: UInt32 = 0
            let digitsStart = k
            while k < n, k - digitsStart < 8, let digit = hexValue(s[k]), hex || digit < 10 {
                value = value * (hex ? 16 : 10) + digit
                k += 1
            }
            guard k > digitsStart else { return (s[i], i + 1) }
            let end = k < n && s[k] == ";" ? k + 1 : k
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", end)
        }
        var k = i + 1
        var name = ""
        while k < n, k - i <= 32, isASCIILetter(s[k]) || (s[k].value >= 0x30 && s[k].value <= 0x39) {
            name.unicodeScalars.append(s[k])
            k += 1
        }
        guard k < n, s[k] == ";", let value = entities[name], let scalar = value.unicodeScalars.first else {
            return (s[i], i + 1)
        }
        return (scalar, k + 1)
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46: return c.value - 0x41 + 10
        case 0x61...0x66: return c.value - 0x61 + 10
        default: return nil
        }
    }

    @inline(__always)
    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// Position of `needle` (ASCII) in `s` at or after `from`.
    private static func find(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard from < s.count else { return nil }
        var i = from
        while i + pattern.count <= s.count {
            if s[i] == pattern[0], (1..<pattern.count).allSatisfy({ s[i + $0] == pattern[$0] }) { return i }
            i += 1
        }
        return nil
    }

    /// Position of `</name` (any case) at or after `from`.
    private static func findClosingTag(_ s: [Unicode.Scalar], _ name: String, from: Int) -> Int? {
        let pattern = Array(name.unicodeScalars)
        var i = from
        while i + 1 + pattern.count < s.count {
            if s[i] == "<", s[i + 1] == "/",
                (0..<pattern.count).allSatisfy({ Unicode.Scalar(s[i + 2 + $0].value | 0x20) == pattern[$0] })
            {
                return i
            }
            i += 1
        }
        return nil
    }
}

/// Text built scalar by scalar with HTML white-space rules: runs of white space become one space,
/// spaces next to line breaks disappear, and at most two line breaks stand in a row.
struct CollapsingText {
    private var view: [Unicode.Scalar] = []
    private var pendingSpace = false
    private var pendingBreaks = 0

    mutating func append(_ c: Unicode.Scalar) {
        switch c {
        case " ", "\t", "\n", "\r", "\u{0C}":
            pendingSpace = true
        default:
            if !view.isEmpty {
                if pendingBreaks > 0 {
                    view.append(contentsOf: repeatElement("\n", count: pendingBreaks))
                } else if pendingSpace {
                    view.append(" ")
                }
            }
            pendingSpace = false
            pendingBreaks = 0
            view.append(c)
        }
    }

    /// Ends the line; `count` 2 leaves a blank line.
    mutating func lineBreak(_ count: Int) {
        pendingBreaks = max(pendingBreaks, min(count, 2))
        pendingSpace = false
    }

    /// Adds one line break (two `<br>` in a row leave a blank line).
    mutating func addLineBreak() {
        pendingBreaks = min(pendingBreaks + 1, 2)
        pendingSpace = false
    }

    func result() -> String { Lines.string(view, ScalarRange(start: 0, end: view.count)) }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
