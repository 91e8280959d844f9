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
        // Repeat until at least a second has passed, after one warm-up round.
        var checksum = 0.0
        for text in texts { checksum += scorer.score(text).document.score }
        // One round's sum does not depend on how many rounds fit in the second, unlike `checksum`.
        let roundChecksum = checksum
        // CPU time of this thread: the machine is shared, so wall-clock time would count other processes' work.
        var rounds = 0
        let start = threadCPUSeconds()
        let wallStart = Date()
        var elapsed = 0.0
        while rounds == 0 || !oneRound && elapsed < 1.0 {
            for text in texts { checksum += scorer.score(text).document.score }
            rounds += 1
            elapsed = threadCPUSeconds() - start
        }
        let wall = Date().timeIntervalSince(wallStart)
        let megabytes = Double(bytes * rounds) / 1_000_000
        print(
            "  \(language.code): \(String(format: "%.1f", megabytes / elapsed)) MB/s per core-second "
                + "(wall clock \(String(format: "%.1f", megabytes / wall)) MB/s; \(texts.count) articles, "
                + "\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB of sentences × \(rounds), checksum \(String(format: "%.3f", checksum)), "
                + "per round \(String(format: "%.6f", roundChecksum)))"
        )
    }
}
