import Testing

@testable import BarometerText

@Suite struct SentenceSplitterEnglishTests {
    let splitter = SentenceSplitter(language: .english)
    func texts(_ text: String) -> [String] { splitter.split(text).map(\.text) }

    @Test func endsAtFullStopsQuestionAndExclamationMarks() {
        #expect(
            texts("Stocks rose. Bonds fell! Why? Nobody knows.") == [
                "Stocks rose.", "Bonds fell!", "Why?", "Nobody knows.",
            ])
    }

    @Test(arguments: [
        "The U.S. economy grew by 2 percent.",
        "Mr. Smith and Dr. Jones met at Acme Inc. on Monday.",
        "Prices rose, e.g. for oil, i.e. crude.",
        "Apple vs. Samsung went to court in Jan. and Feb. last year.",
        "J. K. Rowling wrote it.",
        "GDP grew 5.2 percent in the quarter.",
        "He said no... and left.",
        "It ranked No. 1 on St. Patrick's Day.",
    ])
    func doesNotEndAtAbbreviationsInitialsOrDecimals(sentence: String) {
        #expect(texts(sentence) == [sentence])
    }

    @Test func listNumbersAreNoSentences() {
        #expect(texts("Rules: 1. Buy low. 2. Sell high.") == ["Rules: 1.", "Buy low.", "2. Sell high."])
    }

    @Test func ellipsisBeforeACapitalEndsASentence() {
        #expect(texts("Markets waited... Then they fell.") == ["Markets waited...", "Then they fell."])
    }

    @Test func closingQuotesStayWithTheSentence() {
        #expect(texts("He said: \"Sell now.\" Then he left.") == ["He said: \"Sell now.\"", "Then he left."])
        #expect(texts("It was a “Newton moment.” Others agreed.") == ["It was a “Newton moment.”", "Others agreed."])
    }

    @Test func lineBreaksEndSentences() {
        #expect(texts("Headline without a stop\nBody text here.") == ["Headline without a stop", "Body text here."])
    }

    @Test func rangesPointAtTheTrimmedTextInTheOriginal() {
        let text = "  Stocks rose.   Bonds fell.  "
        let sentences = splitter.split(text)
        #expect(sentences.map(\.range) == [ScalarRange(start: 2, end: 14), ScalarRange(start: 17, end: 28)])
        #expect(sentences.map { text.slice($0.range) } == ["Stocks rose.", "Bonds fell."])
    }

    @Test func listBulletsAndHeadingMarkersAreTrimmedAndBarePunctuationIsNoSentence() {
        #expect(texts("## Outlook\n• Rates rise.\n- Prices fall.\n***") == ["Outlook", "Rates rise.", "Prices fall."])
    }

    @Test func aLowerCaseWordAfterAPeriodContinuesTheSentence() {
        #expect(
            texts("The firm, part of XYZ Ltd. since 2019. sales were up.") == [
                "The firm, part of XYZ Ltd. since 2019. sales were up."
            ])
    }
}

@Suite struct SentenceSplitterGermanTests {
    let splitter = SentenceSplitter(language: .german)
    func texts(_ text: String) -> [String] { splitter.split(text).map(\.text) }

    @Test(arguments: [
        "Der Umsatz stieg um 5 Mio. Euro auf 2 Mrd. Euro.",
        "Am 3. April legt die Firma Zahlen vor.",
        "Im 3. Quartal sank der Gewinn.",
        "Das 20. Jahrhundert war anders.",
        "Banken, z. B. die Deutsche Bank, und Versicherer, z.B. die Allianz, legten zu.",
        "Das heißt, d. h. die Kurse, u. a. die der Banken, stiegen.",
        "Der Preis lag bzw. liegt bei ca. 1,5 Prozent.",
        "Laut Prof. Dr. Müller sinkt die Inflation auf 2,1 Prozent usw. bis zum Jahresende.",
        "Es war der 1. Mai.",
        "Denver gewinnt die 50. Super Bowl gegen Carolina.",
        "Das meldete die APA (APA, 30. 12. 2015).",
        "Er feiert seinen 100. Geburtstag und zum 100. Mal das Fest.",
    ])
    func doesNotEndAtAbbreviationsOrdinalsOrDecimals(sentence: String) {
        #expect(texts(sentence) == [sentence])
    }

