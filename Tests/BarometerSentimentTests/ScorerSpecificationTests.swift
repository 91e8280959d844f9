import BarometerText
import Testing

@testable import BarometerSentiment

/// A sentence and the label it must get, with a reason when the case is about one rule.
struct LabelCase: Sendable, CustomTestStringConvertible {
    var text: String
    var language: Language
    var label: SentimentLabel
    var testDescription: String { "[\(language.code)] \(text) → \(label)" }
}

/// Market news in all three languages: good and bad news without emotional words, market vocabulary,
/// rule words, and neutral text that must stay neutral.
let labelCases: [LabelCase] = [
    // Finance layer from words alone (issue 4, item 2).
    .init(text: "Net sales increased by 5.2%.", language: .english, label: .positive),
    .init(text: "The operating loss widened to EUR 7m.", language: .english, label: .negative),
    .init(text: "Costs fell.", language: .english, label: .positive),
    .init(text: "Profit fell.", language: .english, label: .negative),
    .init(text: "The operating loss narrowed to EUR 2m.", language: .english, label: .positive),
    .init(text: "Debt rose sharply last year.", language: .english, label: .negative),
    .init(text: "Unemployment decreased in March.", language: .english, label: .positive),
    .init(text: "Sales did not increase.", language: .english, label: .negative),
    .init(text: "The company is in the red.", language: .english, label: .negative),
    .init(text: "The company is back in the black.", language: .english, label: .positive),
    .init(text: "Shares plunged after the profit warning.", language: .english, label: .negative),
    .init(text: "Analysts downgraded the stock.", language: .english, label: .negative),
    .init(text: "Umsatz stieg um 5 Prozent.", language: .german, label: .positive),
    .init(text: "Der Verlust hat sich ausgeweitet.", language: .german, label: .negative),
    .init(text: "Die Kosten sanken deutlich.", language: .german, label: .positive),
    .init(text: "Der Gewinn sank im dritten Quartal.", language: .german, label: .negative),
    .init(text: "Das Unternehmen veröffentlichte eine Gewinnwarnung.", language: .german, label: .negative),
    .init(text: "Nach dem Kurseinbruch verkauften viele Anleger.", language: .german, label: .negative),
    .init(text: "Die Aktie wurde herabgestuft.", language: .german, label: .negative),
    // German compounds of a finance quantity and a direction word pair like the words written apart.
    .init(text: "Das Unternehmen meldet ein Umsatzplus.", language: .german, label: .positive),
    .init(text: "Das Unternehmen meldet einen Gewinnrückgang.", language: .german, label: .negative),
    .init(text: "Die Kostensenkung zeigt Wirkung.", language: .german, label: .positive),
    .init(text: "Der Verlustanstieg kam unerwartet.", language: .german, label: .negative),
    // German news words of de-barometer.tsv, and "schwer" as a booster ("schwer verletzt").
    .init(text: "Bei dem Anschlag wurden drei Menschen getötet.", language: .german, label: .negative),
    .init(text: "Die Mannschaft hat das Finale gewonnen.", language: .german, label: .positive),
    .init(text: "Ein Radfahrer wurde schwer verletzt.", language: .german, label: .negative),
    .init(text: "营收增长", language: .chinese, label: .positive),
    .init(text: "亏损扩大", language: .chinese, label: .negative),
    .init(text: "成本下降", language: .chinese, label: .positive),
    .init(text: "净利润同比下降12%", language: .chinese, label: .negative),
    .init(text: "股价涨停", language: .chinese, label: .positive),
    .init(text: "该股今日跌停。", language: .chinese, label: .negative),
    .init(text: "公司发布利好消息", language: .chinese, label: .positive),
    // General sentiment and rules.
    .init(text: "The hotel was not good.", language: .english, label: .negative),
    .init(text: "This is a great product!", language: .english, label: .positive),
    .init(text: "Das Essen war nicht gut.", language: .german, label: .negative),
    .init(text: "Das Hotel war sehr schön.", language: .german, label: .positive),
    .init(text: "房间很干净，服务也很热情。", language: .chinese, label: .positive),
    .init(text: "房间不干净", language: .chinese, label: .negative),
    .init(text: "酒店設施非常陳舊", language: .chinese, label: .negative),
    .init(text: "服務態度很差", language: .chinese, label: .negative),
    // Neutral news stays neutral.
    .init(text: "The meeting will take place on Tuesday in Helsinki.", language: .english, label: .neutral),
    .init(text: "Die Sitzung findet am Dienstag in Wien statt.", language: .german, label: .neutral),
    .init(text: "会议将于周二在北京举行。", language: .chinese, label: .neutral),
    .init(text: "", language: .english, label: .neutral),
]

