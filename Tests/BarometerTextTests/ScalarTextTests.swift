import Testing

@testable import BarometerText

/// `ScalarText` decodes UTF-8 by hand (eight ASCII bytes at a time, runs of Han characters in a loop of their own)
/// and lists the scalars that fold while it decodes: the result must be what the standard library decodes, and the
/// folded copy what `ScalarText.fold` makes of every scalar.
@Suite struct ScalarTextTests {
    static let texts: [String] = [
        "",
        "plain ASCII, longer than eight bytes",
        "Grüße aus Köln",
        "约１０亿美元，同比增长５％。",
        "今年第三季度营收增长",
        "一二三",
        "尾字是汉字",
        "ASCII then 汉字 then ASCII again 12345678",
        "全角　空格、“引号”和‘撇号’",
        "𠀀 beyond the BMP 😀 and 𪚥字",
        "가나다 ひらがな カタカナ ꀀ \u{E000} \u{EFFF} \u{F000} ﬁ",
        "\u{3000}\u{3001}\u{FF01}\u{FF5E}\u{FF5F}\u{2018}\u{2019}\u{2032}\u{00A0}\u{202F}\u{2007}\u{2009}",
    ]

    @Test(arguments: texts)
    func decodesAsTheStandardLibraryDoes(text: String) {
        let scalarText = ScalarText(text)
        #expect(scalarText.original == Array(text.unicodeScalars))
        #expect(Lines.scalars(text) == Array(text.unicodeScalars))
    }

    @Test(arguments: texts)
    func foldsEveryScalarThatFolds(text: String) {
        let scalarText = ScalarText(text)
        #expect(scalarText.folded == text.unicodeScalars.map(ScalarText.fold))
        #expect(ScalarText(scalars: scalarText.original).folded == scalarText.folded)
    }

    @Test func foldsFullWidthDigitsAmongHanCharacters() {
        let text = ScalarText("约１０亿美元")
        #expect(String(String.UnicodeScalarView(text.folded[1..<3])) == "10")
        #expect(String(String.UnicodeScalarView(text.original[1..<3])) == "１０")
    }
}
