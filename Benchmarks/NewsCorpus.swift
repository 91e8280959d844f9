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

/// Passes of one workload, each timed on its own by the thread's CPU clock.
///
/// The machine is shared: another tenant's load slows some passes (caches, the sibling hyperthread) but never
/// speeds one up. So the benchmarks report the median pass, which one slow pass cannot move, beside the fastest,
/// a lower bound on what the code costs here (as Python's `timeit` advises); the aims are judged on the median.
struct TimedPasses {
    /// CPU seconds of each pass, in the order they ran.
    private(set) var seconds: [Double] = []
    /// What the last pass returned (a count, so the work cannot be optimised away).
    private(set) var count = 0

    /// Runs `body` once, or again and again until `budget` seconds of CPU time have passed (at least three passes).
    @inline(never)
    init(onePass: Bool, budget: Double = 2, _ body: () -> Int) {
        let start = threadCPUSeconds()
        repeat {
            let passStart = threadCPUSeconds()
            count = body()
            seconds.append(threadCPUSeconds() - passStart)
        } while !onePass && (seconds.count < 3 || threadCPUSeconds() - start < budget)
    }

    var passes: Int { seconds.count }
    var median: Double {
        let sorted = seconds.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
    var fastest: Double { seconds.min() ?? .nan }
}
