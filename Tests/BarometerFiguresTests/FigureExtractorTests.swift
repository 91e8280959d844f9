import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

@Suite struct FigureExtractorTests {
    let published = Day(year: 2024, month: 2, day: 20)

    @Test("mentions carry their sentence index, in text order")
    func sentences() {
        let analysed = TextAnalyser().analyse("Stocks rose 5%. Bonds fell by $3 million.", language: .english)
        let mentions = FigureExtractor().extract(from: analysed, published: published)
        #expect(mentions.map(\.text) == ["5%", "$3 million"])
        #expect(mentions.map(\.sentence) == [0, 1])
        #expect(mentions.map(\.kind) == [.percent, .money])
    }

    @Test("text in an undetermined language yields nothing")
    func undetermined() {
        #expect(FigureExtractor().extract(text: "It rose 5%.", language: .undetermined, published: published).isEmpty)
        let analysed = TextAnalyser().analyse("It rose 5%.", language: .undetermined)
        #expect(FigureExtractor().extract(from: analysed, published: published).isEmpty)
    }

    @Test("a date beats any figure it overlaps, then the longest span wins")
    func overlaps() {
        let date = Mention(kind: .date, text: "2023", range: ScalarRange(start: 10, end: 14), date: .day(published))
        let number = Mention(kind: .number, text: "2023", range: ScalarRange(start: 10, end: 14), value: 2023)
        let inner = Mention(kind: .number, text: "5", range: ScalarRange(start: 1, end: 2), value: 5)
        let money = Mention(kind: .money, text: "$5", range: ScalarRange(start: 0, end: 2), value: 5)
        let kept = FigureExtractor.resolve(dates: [date], figures: [number, inner, money])
        #expect(kept.map(\.kind) == [.money, .date])
    }

    @Test("one kind alone: the number inside a percentage is still a number")
    func onlyOneKind() {
        let numbers = FigureExtractor().extract(
            text: "up 11.4%", language: .english, published: published, only: .number)
        #expect(numbers.map(\.text) == ["11.4"])
    }
}
