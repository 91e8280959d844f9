import BarometerText

/// Aggregation of scores: articles from sentences, sources and entities from articles or sentences.
public enum SentimentAggregate {
    /// A mean with its count and standard error.
    public struct Mean: Sendable, Hashable, Codable {
        public var mean: Double
        public var count: Int
        /// Sample standard deviation / √count; 0 when count < 2.
        public var standardError: Double
    }

    /// Mean, count and standard error of the mean.
    ///
    ///     SentimentAggregate.mean(scores: [0.2, 0.4, 0.6])   // mean 0.4, count 3, standardError ≈ 0.115
    public static func mean(scores: [Double]) -> Mean {
        guard !scores.isEmpty else { return Mean(mean: 0, count: 0, standardError: 0) }
        let n = Double(scores.count)
        let mean = scores.reduce(0, +) / n
        guard scores.count > 1 else { return Mean(mean: mean, count: 1, standardError: 0) }
        let variance = scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        return Mean(mean: mean, count: scores.count, standardError: (variance / n).squareRoot())
    }

    /// Weighted mean of scores (compound and shares alike); `.zero` when there is no weight.
    public static func weighted(_ scores: [SentimentScore], weights: [Double]) -> SentimentScore {
        precondition(scores.count == weights.count, "one weight per score")
        let total = weights.reduce(0, +)
        guard total > 0 else { return .zero }
        var result = SentimentScore(score: 0, positive: 0, negative: 0, neutral: 0)
        for (score, weight) in zip(scores, weights) {
            let w = weight / total
            result.score += score.score * w
            result.positive += score.positive * w
            result.negative += score.negative * w
            result.neutral += score.neutral * w
        }
        return result
    }

    /// Whether `sentence` mentions `term`, case-insensitively. English and German need word boundaries on both
    /// sides ("Sora" matches "Sora's" but not "Soraya"); Chinese matches any substring ("字节跳动" in "字节跳动公司").
    ///
    ///     SentimentAggregate.mentions("OpenAI unveiled Sora.", term: "sora", language: .english)   // true
    public static func mentions(_ sentence: String, term: String, language: Language) -> Bool {
        let text = Array(sentence.lowercased().unicodeScalars)
        let needle = Array(term.lowercased().unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        let boundaries = language != .chinese
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        for start in 0...(text.count - needle.count) {
            var same = true
            for (offset, scalar) in needle.enumerated() where text[start + offset] != scalar {
                same = false
                break
            }
            guard same else { continue }
            if boundaries {
                let end = start + needle.count
                if start > 0, isWordScalar(text[start - 1]), isWordScalar(needle[0]) { continue }
                if end < text.count, isWordScalar(text[end]), isWordScalar(needle[needle.count - 1]) { continue }
            }
            return true
        }
        return false
    }

    /// The indices of the sentences that mention `term` (entity sentiment).
    public static func sentences(of text: AnalysedText, mentioning term: String) -> [Int] {
        text.sentences.indices.filter { mentions(text.sentences[$0].text, term: term, language: text.language) }
    }
}
