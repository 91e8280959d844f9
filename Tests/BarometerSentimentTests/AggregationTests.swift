import BarometerText
import Testing

@testable import BarometerSentiment

@Suite struct AggregationTests {
    @Test func meanCountAndStandardError() {
        let m = SentimentAggregate.mean(scores: [0.2, 0.4, 0.6])
        #expect(abs(m.mean - 0.4) < 1e-12)
        #expect(m.count == 3)
        #expect(abs(m.standardError - 0.2 / 3.0.squareRoot()) < 1e-12)
        #expect(SentimentAggregate.mean(scores: []).count == 0)
        #expect(SentimentAggregate.mean(scores: [0.5]).standardError == 0)
    }

    @Test func articleScoreIsWeightedBySentenceLength() {
        let text = "Great. The results were disappointing and the outlook is weak."
        let analysed = TextAnalyser().analyse(text, language: .english)
        #expect(analysed.sentences.count == 2)
        let result = SentimentScorer().score(analysed)
        #expect(result.sentences.count == 2)
        #expect(result.sentences[0].score > 0)
        #expect(result.sentences[1].score < 0)
        let lengths = analysed.sentences.map { Double($0.range.length) }
        let expected =
            (result.sentences[0].score * lengths[0] + result.sentences[1].score * lengths[1]) / lengths.reduce(0, +)
        #expect(abs(result.document.score - expected) < 1e-12)
        #expect(result.document.score < 0, "the longer sentence weighs more")
        #expect(result.lexicon == SentimentScorer().lexiconVersion)
    }

    @Test func entityMatchingUsesWordBoundariesExceptInChinese() {
        #expect(SentimentAggregate.mentions("OpenAI unveiled Sora's new model.", term: "sora", language: .english))
        #expect(!SentimentAggregate.mentions("Soraya was there.", term: "Sora", language: .english))
        #expect(SentimentAggregate.mentions("Die BYTEDANCE-Tochter wächst.", term: "ByteDance", language: .german))
        #expect(!SentimentAggregate.mentions("ByteDances", term: "ByteDance", language: .german))
        #expect(SentimentAggregate.mentions("字节跳动公司发布新模型", term: "字节跳动", language: .chinese))
        #expect(!SentimentAggregate.mentions("", term: "x", language: .english))
        let analysed = TextAnalyser().analyse("OpenAI launched Sora. Stocks fell. Sora impressed.", language: .english)
        #expect(SentimentAggregate.sentences(of: analysed, mentioning: "Sora") == [0, 2])
    }
}
