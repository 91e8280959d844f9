import BarometerText
import Testing

@testable import BarometerSentiment

/// Rules for how reviews state a verdict: partial negation ("不太方便") and another party's reply inside the text.
@Suite struct ReviewRuleTests {
    let scorer = SentimentScorer()

    func value(_ sentence: String, _ language: Language, _ entry: String) -> SentimentContribution? {
        scorer.explain(sentence: sentence, language: language).contributions.first { $0.entry == entry }
    }

    @Test func aPartialNegatorFlipsTheWordWithHalfTheWeight() throws {
        // "不太方便" (not very convenient) is a complaint, a milder one than "不方便" (inconvenient, its own entry)
        // and than "不方便" read as 不 + 方便.
        let partial = try #require(value("交通不太方便。", .chinese, "方便"))
        let full = try #require(value("交通不很方便。", .chinese, "方便"))
        #expect(partial.value < 0)
        #expect(full.value < partial.value)
        #expect(partial.adjustments.contains { $0.rule == "partial-negation" && $0.trigger == "不太" })
        #expect(abs(partial.value - partial.base * SentimentRules.partialNegationFactor) < 1e-9)
        #expect(scorer.score(sentence: "房间不是很干净。", language: .chinese).label == .negative)
        #expect(scorer.score(sentence: "服务不怎么热情。", language: .chinese).label == .negative)
        // A partial negator does not reach across a clause, and plain 不 stays a full negation.
        #expect(value("不太清楚，房间干净。", .chinese, "干净")?.adjustments.isEmpty == true)
        #expect(value("房间不干净。", .chinese, "干净")?.adjustments.contains { $0.rule == "negation" } == true)
    }

    @Test func aReplyHeaderEndsTheWritersOpinion() throws {
        // Ctrip prints the hotel's answer inside the review; its thanks and apologies are not the guest's verdict.
        let review = "房间很脏，服务很差。宾馆反馈2008年8月14日：非常感谢您的宝贵意见，欢迎您再次光临，祝您愉快！"
        #expect(scorer.score(sentence: review, language: .chinese).label == .negative)
        let thanks = try #require(value(review, .chinese, "感谢"))
        #expect(thanks.value == 0)
        #expect(thanks.adjustments.contains { $0.rule == "reply" && $0.trigger == "宾馆反馈" })
        #expect(value(review, .chinese, "脏")?.adjustments.contains { $0.rule == "reply" } == false)
        // The same words told as a story ("酒店反馈给携程…": the hotel reported to Ctrip) are no reply header.
        let story = "酒店反馈给携程说我们没有入住，服务很差。"
        #expect(scorer.score(sentence: story, language: .chinese).label == .negative)
        let told = scorer.explain(sentence: story, language: .chinese).contributions
        #expect(!told.isEmpty && told.allSatisfy { c in !c.adjustments.contains { $0.rule == "reply" } })
        // Without a header every word counts.
        #expect(scorer.score(sentence: "非常感谢，房间很好。", language: .chinese).label == .positive)
    }
}
