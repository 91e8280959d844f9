import BarometerSentiment
import BarometerText
import Foundation

/// Sentiment scoring throughput per language on one core: MB of UTF-8 sentence text scored per second.
///
/// The text stage (sentence splitting) runs once before timing, so the figure is the scorer's own speed over the
/// articles' sentences. Corpora (read, never copied): news-en-bbc, news-de-10kgnad, news-zh-thucnews.
func runScoringBenchmark(corpora: URL) {
    let scorer = SentimentScorer()
    let sets: [(Language, String, (String) -> [String])] = [
        (.english, "news-en-bbc/bbc_news.jsonl", bbcArticles),
        (.german, "news-de-10kgnad/test.csv", gnadArticles),
        (.chinese, "news-zh-thucnews/cnews.val.txt", thucArticles),
    ]
    print("sentiment scoring, one core (lexicon \(scorer.lexiconVersion))")
    for (language, path, parse) in sets {
        let url = corpora.appendingPathComponent(path)
        guard let raw = try? String(contentsOf: url, encoding: .utf8) else {
            print("  \(language.code): missing \(url.path)")
            continue
        }
        let analyser = TextAnalyser()
        let texts = parse(raw).map { analyser.analyse($0, language: language) }
        let bytes = texts.reduce(0) { total, text in total + text.sentences.reduce(0) { $0 + $1.text.utf8.count } }
        // Repeat until at least a second has passed, after one warm-up round.
        var checksum = 0.0
        for text in texts { checksum += scorer.score(text).document.score }
        // CPU time of this thread: the machine is shared, so wall-clock time would count other processes' work.
        var rounds = 0
        let start = threadCPUSeconds()
        let wallStart = Date()
        var elapsed = 0.0
        while elapsed < 1.0 {
            for text in texts { checksum += scorer.score(text).document.score }
            rounds += 1
            elapsed = threadCPUSeconds() - start
        }
        let wall = Date().timeIntervalSince(wallStart)
        let megabytes = Double(bytes * rounds) / 1_000_000
        print(
            "  \(language.code): \(String(format: "%.1f", megabytes / elapsed)) MB/s per core-second "
                + "(wall clock \(String(format: "%.1f", megabytes / wall)) MB/s; \(texts.count) articles, "
                + "\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB of sentences × \(rounds), checksum \(String(format: "%.3f", checksum)))"
        )
    }
}

/// CPU seconds used by the calling thread.
private func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// BBC: one JSON object per line with `title` and `text`.
private func bbcArticles(_ raw: String) -> [String] {
    raw.split(separator: "\n").compactMap { line in
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return nil
        }
        return "\(object["title"] as? String ?? "")\n\(object["text"] as? String ?? "")"
    }
}

/// 10kGNAD: `label;text`, text quoted with single quotes when needed.
private func gnadArticles(_ raw: String) -> [String] {
    raw.split(whereSeparator: \.isNewline).compactMap { line in
        guard let semicolon = line.firstIndex(of: ";") else { return nil }
        var text = line[line.index(after: semicolon)...]
        if text.hasPrefix("'"), text.hasSuffix("'") { text = text.dropFirst().dropLast() }
        return String(text)
    }
}

/// THUCNews: `label<TAB>text`.
private func thucArticles(_ raw: String) -> [String] {
    raw.split(separator: "\n").compactMap { line in line.split(separator: "\t", maxSplits: 1).last.map(String.init) }
}
