import BarometerText
import Foundation
import Testing

@testable import BarometerSentiment

/// Issue 4, item 9: the German (000) and English (001) versions of the same seed story score alike.
@Suite struct SeedConsistencyTests {
    /// datasets/seeds, found from this file's path (Tests/BarometerSentimentTests/ → package root).
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/seeds")

    func seed(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path)
        let name = try #require(names.first { $0.hasPrefix(prefix + "_") }, "no seed \(prefix) in \(Self.seeds.path)")
        return try String(contentsOf: Self.seeds.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func sameStoryInGermanAndEnglishScoresWithin015() throws {
        let scorer = SentimentScorer()
        let german = scorer.score(TextAnalyser().analyse(try seed("000"), language: .german)).document.score
        let english = scorer.score(TextAnalyser().analyse(try seed("001"), language: .english)).document.score
        #expect(abs(german - english) <= 0.15, "de \(german) vs en \(english)")
        #expect(german != 0 && english != 0, "both stories carry sentiment")
    }
}
