import Foundation

print("benchmarks")
runExtractionBenchmark(corpora: URL(fileURLWithPath: ProcessInfo.processInfo.environment["BAROMETER_CORPORA"] ?? "../shared/corpora"))
