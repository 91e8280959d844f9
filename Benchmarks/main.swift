import Foundation

// Barometer's benchmarks: throughput per stage on the real news of ../shared/corpora (release build):
//   swift run -c release BarometerBenchmarks [extraction [ARTICLES] | dates | scoring | nightly [ARTICLES]
//                                             | queries [ARTICLES [STORE]]]
//   scripts/with-postgres swift run -c release BarometerBenchmarks parallel-nightly [ARTICLES]
// `extraction ARTICLES` reads only the first ARTICLES of each language, once (for valgrind --tool=callgrind).
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "extraction":
        runExtractionBenchmark(articles: arguments.dropFirst().first.flatMap { Int($0) })
    case "dates":
        DateBenchmark.run()
    case "scoring":
        runScoringBenchmark()
    case "nightly":
        try runNightlyBenchmark(articles: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000)
    case "parallel-nightly":
        try runParallelNightlyBenchmark(articles: arguments.dropFirst().first.flatMap { Int($0) } ?? 5_000)
    case "queries":
        try runQueryBenchmark(
            articles: arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000, path: arguments.dropFirst(2).first)
    default:
        print(
            "usage: BarometerBenchmarks extraction [ARTICLES] | dates | scoring | nightly [ARTICLES]"
                + " | queries [ARTICLES [STORE]] | parallel-nightly [ARTICLES]")
    }
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(1)
}
