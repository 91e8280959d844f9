import BarometerText
import Testing

@testable import BarometerFigures

/// The names that settle an ambiguous currency sign ("yen" settles "¥" as JPY), and the kinds of them a sign's
/// candidates need looked for.
@Suite struct CurrencySettlerTests {
    let published = Day(year: 2024, month: 2, day: 20)

    func money(_ text: String, _ language: Language = .english) -> [Mention] {
        FigureExtractor().extract(text: text, language: language, published: published).filter { $0.kind == .money }
    }

    @Test("every settler is a word of letters or has no letter at all, and names one currency")
    func settlersHaveOneKind() {
        var seen: Set<String> = []
        for (code, names) in CurrencyWords.codes.settledBy {
            for name in names {
                #expect(SettlerKinds.of(name) != nil, "settler '\(name)' of \(code) mixes letters and other scalars")
                #expect(seen.insert(name.lowercased()).inserted, "settler '\(name)' is listed twice")
            }
        }
    }

    @Test("a settler's kind: letters only, no letter, or mixed (none)")
    func kindOfOneSettler() {
        #expect(SettlerKinds.of("yuan") == .words)
        #expect(SettlerKinds.of("Renminbi") == .words)
        #expect(SettlerKinds.of("人民币") == .symbols)
        #expect(SettlerKinds.of("US美元") == nil)
        #expect(SettlerKinds.of("") == .symbols)
    }

    @Test("a code's settler kinds are those of its names")
    func kindsByCode() {
        let kinds = CurrencyWords.settlerKinds(["USD": ["美元"], "CNY": ["yuan", "人民币"], "JPY": ["yen"]])
        #expect(kinds == ["USD": .symbols, "CNY": .all, "JPY": .words])
    }

    @Test("an ambiguous word looks for the settler kinds of its candidates only")
    func wordKinds() throws {
        let words = CurrencyWords.shared(for: .english)
        let dollar = try #require(words.after.match(ScalarText("$").folded, at: 0, limit: 1) { _ in true })
        #expect(dollar.value.settlerKinds == .symbols)  // 美元, 港元, 澳元 …: no Latin word settles "$"
        let yen = try #require(words.before.match(ScalarText("¥").folded, endingAt: 1, floor: 0) { _ in true })
        #expect(yen.value.settlerKinds == .all)  // "yen", "yuan" and 日元, 人民币
    }

    @Test("a dollar sign is settled by a Chinese name in an English sentence, not by a Latin settler of another code")
    func dollarSettledBySymbols() {
        let settled = money("The ticket costs $30 in Hong Kong, 30 港元 at the gate.")
        #expect(settled.first?.text == "$30")
        #expect(settled.first?.currency?.code == "HKD")
        let unsettled = money("The ticket costs $30, or 4,500 yen at the gate.")
        #expect(unsettled.first?.text == "$30")
        #expect(unsettled.first?.currency?.code == nil)
    }

    @Test("a yen sign is settled by a Latin name after a dollar sign looked for symbols only")
    func yenAfterDollar() {
        let found = money("It costs $30, or ¥4,500 when paid in yen.")
        #expect(found.map(\.text) == ["$30", "¥4,500"])
        #expect(found.map { $0.currency?.code } == [nil, "JPY"])
    }
}
