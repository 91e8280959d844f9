import Foundation

print("benchmarks")
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let corpora = ProcessInfo.processInfo.environment["BAROMETER_CORPORA"].map { URL(fileURLWithPath: $0) }
    ?? packageRoot.appendingPathComponent("../shared/corpora").standardizedFileURL
runScoringBenchmark(corpora: corpora)
