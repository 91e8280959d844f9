import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// The events corpora are the specification of `EventLinker`: every figure of every case gets
/// the subject, direction, date and restatement written beside it.
@Suite("Event linker corpus")
struct EventLinkerCorpusTests {
    static let english = (try? EventCorpus.load(.english).cases) ?? []
    static let german = (try? EventCorpus.load(.german).cases) ?? []
    static let chinese = (try? EventCorpus.load(.chinese).cases) ?? []

    @Test("Every analysed language has an events corpus of at least 25 cases", arguments: Language.analysed)
    func corpusExists(_ language: Language) throws {
        let corpus = try EventCorpus.load(language)
        #expect(corpus.language == language.code)
        #expect(corpus.cases.count >= 25)
        #expect(Set(corpus.cases.map(\.id)).count == corpus.cases.count, "case ids are unique")
    }

    @Test("English", arguments: english)
    func englishCase(_ example: EventCase) { check(example, .english) }

    @Test("German", arguments: german)
    func germanCase(_ example: EventCase) { check(example, .german) }

    @Test("Chinese", arguments: chinese)
    func chineseCase(_ example: EventCase) { check(example, .chinese) }

    func check(_ example: EventCase, _ language: Language) {
        let scalars = Array(example.text.unicodeScalars)
        for m in example.mentions {
            // The corpus itself: offsets slice the text written beside them.
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text, "corpus offsets of \(m.text)")
            #expect((m.kind == .date) == (m.expect == nil), "\(m.text): figures and only figures carry expectations")
        }
        let input = example.input
        let linked = EventLinker().link(input, in: example.analysed(language), published: example.publishedDay)
        #expect(linked.count == input.count)
        guard linked.count == input.count else { return }
        let compare = {
            for (index, (m, out)) in zip(example.mentions, linked).enumerated() {
                #expect(
                    out.kind == m.kind && out.range == m.range && out.text == m.text, "mention \(index) kept in place")
                guard let expected = m.expect else {
                    #expect(out == input[index], "date \(m.text) unchanged")
                    continue
                }
                #expect(out.subject == expected.subject, "subject of \(m.text)")
                #expect(out.direction == expected.direction, "direction of \(m.text)")
                #expect(out.restates == expected.restates, "restates of \(m.text)")
                let when: When =
                    switch expected.when {
                    case .published: When(range: .day(example.publishedDay), from: .published)
                    case .mention(let d): When(range: input[d].date!, from: .text)
                    }
                #expect(out.when == when, "when of \(m.text)")
            }
        }
        if let reason = example.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { compare() }
        } else {
            compare()
        }
    }
}

@Suite("Event linker")
struct EventLinkerTests {
    let published = Day("2024-02-20")!

    @Test("Text in an undetermined language keeps its figures unlinked but dated by publication")
    func undetermined() {
        let text = "Xyz 5% abc."
        let analysed = AnalysedText(
            text: text, language: .undetermined, languageDetected: true, title: nil, excluded: [],
            sentences: [Sentence(index: 0, range: ScalarRange(start: 0, end: 11), text: text)])
        let figure = Mention(kind: .percent, text: "5%", range: ScalarRange(start: 4, end: 6), value: 5)
        let linked = EventLinker().link([figure], in: analysed, published: published)
        #expect(linked[0].subject == nil)
        #expect(linked[0].when == When(range: .day(published), from: .published))
    }

    @Test("A figure outside every sentence (page furniture) gets no subject, only the publication date")
    func outsideSentences() {
        let text = "Revenue rose 5%."
        let analysed = AnalysedText(
            text: text, language: .english, languageDetected: false, title: nil, excluded: [], sentences: [])
        let figure = Mention(kind: .percent, text: "5%", range: ScalarRange(start: 13, end: 15), value: 5)
        let linked = EventLinker().link([figure], in: analysed, published: published)
        #expect(linked[0].subject == nil && linked[0].direction == nil)
        #expect(linked[0].when?.from == .published)
    }

    @Test("A subject or date a recogniser already set is kept")
    func keepsRecogniserValues() {
        let text = "Revenue rose 5%."
        let analysed = TextAnalyser().analyse(text, language: .english)
        let given = When(range: .day(Day("2023-12-31")!), from: .text)
        let figure = Mention(
            kind: .percent, text: "5%", range: ScalarRange(start: 13, end: 15), value: 5, subject: "sales", when: given)
        let linked = EventLinker().link([figure], in: analysed, published: published)
        #expect(linked[0].subject == "sales")
        #expect(linked[0].when == given)
        #expect(linked[0].direction == .up)
    }

    @Test("No mentions, no output")
    func empty() {
        #expect(
            EventLinker().link(
                [], in: TextAnalyser().analyse("Nothing here.", language: .english), published: published
            ).isEmpty)
    }
}
