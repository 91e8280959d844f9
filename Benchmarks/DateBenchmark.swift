import BarometerFigures
import BarometerText
import Foundation

/// Date-recognition throughput on the real news in ../shared/corpora (or `BAROMETER_CORPORA`): MB of UTF-8 text
/// per second on one core (per second of the thread's CPU time, and per wall-clock second), per language, with the text already split into scalars (`ScalarText`, built once per
/// article by the text module) and the dates found and resolved.
///
/// Call `DateBenchmark.run()` from the benchmark executable's main.swift.
enum DateBenchmark {
    static func corpora() -> URL {
        if let path = ProcessInfo.processInfo.environment["BAROMETER_CORPORA"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared/corpora").standardizedFileURL
    }

    /// The article texts of one corpus: BBC JSON lines' `text`, 10kGNAD's text after `label;`, THUCNews' after the tab.
    static func articles(_ language: Language) throws -> [String] {
        let root = corpora()
        switch language {
        case .english:
            struct Line: Decodable { var text: String }
            let data = try String(contentsOf: root.appendingPathComponent("news-en-bbc/bbc_news.jsonl"), encoding: .utf8)
            return try data.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)).text }
        case .german:
            let data = try String(contentsOf: root.appendingPathComponent("news-de-10kgnad/test.csv"), encoding: .utf8)
            return data.split(whereSeparator: \.isNewline).compactMap { line in line.firstIndex(of: ";").map { String(line[line.index(after: $0)...]) } }
        case .chinese:
            let data = try String(contentsOf: root.appendingPathComponent("news-zh-thucnews/cnews.val.txt"), encoding: .utf8)
            return data.split(separator: "\n").compactMap { line in line.firstIndex(of: "\t").map { String(line[line.index(after: $0)...]) } }
        case .undetermined:
            return []
        }
    }

    /// CPU time of the calling thread: on a shared machine wall time also counts other processes' turns.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func run(repetitions: Int = 5) {
        let reference = Day(year: 2024, month: 2, day: 20)
        for language in Language.analysed {
            guard let texts = try? articles(language), !texts.isEmpty else {
                print("date \(language.code): corpus missing under \(corpora().path)")
                continue
            }
            let scalars = texts.map(ScalarText.init)
            let bytes = texts.reduce(0) { $0 + $1.utf8.count }
            let recognizer = DateRecognizer(language: language)
            var mentions = 0
            var bestWall = Double.infinity
            var bestCPU = Double.infinity
            for _ in 0..<repetitions {
                mentions = 0
                let wall = DispatchTime.now().uptimeNanoseconds
                let cpu = threadCPUSeconds()
                for text in scalars {
                    mentions += recognizer.mentions(in: text, range: ScalarRange(start: 0, end: text.count), reference: reference).count
                }
                bestCPU = min(bestCPU, threadCPUSeconds() - cpu)
                bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9)
            }
            let mb = Double(bytes) / 1_000_000
            print(
                String(
                    format: "date %@: %.1f MB in %d articles, %d dates, %.1f MB/s of this thread's CPU time, %.1f MB/s wall (best of %d)",
                    language.code, mb, texts.count, mentions, mb / bestCPU, mb / bestWall, repetitions))
        }
    }
}
