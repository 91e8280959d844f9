import BarometerText

/// Which stored scores a sentiment listing covers.
public struct SentimentQuery: Sendable, Hashable {
    public var sources: [String] = []
    public var language: Language?
    /// Publication date bounds, inclusive.
    public var from: Day?
    public var to: Day?
    /// Keeps sentences that mention this term (case-insensitive, in every language); for documents and sources,
    /// only those sentences count.
    public var term: String?

    public init(
        sources: [String] = [], language: Language? = nil, from: Day? = nil, to: Day? = nil, term: String? = nil
    ) {
        self.sources = sources
        self.language = language
        self.from = from
        self.to = to
        self.term = term
    }
}

/// One scored sentence with its document.
public struct SentenceScoreRow: Sendable, Hashable {
    public var documentID: Int64
    public var source: String
    public var language: Language
    public var published: Day?
    public var sentence: StoredSentence

    public init(documentID: Int64, source: String, language: Language, published: Day?, sentence: StoredSentence) {
        self.documentID = documentID
        self.source = source
        self.language = language
        self.published = published
        self.sentence = sentence
    }
}

/// Mean score of a group (a source, or the sentences that mention an entity) with its spread.
public struct GroupScore: Sendable, Hashable {
    public var group: String
    /// Articles (per source) or sentences (per entity) in the group.
    public var count: Int
    public var mean: Double
    /// Standard error of the mean: sample standard deviation / √count; nil for fewer than two.
    public var standardError: Double?
    public var positiveShare: Double
    public var negativeShare: Double

    public init(
        group: String, count: Int, mean: Double, standardError: Double?, positiveShare: Double, negativeShare: Double
    ) {
        self.group = group
        self.count = count
        self.mean = mean
        self.standardError = standardError
        self.positiveShare = positiveShare
        self.negativeShare = negativeShare
    }

    /// From the sums SQL computes: count, Σx, Σx², and the counts of positive and negative labels.
    public init(group: String, count: Int, sum: Double, sumOfSquares: Double, positive: Int, negative: Int) {
        let mean = count > 0 ? sum / Double(count) : 0
        var standardError: Double?
        if count > 1 {
            let variance = max(0, (sumOfSquares - Double(count) * mean * mean) / Double(count - 1))
            standardError = (variance / Double(count)).squareRoot()
        }
        self.init(
            group: group, count: count, mean: mean, standardError: standardError,
            positiveShare: count > 0 ? Double(positive) / Double(count) : 0,
            negativeShare: count > 0 ? Double(negative) / Double(count) : 0)
    }
}
