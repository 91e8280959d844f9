import Testing

@testable import BarometerText

@Suite struct TextAnalyserTests {
    let analyser = TextAnalyser()

    @Test func theDocumentedExample() {
        let analysed = analyser.analyse("Stocks rose. Bonds fell.", language: .english)
        #expect(analysed.sentences.map(\.text) == ["Stocks rose.", "Bonds fell."])
        #expect(analysed.title == nil, "a single line is no headline")
        #expect(!analysed.languageDetected)
    }

    @Test func theTitleIsSentenceZero() {
        let analysed = analyser.analyse(
            "## Banks rally on rate hopes |\n\nShares of the banks rose on Monday. Bonds fell.")
        #expect(analysed.title == "Banks rally on rate hopes")
        #expect(
            analysed.sentences.map(\.text) == [
                "Banks rally on rate hopes", "Shares of the banks rose on Monday.", "Bonds fell.",
            ])
        #expect(analysed.sentences.map(\.index) == [0, 1, 2])
    }

    @Test func aFurnitureFirstLineIsNeitherTitleNorSentence() {
        let analysed = analyser.analyse("Home > Business\nBanks rally\nShares of the banks rose on Monday.")
        #expect(analysed.title == "Banks rally")
        #expect(analysed.sentences.map(\.text) == ["Banks rally", "Shares of the banks rose on Monday."])
        #expect(analysed.excluded.map(\.kind) == [.navigation])
    }

    @Test(arguments: [
        (
            "Der Konzern verdiente 5 Mio. Euro mehr. Am 3. April legt er Zahlen vor. Im 3. Quartal sank der Umsatz um 1,5 Prozent.",
            Language.german, 3
        ),
        (
            "The U.S. economy grew 2.5 percent in the fourth quarter. Mr. Powell said rates would stay high.", .english,
            2
        ),
        ("美国经济第四季度增长2.5%。鲍威尔说：“利率将维持高位。”市场下跌！", .chinese, 3),
    ])
    func abbreviationsOrdinalsAndDecimalsDoNotSplitInAnyLanguage(text: String, language: Language, count: Int) {
        let analysed = analyser.analyse(text)
        #expect(analysed.language == language)
        #expect(analysed.sentences.count == count, "\(analysed.sentences.map(\.text))")
    }

    @Test func undeterminedTextIsStillSplit() {
        let analysed = analyser.analyse("Le marché a baissé de 5 % cette semaine. Les investisseurs sont inquiets.")
        #expect(analysed.language == .undetermined)
        #expect(analysed.sentences.count == 2)
    }

    @Test func emptyAndBlankTexts() {
        for text in ["", "\n\n", "   "] {
            let analysed = analyser.analyse(text)
            #expect(analysed.sentences.isEmpty && analysed.excluded.isEmpty && analysed.title == nil)
            #expect(analysed.language == .undetermined)
        }
    }

    @Test func crlfLineEndingsBehaveLikeLF() {
        let lf = analyser.analyse("Banks rally\nShares rose. Bonds fell.\n\nSource: AP")
        let crlf = analyser.analyse("Banks rally\r\nShares rose. Bonds fell.\r\n\r\nSource: AP")
        #expect(lf.sentences.map(\.text) == crlf.sentences.map(\.text))
        #expect(lf.title == crlf.title)
        #expect(lf.excluded.map(\.kind) == crlf.excluded.map(\.kind))
    }
}
