import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

@Suite("Date recognizer")
struct DateRecognizerTests {
    static let reference = Day(year: 2024, month: 2, day: 20)

    /// Texts cut short at every awkward place: a rule must never read past the end.
    static let edges = [
        "", " ", "2024", "2024-", "2024-03", "2024-03-", "3.", "3. ", "3. 4.", "Q", "Q3", "H", "FY", "FY2", "in",
        "in 2000",
        "March", "March 25,", "the", "the first", "first trading day after the", "last", "vor", "vor drei",
        "three days",
        "KW", "week", "早", "年", "2023年", "2023年第", "2月", "2月2", "第", "上", "上周", "周", "1-", "1-2", "从2016年到",
        "between 2019 and", "Mitte", "Ende des", "'", "2003'", "mid-", "9/", "22.04", "am 22.04.", "(APA, 5.9.2015",
    ]

    @Test(
        "mentions lie inside the scanned range, in order, without overlap, and their text is the original slice",
        arguments: Language.analysed)
    func wellFormed(_ language: Language) throws {
        var texts = Self.edges
        for name in ["en", "de", "zh"] {
            texts += DateCorpus.load(name, language).map(\.text)
        }
        let recognizer = DateRecognizer(language: language)
        for text in texts {
            let scalars = ScalarText(text)
            // The whole text, and the text without its first and last scalar.
            let ranges =
                [ScalarRange(start: 0, end: scalars.count)]
                + (scalars.count > 2 ? [ScalarRange(start: 1, end: scalars.count - 1)] : [])
            for range in ranges {
                let mentions = recognizer.mentions(in: scalars, range: range, reference: Self.reference)
                var end = range.start
                for m in mentions {
                    #expect(range.contains(m.range), "\(text): \(m.range) outside \(range)")
                    #expect(m.range.start >= end, "\(text): overlapping or unordered at \(m.range)")
                    #expect(m.text == text.slice(m.range))
                    #expect(m.kind == .date && m.date != nil && m.value == nil)
                    end = m.range.end
                }
            }
        }
    }

    @Test("an undetermined language has no dates")
    func undetermined() {
        let text = ScalarText("March 25, 2024")
        #expect(
            DateRecognizer(language: .undetermined).mentions(
                in: text, range: ScalarRange(start: 0, end: text.count), reference: Self.reference
            ).isEmpty)
    }

    @Test("a range that ends inside the text scans only that part")
    func partialRange() {
        let text = ScalarText("Sales fell in March 2023 and rose in 2024.")
        let mentions = DateRecognizer(language: .english).mentions(
            in: text, range: ScalarRange(start: 0, end: 25), reference: Self.reference)
        #expect(mentions.map(\.text) == ["March 2023"])
    }
}
