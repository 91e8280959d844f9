import BarometerFigures
import BarometerText
import Foundation

/// Date-recognition throughput on the real news in ../shared/corpora (or `BAROMETER_CORPORA`): MB of UTF-8 text
/// per second on one core (per second of the thread's CPU time, and per wall-clock second), per language, with the text already split into scalars (`ScalarText`, built once per
/// article by the text module) and the dates found and resolved.
///
/// Call `DateBenchmark.run()` from the benchmark executable's main.swift.
enum DateBenchmark {
    /// The article texts of one language's news corpus.
    static func articles(_ language: Language) throws -> [String] {
        switch language {
        case .english: return try NewsCorpus.english()
        case .german: return try NewsCorpus.german()
        case .chinese: return try NewsCorpus.chinese()
        case .undetermined: return []
        }
    }

    static func run(repetitions: Int = 5) {
        let reference = Day(year: 2024, month: 2, day: 20)
        for language in Language.analysed {
            guard let texts = try? articles(language), !texts.isEmpty else {
                print("date \(language.code): corpus missing under \(NewsCorpus.root.path)")
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
                    let whole = ScalarRange(start: 0, end: text.count)
                    mentions += recognizer.mentions(in: text, range: whole, reference: reference).count
                }
                bestCPU = min(bestCPU, threadCPUSeconds() - cpu)
                bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9)
            }
            let mb = Double(bytes) / 1_000_000
            print(
                String(
                    format:
                        "date %@: %.1f MB in %d articles, %d dates, %.1f MB/s of this thread's CPU time, "
                        + "%.1f MB/s wall (best of %d)",
                    language.code, mb, texts.count, mentions, mb / bestCPU, mb / bestWall, repetitions))
        }
    }
}
