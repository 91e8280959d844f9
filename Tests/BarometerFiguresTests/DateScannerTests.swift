import BarometerText
import Testing

@testable import BarometerFigures

@Suite("Date scanner")
struct DateScannerTests {
    static func tokens(_ text: String, _ language: Language = .english) throws -> [DateToken] {
        let lexicon = try #require(DateLexicon.forLanguage(language))
        let scalars = ScalarText(text)
        return DateScanner.tokens(scalars.folded, range: ScalarRange(start: 0, end: scalars.count), lexicon: lexicon)
    }

    @Test(
        "the first token says whether the range holds a CJK character, and no other token carries the mark",
        arguments: [
            ("$5 in 人民币 terms", true), ("US$ 5 or 5 元", true), ("$5 — “quoted” café ’90s", false),
            ("5 €, 6 £, 7 ¥", false), ("人", true),
        ])
    func rangeHoldsCJK(_ text: String, _ holds: Bool) throws {
        let tokens = try Self.tokens(text)
        #expect(tokens.first?.rangeHoldsCJK == holds)
        #expect(tokens.dropFirst().allSatisfy { !$0.rangeHoldsCJK })
    }

    @Test("the CJK mark changes no token's kind, value or flags", arguments: ["人民币 5", "元 5 May"])
    func markKeepsToken(_ text: String) throws {
        let marked = try Self.tokens(text)
        let plain = try Self.tokens("x" + text.dropFirst())
        #expect(marked.first?.kind == .symbol && marked.first?.mayStartDate == false)
        #expect(marked.first?.value == Int(text.unicodeScalars.first!.value))
        #expect(marked.dropFirst().map(\.start) == plain.dropFirst().map(\.start))
    }

    @Test("every settler written in symbols begins at or above the scanner's CJK floor: a range without one has none")
    func symbolSettlersAreCJK() {
        for names in CurrencyWords.codes.settledBy.values {
            for name in names where SettlerKinds.of(name) == .symbols {
                let first = ScalarText.fold(name.unicodeScalars.first!).value
                #expect(first >= DateToken.cjkFloor, "\(name)")
            }
        }
    }
}
