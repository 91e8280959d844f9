/// Finds page furniture: the navigation, share bars, counters, credits, copyright lines and
/// related-headline lists that surround an article, line by line.
///
/// Lines are matched against the cue phrases of `Resources/furniture.json` (see `FurnitureCues`).
/// Only short lines are considered, and most rules refuse a line that ends like a sentence, so
/// article sentences mentioning "copyright law", "shared" or a "source" stay in the analysis.
/// A furniture line in the middle of the article excludes that line only; the tail rule
/// (everything from "拓展阅读", "Related articles", "转发到:" … to the end) applies only to such a
/// heading on a line of its own in the second half of the text. One structural rule is code, not
/// cues: a lone word on the last line after a blank line ("toi-tech") is a source tag.
///
///     Furniture.ranges(in: "Prices rose sharply on Monday.\n\nShare this\nOther headline")
///     // [ExcludedRange(range: 32..<57, kind: .shareBar)]
///
/// - Complexity: O(n) over the text; cue matching looks only at lines shorter than the longest rule.
public enum Furniture {
    /// The tail rule fires only from this share of the text on: share bars and "Related" headings
    /// at the top of a page must not swallow the article below them.
    static let tailStartsAfterShare = 0.5
    /// Longest lone word taken for a trailing source tag ("toi-tech", "reuters", "dpa-AFX").
    static let sourceTagMaxLength = 32

    /// The furniture in `text`, sorted and non-overlapping.
    public static func ranges(in text: String) -> [ExcludedRange] {
        let scalars = Lines.scalars(text)
        return ranges(scalars, lines: Lines.split(scalars))
    }

    static func ranges(_ scalars: [Unicode.Scalar], lines: [Line]) -> [ExcludedRange] {
        let cues = FurnitureCues.shared
        var kinds = [FurnitureKind?](repeating: nil, count: lines.count)
        var tailKind: FurnitureKind?
        var folded: [Unicode.Scalar] = []
        for (l, line) in lines.enumerated() where !line.isBlank {
            var own: FurnitureKind?
            var ownStartsTail = false
            if line.content.length <= cues.longestLine {
                folded.removeAll(keepingCapacity: true)
                for i in line.content.start..<line.content.end { folded.append(TextFolding.lowercased(scalars[i])) }
                if let r = cues.rule(forLine: folded) {
                    own = cues.rules[r].kind
                    ownStartsTail =
                        cues.rules[r].toEnd == true
                        && Double(line.content.start) >= tailStartsAfterShare * Double(scalars.count)
                }
            }
            if ownStartsTail { tailKind = own }
            kinds[l] = own ?? tailKind
        }
        markTrailingSourceTag(scalars, lines: lines, kinds: &kinds)
        return merged(lines: lines, kinds: kinds)
    }

    /// Marks a lone word on the last non-blank line, after a blank line, as a source tag.
    private static func markTrailingSourceTag(
        _ scalars: [Unicode.Scalar], lines: [Line], kinds: inout [FurnitureKind?]
    ) {
        guard let last = lines.lastIndex(where: { !$0.isBlank }), kinds[last] == nil, last >= 2,
            lines[last - 1].isBlank, lines[..<(last - 1)].contains(where: { !$0.isBlank })
        else { return }
        let content = lines[last].content
        guard content.length <= sourceTagMaxLength else { return }
        var hasLetter = false
        for i in content.start..<content.end {
            let c = scalars[i]
            if Lines.isSpace(c) || FurnitureCues.isFinalPunctuation(ScalarText.fold(c)) { return }
            if c.properties.isAlphabetic { hasLetter = true }
        }
        if hasLetter { kinds[last] = .sourceTag }
    }

    /// Joins neighbouring lines of one kind (blank lines between them included) into ranges.
    private static func merged(lines: [Line], kinds: [FurnitureKind?]) -> [ExcludedRange] {
        var ranges: [ExcludedRange] = []
        var open: ExcludedRange?
        for (l, line) in lines.enumerated() where !line.isBlank {
            guard let kind = kinds[l] else {
                if let o = open { ranges.append(o) }
                open = nil
                continue
            }
            if var o = open, o.kind == kind {
                o.range = ScalarRange(start: o.range.start, end: line.content.end)
                open = o
            } else {
                if let o = open { ranges.append(o) }
                open = ExcludedRange(range: line.content, kind: kind)
            }
        }
        if let o = open { ranges.append(o) }
        return ranges
    }
}
