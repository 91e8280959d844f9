import BarometerText

/// One scored input document of `barometer score`.
public struct ScoredDocument: Sendable {
    public init(line: Int?, language: Language, sentiment: DocumentSentiment, explanations: [SentenceExplanation]?) {
        self.line = line
        self.language = language
        self.sentiment = sentiment
        self.explanations = explanations
    }

    public var line: Int?
    public var language: Language
    public var sentiment: DocumentSentiment
    /// Per sentence, the words and rules that moved the score, with `--explain`.
    public var explanations: [SentenceExplanation]?
}
