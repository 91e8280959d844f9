import BarometerFigures
import BarometerText

/// A document's sentiment: one score per sentence and the length-weighted article score.
public struct DocumentSentiment: Sendable, Hashable {
    public var document: SentimentScore
    /// One per sentence of the analysed text, in order.
    public var sentences: [SentimentScore]
    /// Content hash of the lexicons that produced the scores.
    public var lexicon: String

    public init(document: SentimentScore, sentences: [SentimentScore], lexicon: String) {
        self.document = document
        self.sentences = sentences
        self.lexicon = lexicon
    }
}

/// Scores sentences and documents with the lexicons of their language.
public struct SentimentScorer: Sendable {
    /// Content hash of the lexicons in use.
    public let lexiconVersion: String

    public init() {
        // Interim: the lexicons and rules land in the sentiment module's own files.
        lexiconVersion = "none"
    }

    public func score(_ text: AnalysedText, mentions: [Mention] = []) -> DocumentSentiment {
        DocumentSentiment(
            document: .zero, sentences: text.sentences.map { _ in .zero }, lexicon: lexiconVersion)
    }
}
