import Testing

@testable import BarometerText

@Suite struct TitleDetectorTests {
    @Test(arguments: [
        (
            "China’s Reaction to OpenAI’s AI Video Generating Tool – Impressed and Worried\nThe recent release …",
            "China’s Reaction to OpenAI’s AI Video Generating Tool – Impressed and Worried"
        ),
        (
            "Chinas Reaktion – beeindruckt und besorgt |\n\nDie Freisetzung …",
            "Chinas Reaktion – beeindruckt und besorgt"
        ),
        ("### Can Sora Revolutionize the AI Race?\n\nThe optimistic outlook …", "Can Sora Revolutionize the AI Race?"),
        ("当前位置: 首页 > 国际\n\n外媒:Sora横空出世,中国将加快追赶步伐\n\n参考消息网2月23日报道。", "外媒:Sora横空出世,中国将加快追赶步伐"),
        ("\n\n  Stocks slide...  \nMarkets fell.", "Stocks slide..."),
    ])
    func findsTheHeadline(text: String, title: String) {
        #expect(TitleDetector.title(in: text)?.text == title)
    }

    @Test(arguments: [
        "Stocks rose. Bonds fell.",
        "Stocks rose sharply on Monday.\nBonds fell.",
        "股市今天上涨。\n债市下跌。",
        "A headline alone on its only line",
        String(repeating: "very long first line ", count: 7) + "\nBody.",
        "Xbox game Halo 2 has been released. Why is the game so anticipated?\nHalo is considered …",
        "Here's a guide to the plan:\nPeople coming to live …",
        "He said it would \"achieve further progress.\"\nOn the BBC …",
        "",
    ])
    func findsNoHeadlineInOrdinaryText(text: String) {
        #expect(TitleDetector.title(in: text) == nil)
    }

    @Test func theRangePointsAtTheHeadlineWithoutMarkers() {
        let text = "## Rates rise |\nBody."
        let title = TitleDetector.title(in: text)
        #expect(title?.range == ScalarRange(start: 3, end: 13))
        #expect(title.map { text.slice($0.range) } == "Rates rise")
    }
}
