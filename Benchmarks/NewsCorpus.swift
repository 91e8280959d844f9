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

    /// German: 10kGNAD test split: `label;text` with CRLF lines, a field quoted with single quotes when needed
    /// (a doubled quote inside), so a quoted text may hold semicolons.
    static func german() throws -> [String] {
        let url = root.appendingPathComponent("news-de-10kgnad/test.csv")
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

/// CPU seconds used by the calling thread: on a shared machine wall time also counts other processes' turns.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
