import BarometerFigures
import BarometerText
import Foundation

/// Figure extraction throughput on real news, one core: MB/s of UTF-8 text through
/// `FigureExtractor.extract(text:language:published:)` (scalar folding, every recogniser, overlap resolution),
/// per language, over news-en-bbc, news-de-10kgnad and news-zh-thucnews. Time is the thread's CPU time, so the
/// figure is per core even when other processes share the machine.
func runExtractionBenchmark() {
    let sets: [(Language, () throws -> [String])] = [
        (.english, NewsCorpus.english), (.german, NewsCorpus.german), (.chinese, NewsCorpus.chinese),
    ]
    let extractor = FigureExtractor()
    let published = Day(year: 2024, month: 2, day: 20)
    print("figure extraction (one core)")
    for (language, read) in sets {
        guard let texts = try? read(), !texts.isEmpty else {
            print(
                "  \(language.code): cannot read under \(NewsCorpus.root.path) (set BAROMETER_CORPORA to the shared corpora folder)"
            )
            continue
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var mentions = 0
        var passes = 0
        let start = threadCPUSeconds()
        // Repeat whole passes until at least two CPU seconds have run, so the timer's resolution does not matter.
        while passes == 0 || threadCPUSeconds() - start < 2 {
            mentions = 0
            for text in texts {
                mentions += extractor.extract(text: text, language: language, published: published).count
            }
            passes += 1
        }
        let seconds = threadCPUSeconds() - start
        let megabytes = Double(bytes * passes) / 1_000_000
        print(
            String(
                format: "  %@: %.1f MB/s  (%d articles, %.2f MB, %d mentions per pass, %d passes)",
                language.code, megabytes / seconds, texts.count, Double(bytes) / 1_000_000, mentions, passes))
    }
}
