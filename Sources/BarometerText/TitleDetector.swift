/// A headline found at the top of a text: its text and where it stands in the original.
public struct DetectedTitle: Sendable, Hashable {
    /// The headline without markdown heading markers and without a trailing " |".
    public var text: String
    /// The headline's range in the original text (markers and trailing bar left out).
    public var range: ScalarRange

    public init(text: String, range: ScalarRange) {
        self.text = text
        self.range = range
    }
}

/// Finds the headline: the first non-blank line that is not page furniture, when it looks like one.
///
/// A line looks like a headline when it is followed by a line break and more text, is at most
/// `maxLength` scalars long, is one sentence (no "… Christmas. But what …"), and ends neither with a
/// sentence-final period (`.` or `。`, also before a closing quote) nor with a colon; a question or
/// exclamation mark is fine ("Can Sora Revolutionize the AI Race?"). Markdown heading markers
/// ("### ") and a trailing site-name bar (" |") are not part of the title.
///
///     TitleDetector.title(in: "当前位置: 首页 > 国际\n\n外媒:Sora横空出世\n\n参考消息网2月23日报道。")?.text
///     // "外媒:Sora横空出世"
public enum TitleDetector {
    /// Closing quotes and brackets looked through for the final punctuation.
    static let closers = ScalarSet("\"'”’»)」』）".unicodeScalars)

    /// Longest headline in scalars. The seed headlines run to 90 characters and SEO guidance keeps
    /// headlines under 70; at 120 the one-sentence leads of the BBC development texts, 130–160
    /// characters without a final period, stop passing for headlines.
    static let maxLength = 120

    /// The headline of `text`, if it has one; `language` picks the sentence rules for the one-sentence test.
    public static func title(in text: String, language: Language = .undetermined) -> DetectedTitle? {
        let scalars = Lines.scalars(text)
        let lines = Lines.split(scalars)
        return title(scalars, lines: lines, excluded: Furniture.ranges(scalars, lines: lines), language: language)
    }

    static func title(
        _ scalars: [Unicode.Scalar], lines: [Line], excluded: [ExcludedRange], language: Language
    ) -> DetectedTitle? {
        var e = 0
        for (l, line) in lines.enumerated() where !line.isBlank {
            while e < excluded.count, excluded[e].range.end <= line.content.start { e += 1 }
            if e < excluded.count, excluded[e].range.contains(line.content) { continue }
            // The first line of text decides: a headline or none.
            guard l + 1 < lines.count, lines[(l + 1)...].contains(where: { !$0.isBlank }) else { return nil }
            guard line.content.length <= maxLength else { return nil }
            var start = line.content.start
            var end = line.content.end
            // Markdown heading markers: "#", "##" … followed by a space.
            var hashes = start
            while hashes < end, scalars[hashes] == "#" { hashes += 1 }
            if hashes > start, hashes < end, Lines.isSpace(scalars[hashes]) { start = hashes }
            while start < end, Lines.isSpace(scalars[start]) { start += 1 }
            // A trailing bar separating the headline from the site name: "Headline |".
            while end > start, scalars[end - 1] == "|" || scalars[end - 1] == "｜" || Lines.isSpace(scalars[end - 1]) {
                end -= 1
            }
            guard end > start else { return nil }
            var last = end - 1
            while last > start, closers.contains(scalars[last]) { last -= 1 }
            switch scalars[last] {
            case ".", "。", "．":
                // An ellipsis may end a headline ("Stocks slide..."), a full stop may not.
                guard last - 1 >= start, scalars[last - 1] == "." else { return nil }
            case ":", "：":
                return nil
            default:
                break
            }
            let range = ScalarRange(start: start, end: end)
            var pieces: [Sentence] = []
            SentenceSplitter(language: language).split(scalars, range, into: &pieces)
            guard pieces.count == 1 else { return nil }
            return DetectedTitle(text: Lines.string(scalars, range), range: range)
        }
        return nil
    }
}
