/// Orders events on a timeline.
///
///     Timeline.events(from: linked).map(\.text)   // ["11.4%"] for the Sora Index sentence
public enum Timeline {
    /// The figures that carry a `when` (every figure after `EventLinker.link`), ordered by the
    /// start of their date, then by their position in the text. Dates themselves are not events.
    ///
    /// - Complexity: O(*n* log *n*).
    public static func events(from mentions: [Mention]) -> [Mention] {
        mentions.indices
            .filter { mentions[$0].kind != .date && mentions[$0].when != nil }
            .sorted { a, b in
                let x = mentions[a]
                let y = mentions[b]
                return (x.when!.range.start, x.range.start, a) < (y.when!.range.start, y.range.start, b)
            }
            .map { mentions[$0] }
    }
}
