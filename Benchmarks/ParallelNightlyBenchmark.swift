import BarometerPipeline
import BarometerPostgres
import BarometerStore
import Foundation
import Logging

/// Ingests and scores the same generated inbox with 1, 2 and 4 nightly workers, each time into a fresh
/// PostgreSQL database, and prints articles/s and the speed-up over one worker. The server comes from
/// `$BAROMETER_TEST_POSTGRES_URL`: run it as `scripts/with-postgres swift run -c release BarometerBenchmarks
/// parallel-nightly [ARTICLES]`.
func runParallelNightlyBenchmark(articles: Int) throws {
    guard let value = ProcessInfo.processInfo.environment["BAROMETER_TEST_POSTGRES_URL"], !value.isEmpty else {
        throw BenchmarkFailure(
            "BAROMETER_TEST_POSTGRES_URL is not set: run the benchmark through scripts/with-postgres")
    }
    let server = try PostgresServer(url: try PostgresURL(value))
    let corpus = try NewsCorpus.all()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barometer-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
    let analyser = DocumentAnalyser()

    var single: Double?
    for workers in [1, 2, 4] {
        // The same inbox each time: written afresh, since a run moves its files to the archive.
        let inbox = folder.appendingPathComponent("inbox-\(workers)")
        let bytes = try writeGeneratedInbox(corpus, at: inbox, range: 0..<articles)
        let name = "barometer_bench_\(workers)_\(UInt32.random(in: 0...UInt32.max))"
        let url = try server.createDatabase(named: name)
        defer { try? server.dropDatabase(named: name) }
        let store = try PostgresStore(url: url)
        let nightly = Nightly(
            store: store, analyser: analyser, logger: logger, openStore: { try PostgresStore(url: url) })
        let options = NightlyOptions(
            inbox: inbox, archive: folder.appendingPathComponent("archive-\(workers)"), workers: workers)
        let start = Date()
        let report = nightly.run(options, shouldStop: { false })
        let seconds = Date().timeIntervalSince(start)
        guard report.status == .completed, report.counts.new == articles else {
            throw BenchmarkFailure("\(workers) workers: \(report.summary) \(report.message ?? "")")
        }
        let rate = Double(articles) / seconds
        single = single ?? rate
        print(
            String(
                format: "postgres nightly, %d worker%@: %7d articles  %8.1f articles/s  %6.2f MB/s  speed-up %.2f×",
                workers, workers == 1 ? " " : "s", articles, rate, Double(bytes) / 1e6 / seconds,
                rate / (single ?? rate)))
    }
}

/// A benchmark that cannot run, with why.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
