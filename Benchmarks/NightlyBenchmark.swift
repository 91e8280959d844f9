import BarometerPipeline
import BarometerStore
import Foundation
import Logging

/// Generates an inbox of `articles` files by varying the real news of ../shared/corpora, then measures a full
/// nightly run into a fresh SQLite store and an incremental one (1% new files): articles/s, MB/s, peak memory.
func runNightlyBenchmark(articles: Int) throws {
    let corpus = try NewsCorpus.all()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barometer-bench-\(UUID().uuidString)")
    let inbox = folder.appendingPathComponent("inbox")
    defer { try? FileManager.default.removeItem(at: folder) }

    let bytes = try writeGeneratedInbox(corpus, at: inbox, range: 0..<articles)
    let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
    let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
    let nightly = Nightly(store: store, analyser: DocumentAnalyser(), logger: logger)
    let archive = folder.appendingPathComponent("archive")

    var start = Date()
    let full = nightly.run(NightlyOptions(inbox: inbox, archive: archive), shouldStop: { false })
    var seconds = Date().timeIntervalSince(start)
    print(
        String(
            format: "nightly full:        %7d articles  %8.1f articles/s  %6.2f MB/s  peak %7.1f MiB  (%@)",
            articles, Double(articles) / seconds, Double(bytes) / 1e6 / seconds, peakMemoryMiB(), full.summary))

    let extra = max(1, articles / 100)
    let extraBytes = try writeGeneratedInbox(corpus, at: inbox, range: articles..<(articles + extra))
    start = Date()
    let incremental = nightly.run(NightlyOptions(inbox: inbox, archive: archive), shouldStop: { false })
    seconds = Date().timeIntervalSince(start)
    print(
        String(
            format: "nightly incremental: %7d new       %8.1f articles/s  %6.2f MB/s  peak %7.1f MiB  (%@)",
            extra, Double(extra) / seconds, Double(extraBytes) / 1e6 / seconds, peakMemoryMiB(), incremental.summary))
}

/// Writes articles `range` of a generated inbox: real news varied by a first line, so each is a distinct
/// document, 1,000 files per folder with a manifest giving source, language and date; returns the bytes written.
func writeGeneratedInbox(_ corpus: [(language: String, texts: [String])], at inbox: URL, range: Range<Int>) throws
    -> Int
{
    var bytes = 0
    var manifest: [String] = []
    for index in range {
        let (language, texts) = corpus[index % corpus.count]
        let base = texts[(index / corpus.count) % texts.count]
        // A variant line makes every generated article a distinct document.
        let text = "Bulletin \(index).\n" + base
        let name = String(format: "%07d.txt", index)
        let sub = inbox.appendingPathComponent(String(format: "%04d", index / 1000))
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: sub.appendingPathComponent(name))
        bytes += text.utf8.count
        let day = 1 + index % 28
        manifest.append(
            "{\"file\":\"\(name)\",\"source\":\"\(language)-wire\",\"language\":\"\(language)\",\"published\":\"2024-02-\(String(format: "%02d", day))\"}"
        )
        if (index + 1) % 1000 == 0 || index == range.upperBound - 1 {
            let existing = sub.appendingPathComponent("manifest.json")
            var entries = manifest
            if let old = try? String(contentsOf: existing, encoding: .utf8) {
                entries.insert(String(old.dropFirst().dropLast()), at: 0)
            }
            try Data(("[" + entries.joined(separator: ",\n") + "]").utf8).write(to: existing)
            manifest.removeAll()
        }
    }
    return bytes
}
