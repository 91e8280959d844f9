import BarometerFigures
import BarometerText
import Foundation

/// Figure extraction throughput on real news, one core: MB/s of UTF-8 text through
/// `FigureExtractor.extract(text:language:published:)` (scalar folding, every recogniser, overlap resolution),
/// per language, over news-en-bbc, news-de-10kgnad and news-zh-thucnews. Time is the thread's CPU time, so the
/// figure is per core even when other processes share the machine.
///
/// Three more lines per language: the same extraction without the date rules (its time less the time of
/// `DateRecognizer` alone on the same texts, since dates have their own benchmark and owner), and the whole path an
/// ingested article takes (`TextAnalyser.analyse`, `FigureExtractor.extract(from:published:)`, `EventLinker.link`).
///
/// Environment: `BAROMETER_BENCHMARK_LANGUAGE=en` runs one language; `BAROMETER_BENCHMARK_DUMP=PATH` first writes
/// every mention of both paths to `PATH.<code>`, so two builds can be compared mention by mention (a speed-up must
/// not change a single one).
///
/// `articles` limits each language to its first articles and runs one pass: a repeatable input for
/// `valgrind --tool=callgrind`.
func runExtractionBenchmark(articles: Int? = nil) {
    let sets: [(Language, () throws -> [String])] = [
        (.english, NewsCorpus.english), (.german, NewsCorpus.german), (.chinese, NewsCorpus.chinese),
    ]
    let extractor = FigureExtractor()
    let published = Day(year: 2024, month: 2, day: 20)
    print("figure extraction (one core)")
    let only = ProcessInfo.processInfo.environment["BAROMETER_BENCHMARK_LANGUAGE"]
    for (language, read) in sets where only == nil || only == language.code {
        guard var texts = try? read(), !texts.isEmpty else {
            print(
                "  \(language.code): cannot read under \(NewsCorpus.root.path) (set BAROMETER_CORPORA to the shared corpora folder)"
            )
            continue
        }
        if let articles { texts = Array(texts.prefix(articles)) }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        // The first call of a language builds its tables; no pass should pay for that.
        _ = EventLinker().link(
            extractor.extract(from: TextAnalyser().analyse(texts[0], language: language), published: published),
            in: TextAnalyser().analyse(texts[0], language: language), published: published)
        let extraction = TimedPasses(onePass: articles != nil) {
            texts.reduce(0) { $0 + extractor.extract(text: $1, language: language, published: published).count }
        }
        print(
            String(
                format:
                    "  %@: %.1f MB/s median pass, %.1f MB/s fastest  (%d articles, %.2f MB, %d mentions per pass, %d passes)",
                language.code, megabytes / extraction.median, megabytes / extraction.fastest, texts.count, megabytes,
                extraction.count, extraction.passes))

        if let path = ProcessInfo.processInfo.environment["BAROMETER_BENCHMARK_DUMP"] {
            dumpMentions(texts, language: language, published: published, to: path + "." + language.code)
        }
        let scalars = texts.map(ScalarText.init)
        let recognizer = DateRecognizer(language: language)
        let dates = TimedPasses(onePass: articles != nil) {
            scalars.reduce(0) { sum, text in
                let whole = ScalarRange(start: 0, end: text.count)
                return sum + recognizer.mentions(in: text, range: whole, reference: published).count
            }
        }
        print(
            String(
                format: "  %@ without dates: %.1f MB/s  (dates alone %.1f MB/s, %d dates per pass)",
                language.code, megabytes / (extraction.median - dates.median), megabytes / dates.median,
                dates.count))

        let analyser = TextAnalyser()
        let linker = EventLinker()
        let whole = TimedPasses(onePass: articles != nil) {
            texts.reduce(0) { sum, text in
                let analysed = analyser.analyse(text, language: language)
                let mentions = extractor.extract(from: analysed, published: published)
                return sum + linker.link(mentions, in: analysed, published: published).count
            }
        }
        print(
            String(
                format: "  %@ analysed and linked: %.1f MB/s  (text stage, figures, events; %d mentions per pass)",
                language.code, megabytes / whole.median, whole.count))
    }
}

/// Writes every mention of both paths (`extract(text:)` and analysed + linked), one per line, to compare builds.
private func dumpMentions(_ texts: [String], language: Language, published: Day, to path: String) {
    let extractor = FigureExtractor()
    var lines = ""
    for (n, text) in texts.enumerated() {
        for mention in extractor.extract(text: text, language: language, published: published) {
            lines += "\(n) \(mention)\n"
        }
        let analysed = TextAnalyser().analyse(text, language: language)
        let found = extractor.extract(from: analysed, published: published)
        for mention in EventLinker().link(found, in: analysed, published: published) {
            lines += "linked \(n) \(mention)\n"
        }
    }
    do {
        try lines.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        print("  cannot write \(path): \(error)")
    }
}
