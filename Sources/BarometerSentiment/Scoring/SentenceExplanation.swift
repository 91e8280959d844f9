import BarometerText

/// One rule that changed a word's contribution, and by how much.
public struct SentimentAdjustment: Sendable, Hashable, Codable {
    /// `finance-pair`, `finance-paired`, `caps`, `booster`, `negation`, `partial-negation`, `negation-after`,
    /// `contrast-before`, `contrast-after`, `concession`, `reservation`, `reply`, `compound-part`, `ending`.
    public var rule: String
    /// The word that triggered the rule ("not", "very", "but", "sales"), when there is one.
    public var trigger: String?
    /// Change of the contribution (new minus old value).
    public var delta: Double

    public init(rule: String, trigger: String? = nil, delta: Double) {
        self.rule = rule
        self.trigger = trigger
        self.delta = delta
    }
}

/// One word or term that moved a sentence's score.
public struct SentimentContribution: Sendable, Hashable, Codable {
    /// The term as written in the sentence.
    public var term: String
    /// Where it stands in the sentence (Unicode scalar offsets, end exclusive).
    public var range: ScalarRange
    /// The lexicon entry that matched (folded form) and the file it came from.
    public var entry: String
    public var lexicon: String?
    /// Valence from the lexicon, before any rule.
    public var base: Double
    public var adjustments: [SentimentAdjustment]
    /// What the term adds to the sentence's sum before normalisation.
    public var value: Double

    public init(
        term: String, range: ScalarRange, entry: String, lexicon: String?, base: Double,
        adjustments: [SentimentAdjustment], value: Double
    ) {
        self.term = term
        self.range = range
        self.entry = entry
        self.lexicon = lexicon
        self.base = base
        self.adjustments = adjustments
        self.value = value
    }
}

/// Why a sentence scored as it did.
public struct SentenceExplanation: Sendable, Hashable, Codable {
    public var sentence: String
    /// The sentence's range in its document, when it came from an analysed text.
    public var range: ScalarRange?
    public var score: SentimentScore
    /// Words and terms with a non-zero value, in sentence order.
    public var contributions: [SentimentContribution]
    /// Added by exclamation and question marks, in the direction of the sum.
    public var punctuation: Double
    /// Sum of the contributions and punctuation; `score.score` is sum / sqrt(sum² + 15).
    public var sum: Double

    public init(
        sentence: String, range: ScalarRange?, score: SentimentScore, contributions: [SentimentContribution],
        punctuation: Double, sum: Double
    ) {
        self.sentence = sentence
        self.range = range
        self.score = score
        self.contributions = contributions
        self.punctuation = punctuation
        self.sum = sum
    }
}
