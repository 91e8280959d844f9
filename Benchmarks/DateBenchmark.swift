import BarometerFigures
import BarometerText
import Foundation

/// Date-recognition throughput on the real news in ../shared/corpora (or `BAROMETER_CORPORA`): MB of UTF-8 text
/// per second on one core, per language, with the text already split into scalars (`ScalarText`, built once per
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
            var best = Double.infinity
            for _ in 0..<repetitions {
                mentions = 0
                let start = DispatchTime.now().uptimeNanoseconds
                for text in scalars {
                    mentions += recognizer.mentions(in: text, range: ScalarRange(start: 0, end: text.count), reference: reference).count
                }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            let mb = Double(bytes) / 1_000_000
            print(String(format: "date %@: %.1f MB in %d articles, %d dates, %.1f MB/s (best of %d)", language.code, mb, texts.count, mentions, mb / best, repetitions))
        }
    }
}
