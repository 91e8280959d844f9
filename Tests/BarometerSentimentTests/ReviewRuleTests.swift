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

    @Test func notQuiteIsAPartialNegation() throws {
        // "不算便宜" (not exactly cheap) is a mild complaint; "不算太差" (not too bad) a mild acceptance.
        let cheap = try #require(value("价格不算便宜。", .chinese, "便宜"))
        #expect(cheap.value < 0)
        #expect(cheap.adjustments.contains { $0.rule == "partial-negation" && $0.trigger == "不算" })
        #expect(scorer.score(sentence: "房间不算太差。", language: .chinese).label == .positive)
        // 不算 before a word with no sentiment ("不算早餐") changes nothing.
        #expect(scorer.score(sentence: "房价不算早餐。", language: .chinese).score == 0)
    }

    @Test func aShortSummaryMarkerWeighsTheVerdictAfterIt() throws {
        // "总体/整体" without 来说 open the verdict, like "总的来说": the clause after them counts more.
        let review = "房间有点旧，总体还不错。"
        #expect(scorer.score(sentence: review, language: .chinese).label == .positive)
        #expect(
            value(review, .chinese, "不错")?.adjustments.contains {
                $0.rule == "contrast-after" && $0.trigger == "总体"
            } == true)
        #expect(scorer.score(sentence: "早餐丰富，整体很差。", language: .chinese).label == .negative)
    }

    @Test func anAddOnRemarkWeighsLessThanTheVerdictBeforeIt() throws {
        // "另外/此外" ("apart from that") append a side remark: it is damped like one after 只是; the verdict stands.
        let review = "酒店很好，另外早餐一般。"
        #expect(scorer.score(sentence: review, language: .chinese).label == .positive)
        let remark = try #require(value(review, .chinese, "一般"))
        #expect(remark.adjustments.contains { $0.rule == "reservation" && $0.trigger == "另外" })
        #expect(value(review, .chinese, "很好")?.adjustments.isEmpty == true)
        // The remark is damped, not dropped: on its own it still makes a negative sentence.
        #expect(scorer.score(sentence: "另外早餐很差。", language: .chinese).label == .negative)
    }

    @Test func aPlainAttributeWeighsLessThanAVerdict() throws {
        // 贵 "costly", 吵 "noisy", 陈旧 "worn" carry VADER's ratings of those words (−0.4, −0.7, −1.2): a description
        // of the hotel, still negative on its own, but lighter than a verdict such as 差 "bad".
        #expect(scorer.score(sentence: "价格贵。", language: .chinese).label == .negative)
        #expect(scorer.score(sentence: "设施陈旧。", language: .chinese).label == .negative)
        #expect(scorer.score(sentence: "房间满意，价格贵，有点吵。", language: .chinese).label == .positive)
        #expect(scorer.score(sentence: "房间满意，服务差，早餐差。", language: .chinese).label == .negative)
        let costly = try #require(value("价格贵。", .chinese, "贵"))
        let bad = try #require(value("服务差。", .chinese, "差"))
        #expect(abs(costly.base) < abs(bad.base))
    }

    @Test func germanPartialNegatorsDampTheNegation() throws {
        // "nicht besonders gut" (not particularly good) flips "gut" with half a negation: below the German news
        // threshold (`neutral-sum`), so the sentence stays neutral, while "nicht gut" is negative.
        let partial = try #require(value("Das Ergebnis war nicht besonders gut.", .german, "gut"))
        #expect(partial.value < 0)
        #expect(partial.adjustments.contains { $0.rule == "partial-negation" && $0.trigger == "nicht besonders" })
        #expect(scorer.score(sentence: "Das Ergebnis war nicht besonders gut.", language: .german).label == .neutral)
        #expect(scorer.score(sentence: "Das Ergebnis war nicht gut.", language: .german).label == .negative)
    }

    @Test func aFlawHeadingMarksALimitedFlaw() throws {
        // "唯一的缺点是 …" / "不足之处 …" name the one limited flaw of a good stay: damped like a remark after 就是.
        let review = "房间干净舒适，唯一的缺点是早餐太差。"
        #expect(scorer.score(sentence: review, language: .chinese).label == .positive)
        #expect(value(review, .chinese, "太差")?.adjustments.contains { $0.rule == "reservation" } == true)
        #expect(
            value("位置方便，不足之处是房间偏小。", .chinese, "偏小")?.adjustments.contains {
                $0.rule == "reservation" && $0.trigger == "不足之处"
            } == true)
        // 唯一 limits a merit as well: the only good point does not outweigh the verdict before it.
        let merit = "服务很差。唯一的优点是位置方便。"
        #expect(scorer.score(sentence: merit, language: .chinese).label == .negative)
        #expect(
            value(merit, .chinese, "方便")?.adjustments.contains { $0.rule == "reservation" && $0.trigger == "唯一" }
                == true)
        // Without a heading the flaw counts in full.
        #expect(value("早餐太差。", .chinese, "太差")?.adjustments.isEmpty == true)
    }
}