    @Test func endsAtARealSentenceEnd() {
        #expect(
            texts("Der DAX stieg um 1,5 Prozent. Die Anleger waren erleichtert.")
                == ["Der DAX stieg um 1,5 Prozent.", "Die Anleger waren erleichtert."])
    }

    @Test func aNumberAtTheEndOfASentenceBeforeACapitalisedWordEnds() {
        #expect(
            texts("Die Zahl der Filialen sank auf 120. Der Vorstand bleibt.")
                == ["Die Zahl der Filialen sank auf 120.", "Der Vorstand bleibt."])
    }

    @Test func germanQuotesStayWithTheSentence() {
        #expect(texts("Er sagte: „Wir wachsen.“ Dann ging er.") == ["Er sagte: „Wir wachsen.“", "Dann ging er."])
    }
}

@Suite struct SentenceSplitterChineseTests {
    let splitter = SentenceSplitter(language: .chinese)
    func texts(_ text: String) -> [String] { splitter.split(text).map(\.text) }

    @Test func endsAtFullWidthPunctuationWithoutSpaces() {
        #expect(texts("股市上涨。债市下跌！为什么？没人知道；也许明天……再说") == ["股市上涨。", "债市下跌！", "为什么？", "没人知道；", "也许明天……", "再说"])
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() {
        #expect(texts("他说:“作为先驱,这给了我们优势。”(编译/刘子彦)") == ["他说:“作为先驱,这给了我们优势。”", "(编译/刘子彦)"])
        #expect(texts("「好。」『是！』") == ["「好。」", "『是！』"])
    }

    @Test func decimalsAndLatinNamesDoNotSplit() {
        #expect(texts("GPT-3.5的能力接近OpenAI的水平。") == ["GPT-3.5的能力接近OpenAI的水平。"])
    }

    @Test func bookAndFilmTitlesAreNotBroken() {
        #expect(texts("电影《南京！南京！》上映。观众很多。") == ["电影《南京！南京！》上映。", "观众很多。"])
        #expect(
            texts("他说《好。然后走了。很久以后才回来，大家都很高兴，没有人再提起这件事。") == ["他说《好。", "然后走了。", "很久以后才回来，大家都很高兴，没有人再提起这件事。"],
            "an unclosed mark does not hold the rest together")
    }

    @Test func aShortAttributionStaysWithTheQuote() {
        #expect(texts("“我们很高兴。”王锡锌说。市场上涨。") == ["“我们很高兴。”王锡锌说。", "市场上涨。"])
        #expect(texts("“我们很高兴。”市场随后大幅上涨。") == ["“我们很高兴。”", "市场随后大幅上涨。"], "no attribution verb")
        #expect(texts("“好。”好买理财研究中心分析师曾令华说。") == ["“好。”好买理财研究中心分析师曾令华说。"])
        #expect(
            texts("他说：“好。”然后他离开了会议室并且回到办公室继续工作到很晚的深夜才说。") == ["他说：“好。”", "然后他离开了会议室并且回到办公室继续工作到很晚的深夜才说。"],
            "too long for an attribution")
    }

    @Test func listNumbersStayWithTheirItem() {
        #expect(texts("奖励增加。2。增加了日常任务。3. 公立大学免学费。") == ["奖励增加。", "2。增加了日常任务。", "3. 公立大学免学费。"])
    }

    @Test func halfWidthQuestionAndExclamationMarksEndSentences() {
        #expect(texts("真的吗?太好了!") == ["真的吗?", "太好了!"])
    }
}