@Suite struct ScorerSpecificationTests {
    let scorer = SentimentScorer()

    @Test(arguments: labelCases)
    func labels(_ c: LabelCase) {
        let explanation = scorer.explain(sentence: c.text, language: c.language)
        #expect(
            explanation.score.label == c.label,
            "score \(explanation.score.score): \(explanation.contributions.map { "\($0.term)=\($0.value)" })")
    }

    @Test func scoresStayInRangeAndSharesAddUp() {
        for c in labelCases where !c.text.isEmpty {
            let s = scorer.score(sentence: c.text, language: c.language)
            #expect((-1...1).contains(s.score))
            #expect(abs(s.positive + s.negative + s.neutral - 1) < 1e-9)
        }
    }

    @Test func undeterminedLanguageScoresZero() {
        #expect(scorer.score(sentence: "great", language: .undetermined) == .zero)
    }

    @Test func negationFlipsAndDampsWithinThreeWords() {
        let good = scorer.score(sentence: "The results are good.", language: .english).score
        let notGood = scorer.score(sentence: "The results are not good.", language: .english).score
        let far = scorer.score(sentence: "Not that the weather today was in any way good.", language: .english).score
        #expect(good > 0)
        #expect(notGood < 0)
        #expect(abs(notGood) < good)
        #expect(far > 0, "a negator four or more words back does not reach")
    }

    @Test func emoticonsWithACapitalMatchAsWritten() {
        // "D:" is dismay (−2.9); ":D" finds the lower-case entry ":d" (2.3); "d:" keeps its own rating (1.2).
        #expect(scorer.score(sentence: "The last train D:", language: .english).label == .negative)
        #expect(scorer.score(sentence: "The last train :D", language: .english).label == .positive)
        #expect(scorer.score(sentence: "The last train d:", language: .english).label == .positive)
    }

    @Test func germanNewsNeedsMoreThanOneMildWord() {
        // "Abbau" (textblob-de −1.75, its weaker class) is found, but alone it stays under `neutral-sum` (1.76).
        let mild = scorer.explain(sentence: "Der Abbau beginnt im März.", language: .german)
        #expect(mild.contributions.map(\.entry) == ["abbau"])
        #expect(mild.score.score == 0)
        #expect(mild.score.label == .neutral)
        // Two such words count together; a word of the stronger class counts alone.
        #expect(scorer.score(sentence: "Der Abbau schafft Abhängigkeit.", language: .german).label == .negative)
        #expect(scorer.score(sentence: "Die Lage ist gut.", language: .german).label == .positive)
        // English keeps VADER's behaviour: one mild word decides ("okay" 0.9).
        #expect(scorer.score(sentence: "The plan is okay.", language: .english).label == .positive)
    }

    @Test func germanNichtAfterTheVerbNegatesIt() {
        let s = scorer.explain(sentence: "Das Konzept überzeugt nicht.", language: .german)
        #expect(s.score.label == .negative)
        #expect(s.contributions.first?.adjustments.map(\.rule) == ["negation-after"])
        #expect(scorer.score(sentence: "Das Konzept überzeugt.", language: .german).label == .positive)
        // A sentiment word after "nicht" is negated forward instead, and the one before keeps its sign.
        let forward = scorer.explain(sentence: "Das Konzept überzeugt nicht wirklich gut.", language: .german)
        #expect(forward.contributions.first { $0.entry == "überzeugt" }?.value ?? 0 > 0)
        #expect(forward.contributions.first { $0.entry == "gut" }?.value ?? 0 < 0)
        // "kein" stands before its noun only.
        #expect(scorer.score(sentence: "Der Erfolg bleibt, kein Zweifel.", language: .german).score > 0)
    }

    @Test func negationDoesNotCrossAClause() {
        #expect(scorer.score(sentence: "Not today, but the food was good.", language: .english).score > 0)
    }

    @Test func boostersAndDampenersMoveTheScore() {
        let plain = scorer.score(sentence: "The service was good.", language: .english).score
        let very = scorer.score(sentence: "The service was very good.", language: .english).score
        let slightly = scorer.score(sentence: "The service was slightly good.", language: .english).score
        #expect(very > plain)
        #expect(slightly < plain)
        let zhPlain = scorer.score(sentence: "服务好", language: .chinese).score
        let zhVery = scorer.score(sentence: "服务非常好", language: .chinese).score
        #expect(zhVery > zhPlain)
        let dePlain = scorer.score(sentence: "Das ist gut.", language: .german).score
        let deVery = scorer.score(sentence: "Das ist sehr gut.", language: .german).score
        #expect(deVery > dePlain)
    }

    @Test func theClauseAfterAContrastWeighsMore() {
        #expect(
            scorer.score(sentence: "The food was good, but the service was terrible.", language: .english).score < 0)
        #expect(
            scorer.score(sentence: "The food was terrible, but the service was good.", language: .english).score > 0)
        #expect(
            scorer.score(sentence: "Das Essen war gut, aber der Service war schrecklich.", language: .german).score < 0)
        #expect(scorer.score(sentence: "房间很干净，但是服务很差。", language: .chinese).score < 0)
    }

    @Test func contrastIsFoundByPositionNotByValue() {
        // VADER looks "but" up by value and so always weighs around the first one; the last one rules here.
        let s = scorer.explain(sentence: "Good, but bad, but wonderful.", language: .english)
        let wonderful = s.contributions.first { $0.entry == "wonderful" }
        #expect(wonderful?.adjustments.contains { $0.rule == "contrast-after" } == true)
        let bad = s.contributions.first { $0.entry == "bad" }
        #expect(bad?.adjustments.contains { $0.rule == "contrast-before" } == true)
    }

    @Test func aReservationDampsTheRestOfItsSentence() {
        // "只是/就是" marks a limit of the verdict before it, "但是" a new verdict.
        #expect(scorer.score(sentence: "房间不错，就是早餐差。", language: .chinese).score > 0)
        #expect(scorer.score(sentence: "房间不错，但是早餐差。", language: .chinese).score < 0)
        let s = scorer.explain(sentence: "房间不错，只是有点吵。", language: .chinese)
        let noisy = s.contributions.first { $0.entry == "吵" }
        #expect(noisy?.adjustments.contains { $0.rule == "reservation" && $0.trigger == "只是" } == true)
        let fine = s.contributions.first { $0.entry == "不错" }
        #expect(fine?.adjustments.isEmpty == true)
    }

    @Test func aChineseContrastReachesOnlyTheNeighbouringClauses() {
        // Chinese reviews run many clauses together with commas; "但是" weighs the clause before it and its own.
        let s = scorer.explain(sentence: "房间很干净，服务热情，位置方便，但是早餐差。", language: .chinese)
        #expect(
            s.contributions.first { $0.entry == "干净" }?.adjustments.contains { $0.rule.hasPrefix("contrast") } == false)
        #expect(
            s.contributions.first { $0.entry == "方便" }?.adjustments.contains { $0.rule == "contrast-before" } == true)
        #expect(s.contributions.first { $0.entry == "差" }?.adjustments.contains { $0.rule == "contrast-after" } == true)
        // English keeps VADER's whole-sentence rule.
        let e = scorer.explain(
            sentence: "The room was clean, the staff friendly, the location great, but breakfast was bad.",
            language: .english)
        #expect(
            e.contributions.first { $0.entry == "clean" }?.adjustments.contains { $0.rule == "contrast-before" } == true
        )
    }

    @Test func levelsPairWithQuantitiesLikeDirections() {
        #expect(scorer.score(sentence: "性价比很高", language: .chinese).label == .positive)
        #expect(scorer.score(sentence: "性价比不高", language: .chinese).label == .negative)
        #expect(scorer.score(sentence: "成本低", language: .chinese).label == .positive)
        // 高管 (executives) is no level.
        #expect(scorer.explain(sentence: "高管表示利润下降", language: .chinese).contributions.map(\.entry) == ["下降"])
    }

    @Test func notAsGoodAsImaginedIsNegative() {
        // 没有…好: the negated comparison reaches over the standard to the adjective.
        #expect(scorer.score(sentence: "房间没有想象中的好", language: .chinese).label == .negative)
        #expect(scorer.score(sentence: "房间没有想象中的那么差", language: .chinese).label == .positive)
        #expect(scorer.score(sentence: "房间不好", language: .chinese).label == .negative)
        #expect(scorer.score(sentence: "房间不错", language: .chinese).label == .positive)
    }

    @Test func aSummaryOutweighsTheDetailsBeforeIt() {
        // A summary marker weighs like a contrast word: what follows ×1.5, what precedes ×0.5.
        #expect(scorer.score(sentence: "早餐很差，房间很小，总的来说很满意。", language: .chinese).score > 0)
        #expect(scorer.score(sentence: "早餐很差，房间很小，很满意。", language: .chinese).score < 0)
    }

    @Test func concessionDampsItsOwnClause() {
        #expect(
            scorer.score(sentence: "Although sales rose, the company posted a huge loss.", language: .english).score < 0
        )
    }

    @Test func capitalsAndExclamationMarksAddEmphasis() {
        let plain = scorer.score(sentence: "The view is good", language: .english).score
        let caps = scorer.score(sentence: "The view is GOOD", language: .english).score
        let bang = scorer.score(sentence: "The view is good!!!", language: .english).score
        #expect(caps > plain)
        #expect(bang > plain)
    }

    @Test func multiWordEntriesBeatTheirParts() {
        let e = scorer.explain(sentence: "The unit stayed in the red.", language: .english)
        #expect(e.contributions.map(\.entry) == ["in the red"])
        #expect(e.contributions.first?.range == ScalarRange(start: 16, end: 26))
    }

    @Test func emoticonsAreWholeChunks() {
        #expect(scorer.score(sentence: "Missed the train :(", language: .english).label == .negative)
        #expect(scorer.score(sentence: "Got the job :-)", language: .english).label == .positive)
        #expect(
            scorer.score(sentence: "Revenue (EUR m) rose.", language: .english).score
                == scorer.score(sentence: "Revenue rose.", language: .english).score)
    }

    @Test func anEmoticonIsOutsideTheReachOfNegatorsAndBoosters() {
        // The frown is the writer's mood, not something "no" negates; nor does "lacks" reach across the smile.
        #expect(scorer.score(sentence: "Still no cheque :( damn", language: .english).label == .negative)
        let s = scorer.explain(sentence: "The Life of Henrietta Lacks :D Yay", language: .english)
        #expect(s.contributions.allSatisfy { $0.adjustments.isEmpty })
        #expect(s.score.label == .positive)
    }

    @Test func traditionalCharactersFoldToSimplified() {
        let simplified = scorer.score(sentence: "服务态度很差", language: .chinese)
        let traditional = scorer.score(sentence: "服務態度很差", language: .chinese)
        #expect(simplified == traditional)
        let fullWidth = scorer.score(sentence: "房间很干净！", language: .chinese)
        let halfWidth = scorer.score(sentence: "房间很干净!", language: .chinese)
        #expect(fullWidth == halfWidth)
    }

    @Test func germanCompoundsAndEndingsFallBackToKnownParts() {
        let compound = scorer.explain(sentence: "Ein Kurseinbruch erschütterte die Börse.", language: .german)
        #expect(compound.contributions.contains { $0.term == "Kurseinbruch" })
        let inflected = scorer.explain(sentence: "Eine gute Nachricht.", language: .german)
        #expect(inflected.contributions.first { $0.term == "gute" }?.adjustments.first?.rule == "ending")
    }

    @Test func explanationsAddUpToTheSum() {
        let e = scorer.explain(sentence: "Net sales increased by 5.2%, but costs rose sharply!", language: .english)
        let total = e.contributions.map(\.value).reduce(0, +) + e.punctuation
        #expect(abs(total - e.sum) < 1e-9)
        #expect(abs(e.score.score - e.sum / (e.sum * e.sum + 15).squareRoot()) < 1e-9)
        let pair = e.contributions.first { $0.entry == "increased" }
        #expect(pair?.adjustments.first?.rule == "finance-pair")
        #expect(pair?.adjustments.first?.trigger == "net sales")
    }
}
