import BarometerText

/// The label of a score, by the documented thresholds: compound ≥ 0.05 positive, ≤ -0.05 negative, else neutral
/// (VADER's published thresholds, kept so scores compare with VADER's).
public enum SentimentLabel: String, Sendable, Codable, CaseIterable, Hashable {
    case positive, negative, neutral

    /// Threshold on the compound score for a positive or negative label (Hutto & Gilbert 2014, vaderSentiment README).
    public static let threshold = 0.05

    public init(score: Double) {
        if score >= Self.threshold {
            self = .positive
        } else if score <= -Self.threshold {
            self = .negative
        } else {
            self = .neutral
        }
    }
}

/// The sentiment of one sentence or one document.
public struct SentimentScore: Sendable, Hashable, Codable {
    /// Compound score in [-1, 1].
    public var score: Double
    /// Shares of positive, negative and neutral weight; they add up to 1 (or are all 0 for empty text).
    public var positive: Double
    public var negative: Double
    public var neutral: Double

    public init(score: Double, positive: Double, negative: Double, neutral: Double) {
        self.score = score
        self.positive = positive
        self.negative = negative
        self.neutral = neutral
    }

    public var label: SentimentLabel { SentimentLabel(score: score) }

    public static let zero = SentimentScore(score: 0, positive: 0, negative: 0, neutral: 1)
}
