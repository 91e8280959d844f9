import BarometerFigures
import BarometerText
import Foundation

/// Figure extraction throughput on real news, one core: MB/s of UTF-8 text through
/// `FigureExtractor.extract(text:language:published:)` (scalar folding, every recogniser, overlap resolution),
/// per language, over news-en-bbc, news-de-10kgnad and news-zh-thucnews. Time is the thread's CPU time, so the
/// figure is per core even when other processes share the machine.
func runExtractionBenchmark(corpora: URL) {
    let sets: [(Language, String, (URL) throws -> [String])] = [
        (.english, "news-en-bbc/bbc_news.jsonl", ExtractionBenchmarkInput.jsonLines),
        (.german, "news-de-10kgnad/test.csv", ExtractionBenchmarkInput.tenKGNAD),
        (.chinese, "news-zh-thucnews/cnews.val.txt", ExtractionBenchmarkInput.thucNews),
    ]
    let extractor = FigureExtractor()
    let published = Day(year: 2024, month: 2, day: 20)
    print("figure extraction (one core)")
    for (language, path, read) in sets {
        let url = corpora.appendingPathComponent(path)
        guard let texts = try? read(url), !texts.isEmpty else {
            print("  \(language.code): cannot read \(url.path) (set BAROMETER_CORPORA to the shared corpora folder)")
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

/// CPU time consumed by the calling thread, in seconds.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Readers for the three news corpora's formats (see each folder's README).
enum ExtractionBenchmarkInput {
    /// One JSON object per line with a "text" field.
    static func jsonLines(_ url: URL) throws -> [String] {
        let data = try String(contentsOf: url, encoding: .utf8)
        return try data.split(separator: "\n").compactMap { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["text"] as? String
        }
    }

    /// `label;text`, fields quoted with single quotes when needed (a doubled quote inside), CRLF lines.
    static func tenKGNAD(_ url: URL) throws -> [String] {
        let scalars = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
        var texts: [String] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "'" {
                    if i + 1 < scalars.count, scalars[i + 1] == "'" {
                        field.append("'")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "'" && field.isEmpty {
                quoted = true
            } else if c == ";" {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                fields.append(String(field))
                field = String.UnicodeScalarView()
                if fields.count == 2 { texts.append(fields[1]) }
                fields = []
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(String(field))
            if fields.count == 2 { texts.append(fields[1]) }
        }
        return texts
    }

    /// `label<TAB>text` per line.
    static func thucNews(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            line.split(separator: "\t", maxSplits: 1).dropFirst().first.map(String.init)
        }
    }
}
