import Foundation

/// Real news texts from ../shared/corpora, per language, for throughput measurements.
enum NewsCorpus {
    /// The corpora folder: `$BAROMETER_CORPORA`, else `../shared/corpora` beside the package.
    static var root: URL {
        if let path = ProcessInfo.processInfo.environment["BAROMETER_CORPORA"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(
            "../shared/corpora"
        )
        .standardizedFileURL
    }

    /// English: BBC News (JSON Lines with a `text` field).
    static func english() throws -> [String] {
        let data = try Data(contentsOf: root.appendingPathComponent("news-en-bbc/bbc_news.jsonl"))
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
    }

    /// German: 10kGNAD test split (`label;text`, single-quote quoting).
    static func german() throws -> [String] {
        let data = try Data(contentsOf: root.appendingPathComponent("news-de-10kgnad/test.csv"))
        return String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap {
            line in
            guard let separator = line.firstIndex(of: ";") else { return nil }
            var text = line[line.index(after: separator)...]
            if text.hasPrefix("'") && text.hasSuffix("'") && text.count >= 2 {
                text = text.dropFirst().dropLast()
            }
            return text.replacingOccurrences(of: "''", with: "'")
        }
    }

    /// Chinese: THUCNews subset (`label<TAB>text`).
    static func chinese() throws -> [String] {
        let data = try Data(contentsOf: root.appendingPathComponent("news-zh-thucnews/cnews.val.txt"))
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            line.split(separator: "\t", maxSplits: 1).last.map(String.init)
        }
    }

    static func all() throws -> [(language: String, texts: [String])] {
        [("en", try english()), ("de", try german()), ("zh", try chinese())]
    }
}

/// Peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // ru_maxrss is in KiB on Linux
}

/// CPU time of this process so far, in seconds (user + system): the "one core" measure.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
}
