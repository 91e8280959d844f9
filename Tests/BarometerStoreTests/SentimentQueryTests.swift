import BarometerText
import Foundation
import Testing

@testable import BarometerStore

/// A scored document with one scored sentence per entry of `sentences`.
func scored(_ sentences: [(String, Double)], source: String, score: Double, published: String = "2024-02-20")
    -> StoredDocument
{
    var offset = 0
    var stored: [StoredSentence] = []
    for (index, (text, value)) in sentences.enumerated() {
        let length = text.unicodeScalars.count
        stored.append(
            StoredSentence(
                index: index, range: ScalarRange(start: offset, end: offset + length), text: text,
                score: StoredScore(score: value, positive: 0, negative: 0, neutral: 1, label: "")))
        offset += length + 1
    }
    let text = sentences.map(\.0).joined(separator: " ")
    var document = document(text, source: source, published: Day(published))
    document.sentences = stored
    document.score = StoredScore(score: score, positive: 0, negative: 0, neutral: 1, label: "")
    return document
}

@Suite("Sentiment queries")
struct SentimentQueryTests {
    /// Runs `body` on a fresh store of `engine` holding the fixture documents.
    func withFixture<T>(_ engine: Engine, _ body: (any Store) throws -> T) throws -> T {
        try withStore(engine) { store in
            _ = try store.apply([
                scored([("Sora impressed everyone.", 0.6), ("Costs rose.", -0.2)], source: "scmp", score: 0.4),
                scored([("Sora disappointed.", -0.4)], source: "scmp", score: -0.4, published: "2024-02-27"),
                scored([("Die Überraschung war groß.", 0.3), ("SORA überzeugt.", 0.5)], source: "faz", score: 0.4),
                scored([("Sora横空出世。", 0.2), ("估值高达约10亿美元。", 0.1)], source: "xinhua", score: 0.15),
            ])
            return try body(store)
        }
    }

    @Test("per source: mean article score, count and standard error", arguments: Engine.allCases)
    func bySource(engine: Engine) throws {
        let groups = try withFixture(engine) { try $0.sourceScores(SentimentQuery()) }
        #expect(groups.map(\.group) == ["faz", "scmp", "xinhua"])
        let scmp = try #require(groups.first { $0.group == "scmp" })
        #expect(scmp.count == 2)
        #expect(abs(scmp.mean - 0.0) < 1e-12)
        // Sample standard deviation of {0.4, -0.4} is 0.5657; its standard error over 2 articles is 0.4.
        #expect(abs(try #require(scmp.standardError) - 0.4) < 1e-12)
        #expect(scmp.positiveShare == 0.5 && scmp.negativeShare == 0.5)
        #expect(groups.first { $0.group == "faz" }?.standardError == nil)
    }

    @Test("a period restricts by publication date", arguments: Engine.allCases)
    func period(engine: Engine) throws {
        let groups = try withFixture(engine) { try $0.sourceScores(SentimentQuery(from: Day("2024-02-21"))) }
        #expect(groups.map(\.group) == ["scmp"])
        #expect(groups[0].count == 1)
    }

    @Test("terms match case-insensitively in English, German and Chinese", arguments: Engine.allCases)
    func entities(engine: Engine) throws {
        let groups = try withFixture(engine) {
            try $0.entityScores(SentimentQuery(), terms: ["sora", "überraschung", "ÜBERZEUGT", "估值", "OpenAI", "50%"])
        }
        #expect(groups.map(\.group) == ["sora", "überraschung", "ÜBERZEUGT", "估值", "OpenAI", "50%"])
        #expect(groups.map(\.count) == [4, 1, 1, 1, 0, 0])
        #expect(abs(groups[0].mean - (0.6 - 0.4 + 0.5 + 0.2) / 4) < 1e-12)
    }

    @Test("with a term, an article counts only its sentences that mention it", arguments: Engine.allCases)
    func sourceOnTerm(engine: Engine) throws {
        let groups = try withFixture(engine) { try $0.sourceScores(SentimentQuery(term: "Sora")) }
        let scmp = try #require(groups.first { $0.group == "scmp" })
        #expect(scmp.count == 2)
        #expect(abs(scmp.mean - (0.6 - 0.4) / 2) < 1e-12)
    }

    @Test("sentence listing filters by term and source", arguments: Engine.allCases)
    func sentences(engine: Engine) throws {
        let rows = try withFixture(engine) { try $0.sentenceScores(SentimentQuery(sources: ["faz"], term: "sora")) }
        #expect(rows.map(\.sentence.text) == ["SORA überzeugt."])
        #expect(rows.map(\.sentence.score?.score) == [0.5])
    }
}
