import BarometerText

/// Finds dates in one language and resolves them against a reference day.
///
///     let text = ScalarText("Sora, unveiled just last week, …")
///     DateRecognizer(language: .english).mentions(in: text, range: ScalarRange(start: 0, end: text.count),
///                                                 reference: Day("2024-02-22")!)
///     // [date "last week" 20..<29: 2024-02-12 … 2024-02-18, week]
///
/// The rules are in `Date+English.swift`, `Date+German.swift`, `Date+Chinese.swift` (with the shared alphabetic
/// rules in `AlphabeticDateRules.swift`; two dates written as a range are joined by ``DateRangeJoiner``); the words they use are data in `Resources/date/<code>.json`; how open
/// years, weeks and approximations are resolved is in ``DateResolution``. Text in an undetermined language has no
/// dates.
///
/// - Complexity: O(n) in the length of `range`: one pass to tokenise (English, German) or scan (Chinese), and a
///   bounded number of lookups per token.
public struct DateRecognizer: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Date mentions within `range` of `text`, resolved against `reference` (the publication date), in text order.
    public func mentions(in text: ScalarText, range: ScalarRange, reference: Day) -> [Mention] {
        mentions(in: text, range: range, reference: reference, tokens: nil)
    }

    /// ``mentions(in:range:reference:)`` over the ``tokens(in:range:)`` of the same range, computed once by a caller
    /// that also reads them (the number scan).
    func mentions(in text: ScalarText, range: ScalarRange, reference: Day, tokens: [DateToken]?) -> [Mention] {
        let hits = hits(in: text, range: range, reference: reference, tokens: tokens)
        // Appended as built: a closure's result was copied into the array and then destroyed.
        var found: [Mention] = []
        found.reserveCapacity(hits.count)
        for hit in hits {
            found.append(Mention(kind: .date, text: text.original(hit.range), range: hit.range, date: hit.date))
        }
        return found
    }

    /// The tokens the English and German rules read in `range`; nil for Chinese, whose rules read characters.
    func tokens(in text: ScalarText, range: ScalarRange) -> [DateToken]? {
        guard let lexicon = DateLexicon.forLanguage(language), lexicon.chinese == nil, range.end <= text.count
        else { return nil }
        return DateScanner.tokens(text.folded, range: range, lexicon: lexicon)
    }

    /// The dates with whether each names its year (used by ``PublicationDateInference``).
    func hits(in text: ScalarText, range: ScalarRange, reference: Day, tokens: [DateToken]? = nil) -> [DateHit] {
        guard let lexicon = DateLexicon.forLanguage(language), range.end <= text.count else { return [] }
        let hits: [DateHit]
        if let chinese = lexicon.chinese {
            hits = ChineseDateRules(lexicon: chinese, text: text, range: range, reference: reference).hits()
        } else {
            let tokens = tokens ?? self.tokens(in: text, range: range) ?? []
            hits = AlphabeticDateRules(lexicon: lexicon, text: text, tokens: tokens, reference: reference).hits()
        }
        return lexicon.ranges.join(hits, text.folded, lowerBound: range.start)
    }
}
