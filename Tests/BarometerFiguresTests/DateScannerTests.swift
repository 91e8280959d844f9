import BarometerText
import Testing

@testable import BarometerFigures

@Suite("Date scanner and rule gates")
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

    static func rules(_ text: String, _ language: Language) throws -> AlphabeticDateRules {
        let lexicon = try #require(DateLexicon.forLanguage(language))
        let scalars = ScalarText(text)
        let tokens = DateScanner.tokens(
            scalars.folded, range: ScalarRange(start: 0, end: scalars.count), lexicon: lexicon)
        return AlphabeticDateRules(lexicon: lexicon, text: scalars, tokens: tokens, reference: Day("2024-06-15")!)
    }

    /// The index of the first token of `text` that is the number `value`.
    static func number(_ value: Int, in rules: AlphabeticDateRules) throws -> Int {
        try #require(rules.tokens.firstIndex { $0.kind == .number && $0.value == value })
    }

    @Test(
        "a four-digit number tries the year rules only beside a word or symbol one of them reads",
        arguments: [
            (Language.english, "revenue 2024, and", true), (.english, "2024 results", true),
            (.english, "paid $2024 in", true), (.english, "of 2024.", false), (.english, "in 2024 people", false),
            (.english, "the 2005 budget", false),
            (.english, "2014-2018", false), (.english, "2014 to 2018", false), (.english, "2017 Q1", false),
            (.english, "1990s", false), (.english, "2003's imbalance", false), (.english, "2016 10 16", false),
            (.english, "2024/06", false), (.english, "2000 days ago", false), (.english, "2017 April", false),
            (.german, "für den 2024 Euro", false), (.german, "Umsatz 2024 stieg", true), (.german, "1990er", false),
        ])
    func yearGate(_ language: Language, _ text: String, _ gated: Bool) throws {
        let rules = try Self.rules(text, language)
        let value = Int(text.split(whereSeparator: { !$0.isNumber }).first { $0.count == 4 }!)!
        #expect(rules.yearReadByNoRule(try Self.number(value, in: rules)) == gated)
    }

    @Test(
        "a holiday phrase is tried after its first word only when a date word, a hyphen or an apostrophe follows",
        arguments: [
            (Language.english, "new products", false), (.english, "new year's day", true), (.english, "new year", true),
            (.english, "first customer", false), (.english, "first trading day after", true),
        ])
    func holidayGate(_ language: Language, _ text: String, _ tried: Bool) throws {
        let rules = try Self.rules(text, language)
        let slot = rules.tokens[0].slot
        #expect(slot >= 0 && rules.lexicon.holidayNeedsSecondWord[slot])
        #expect(rules.mayContinuePhrase(after: 0) == tried)
    }

    @Test("a holiday word that is a phrase alone needs no second word", arguments: ["christmas", "easter"])
    func oneWordHoliday(_ word: String) throws {
        let lexicon = try #require(DateLexicon.forLanguage(.english))
        let slot = lexicon.words.slot(of: DateLexicon.hash(word))
        #expect(slot >= 0 && !lexicon.holidayNeedsSecondWord[slot])
    }
}
