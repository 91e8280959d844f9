import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

@Suite("Publication date inference")
struct PublicationDateInferenceTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets/seeds")

    static func seed(_ name: String) throws -> String {
        try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("the blog seed's 'Last modified: March 25, 2024' gives 2024-03-25")
    func lastModified() throws {
        let text = try Self.seed("003_57f928c9d1ed6209.txt")
        let found = try #require(PublicationDateInference.infer(in: text, language: .english))
        #expect(found.day == Day("2024-03-25"))
        #expect(text.slice(found.range) == "March 25, 2024")
    }

    @Test("the Chinese seed's '参考消息网2月23日报道' gives 2024-02-23, the year from the text's full dates")
    func chineseDateline() throws {
        let text = try Self.seed("002_60a277024476348e.txt")
        let found = try #require(PublicationDateInference.infer(in: text, language: .chinese))
        #expect(found.day == Day("2024-02-23"))
        #expect(text.slice(found.range) == "2月23日")
    }

    @Test(
        "seeds without a cue or dateline give nil",
        arguments: [
            ("000_5669480ff98268bb.txt", Language.german), ("001_60b0fa1a5af5b7d0.txt", .english),
            ("004_35f7dafcc2a77b3b.txt", .english),
        ])
    func seedsWithoutDate(name: String, language: Language) throws {
        #expect(PublicationDateInference.infer(in: try Self.seed(name), language: language) == nil)
    }

    @Test(
        "cue lines and datelines in each language",
        arguments: [
            ("Published: 2024-02-23\nMarkets rose.", Language.english, "2024-02-23", "2024-02-23"),
            ("Updated 11:47 am, March 5, 2024\nStocks fell in 2023.", .english, "2024-03-05", "March 5, 2024"),
            (
                "BEIJING, March 3 (Reuters) - China's parliament met. In 2024 growth is forecast at 5%. The session ended on March 11, 2024.",
                .english, "2024-03-03", "March 3"
            ),
            ("Stand: 25.03.2024\nDie Börse schloss fester.", .german, "2024-03-25", "25.03.2024"),
            ("Veröffentlicht am 3. April 2023 um 10:00 Uhr", .german, "2023-04-03", "3. April 2023"),
            (
                "Berlin, 3. März (dpa) – Der DAX stieg. Am 1. März 2024 war er gefallen.", .german, "2024-03-03",
                "3. März"
            ),
            ("发布时间：2024-02-23 10:15\n沪指上涨。", .chinese, "2024-02-23", "2024-02-23"),
            ("新华社北京3月5日电 十四届全国人大二次会议于2024年3月5日开幕。", .chinese, "2024-03-05", "3月5日"),
            ("Die Kurse stiegen am Freitag. (APA, 5.9.2015)", .german, "2015-09-05", "5.9.2015"),
            ("So weit die Bilanz des Jahres 2015. (red, 16. 5. 2016)", .german, "2016-05-16", "16. 5. 2016"),
        ])
    func cues(text: String, language: Language, day: String, surface: String) throws {
        let found = try #require(PublicationDateInference.infer(in: text, language: language))
        #expect(found.day == Day(day))
        #expect(text.slice(found.range) == surface)
    }

    @Test(
        "no date, a date without a cue, or a year-less dateline in a text with no year give nil",
        arguments: [
            ("Markets rose sharply as investors cheered the results.", Language.english),
            ("The merger was announced on March 5, 2024 by both boards.", .english),
            ("BEIJING, March 3 (Reuters) - China's parliament met.", .english),
            ("Die Börse schloss am Freitag fester.", .german),
            ("参考消息网2月23日报道 外媒称中国将加快追赶步伐。", .chinese),
            ("The film's release date - 16 July - was announced in 2003.", .english),
            ("优惠政策的截止日期到今年12月31日。", .chinese),
        ])
    func none(text: String, language: Language) {
        #expect(PublicationDateInference.infer(in: text, language: language) == nil)
    }
}
