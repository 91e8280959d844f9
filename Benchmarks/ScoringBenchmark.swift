import BarometerSentiment
import BarometerText
import Foundation

/// Sentiment scoring throughput per language on one core: MB of UTF-8 sentence text scored per second.
///
/// The text stage (sentence splitting) runs once before timing, so the figure is the scorer's own speed over the
/// articles' sentences. Corpora (read, never copied): news-en-bbc, news-de-10kgnad, news-zh-thucnews.
func runScoringBenchmark() {
    let scorer = SentimentScorer()
    let sets: [(Language, () throws -> [String])] = [
        (.english, NewsCorpus.english), (.german, NewsCorpus.german), (.chinese, NewsCorpus.chinese),
    ]
    print("sentiment scoring, one core (lexicon \(scorer.lexiconVersion))")
    let only = ProcessInfo.processInfo.environment["BAROMETER_BENCHMARK_LANGUAGE"]
    // One timed round only, for instruction counts under callgrind (a second of rounds would take an hour there).
    let oneRound = ProcessInfo.processInfo.environment["BAROMETER_BENCHMARK_ONE_ROUND"] != nil
    for (language, read) in sets where only == nil || only == language.code {
        guard let raw = try? read() else {
            print("  \(language.code): missing under \(NewsCorpus.root.path)")
            continue
        }
        let analyser = TextAnalyser()
        let texts = raw.map { analyser.analyse($0, language: language) }
        let bytes = texts.reduce(0) { total, text in total + text.sentences.reduce(0) { $0 + $1.text.utf8.count } }
        // One warm-up round; its sum does not depend on how many rounds are timed.
        var roundChecksum = 0.0
        for text in texts { roundChecksum += scorer.score(text).document.score }
        let rounds = TimedPasses(onePass: oneRound) {
            var sum = 0.0
            for text in texts { sum += scorer.score(text).document.score }
            return sum == roundChecksum ? 1 : 0
        }
        let megabytes = Double(bytes) / 1_000_000
        print(
            "  \(language.code): \(String(format: "%.1f", megabytes / rounds.median)) MB/s median round, "
                + "\(String(format: "%.1f", megabytes / rounds.fastest)) MB/s fastest (per core-second; "
                + "\(texts.count) articles, \(String(format: "%.1f", megabytes)) MB of sentences × \(rounds.passes), "
                + "last round \(rounds.count == 1 ? "matches the warm-up" : "DIFFERS FROM THE WARM-UP"), per round \(String(format: "%.6f", roundChecksum)))"
        )
    }
}
