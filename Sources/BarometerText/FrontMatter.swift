import Foundation

/// Splits YAML-like front matter from a markdown document.
///
/// Front matter is optional: the document's first line is `---`, and the fields end at the next
/// `---` (or `...`) line. Only simple `key: value` lines are read; quotes around a value are
/// removed, and lines that are not of that form (comments, lists, nested maps) are ignored.
/// Without a closing line there is no front matter and the whole text is the body.
///
///     FrontMatter.split("---\ntitle: \"Rates rise\"\nlang: en\n---\nBody")
///     // (fields: ["title": "Rates rise", "lang": "en"], body: "Body")
public enum FrontMatter {
    public static func split(_ markdown: String) -> (fields: [String: String], body: String) {
        let scalars = Lines.scalars(markdown)
        let lines = Lines.split(scalars)
        guard let first = lines.first, isDelimiter(scalars, first, allowDots: false) else { return ([:], markdown) }
        guard let close = lines.indices.dropFirst().first(where: { isDelimiter(scalars, lines[$0], allowDots: true) })
        else { return ([:], markdown) }
        var fields: [String: String] = [:]
        for line in lines[1..<close] {
            if let (key, value) = field(Lines.string(scalars, line.range)) { fields[key] = value }
        }
        // The body starts after the closing line and its line break.
        var bodyStart = lines[close].range.end
        if bodyStart < scalars.count, scalars[bodyStart] == "\r" { bodyStart += 1 }
        if bodyStart < scalars.count, scalars[bodyStart] == "\n" { bodyStart += 1 }
        return (fields, Lines.string(scalars, ScalarRange(start: bodyStart, end: scalars.count)))
    }

    private static func isDelimiter(_ scalars: [Unicode.Scalar], _ line: Line, allowDots: Bool) -> Bool {
        let text = Lines.string(scalars, line.content)
        // The opening line must start the document (no indentation); trailing spaces are fine.
        return (text == "---" || (allowDots && text == "...")) && line.range.start == line.content.start
    }

    /// A `key: value` line, or nil.
    static func field(_ line: String) -> (String, String)? {
        guard let first = line.unicodeScalars.first, !Lines.isSpace(first), first != "#", first != "-",
            let colon = line.firstIndex(of: ":")
        else { return nil }
        let key = line[..<colon].trimmingSpaces()
        guard !key.isEmpty, !key.contains(" ") || key.hasPrefix("\"") else { return nil }
        var value = line[line.index(after: colon)...].trimmingSpaces()
        // A value must be separated by a space from its key ("time: 12:30" but not "http://x").
        if !value.isEmpty, line[line.index(after: colon)...].first.map({ !$0.isWhitespace }) == true { return nil }
        if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
            value = String(value.dropFirst().dropLast())
            if q == "\"" {
                value = value.replacingOccurrences(of: "\\\"", with: "\"")
            } else {
                value = value.replacingOccurrences(of: "''", with: "'")
            }
        }
        return (unquoted(key), value)
    }

    private static func unquoted(_ key: String) -> String {
        if key.count >= 2, let q = key.first, q == "\"" || q == "'", key.last == q {
            return String(key.dropFirst().dropLast())
        }
        return key
    }
}

extension StringProtocol {
    /// The text without leading and trailing horizontal white space.
    func trimmingSpaces() -> String {
        let scalars = Array(unicodeScalars)
        var s = 0
        var e = scalars.count
        while s < e, Lines.isSpace(scalars[s]) { s += 1 }
        while e > s, Lines.isSpace(scalars[e - 1]) { e -= 1 }
        return Lines.string(scalars, ScalarRange(start: s, end: e))
    }
}
