import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An inbox folder with articles, a store and the folders a nightly run writes to.
final class NightlyWorkspace {
    let folder: TemporaryFolder
    var inbox: String { folder.path("inbox") }
    var db: String { folder.path("store.sqlite") }
    var archive: String { folder.path("archive") }
    var quarantine: String { folder.path("quarantine") }
    var exports: String { folder.path("exports") }

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
    }

    func addSeeds() throws {
        let seeds = CommandRunner.packageRoot.appendingPathComponent("datasets/seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            try FileManager.default.copyItem(
                atPath: seeds.appendingPathComponent(name).path, toPath: inbox + "/" + name)
        }
    }

    /// Real English news from ../shared/corpora, one article per file.
    func addNews(count: Int) throws {
        let corpus = CommandRunner.packageRoot.appendingPathComponent("../shared/corpora/news-en-bbc/bbc_news.jsonl")
            .standardizedFileURL
        guard let data = FileManager.default.contents(atPath: corpus.path) else {
            Issue.record("needs ../shared/corpora/news-en-bbc/bbc_news.jsonl beside the package; it is missing")
            return
        }
        var written = 0
        var seen = Set<String>()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where written < count {
            // The BBC set repeats some articles; a repeated text is one document, so keep the first.
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let text = object["text"] as? String, seen.insert(text).inserted
            else { continue }
            let name = String(format: "bbc-%05d.txt", written)
            try Data(text.utf8).write(to: URL(fileURLWithPath: inbox + "/" + name))
            written += 1
        }
        // The BBC texts carry no dates: a manifest gives them one, as a collector would.
        let entries = (0..<written).map {
            "{\"file\": \"\(String(format: "bbc-%05d.txt", $0))\", \"source\": \"bbc\", \"language\": \"en\", \"published\": \"2005-03-\(String(format: "%02d", $0 % 28 + 1))\"}"
        }
        try Data(("[" + entries.joined(separator: ",\n") + "]").utf8).write(
            to: URL(fileURLWithPath: inbox + "/manifest.json"))
    }

    func nightly(_ extra: [String] = []) throws -> CommandRunner.Result {
        try CommandRunner.run(["nightly", "--inbox", inbox, "--db", db, "--archive", archive] + extra)
    }

    func documentCount() throws -> Int {
        let result = try CommandRunner.run(["export", "documents", "--db", db, "--format", "csv"])
        #expect(result.status == 0, "the store must still open: \(result.standardError)")
        return max(0, csvRows(result.standardOutput).count - 1)
    }

    func files(in folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var names: [String] = []
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                names.append(name)
            }
        }
        return names.sorted()
    }
}

@Suite("barometer nightly, end to end", .serialized)
struct NightlyEndToEndTests {
    @Test("two runs over the same inbox: the first processes everything, the second reports nothing new")
    func twoRuns() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addSeeds()
        let first = try CommandRunner.run([
            "nightly", "--inbox", workspace.inbox, "--db", workspace.db, "--exports", workspace.exports,
        ])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardError.contains("completed: 5 new"))
        let second = try CommandRunner.run(["nightly", "--inbox", workspace.inbox, "--db", workspace.db])
        #expect(second.status == 0)
        #expect(second.standardError.contains("nothing new, no analysis done"))
        #expect(second.standardError.split(separator: "\n").count == 1)
        #expect(
            workspace.files(in: workspace.exports) == [
                "barometer.ipynb", "documents.csv", "events.csv", "figures.csv", "index.html",
                "sentiment-sources.csv", "top-sentences.csv", "trend-weekly.csv",
            ])
        let runs = try CommandRunner.run(["runs", "--db", workspace.db, "--format", "csv"])
        let rows = csvRows(runs.standardOutput)
        #expect(rows.count == 3)
        #expect(rows.dropFirst().map { $0[4] } == ["completed", "completed"])
    }

    @Test("JSON logs: one object per line, with the run summary")
    func jsonLogs() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addSeeds()
        let result = try workspace.nightly(["--log-format", "json"])
        #expect(result.status == 0)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: String]
        #expect(object?["run.status"] == "completed")
        #expect(object?["run.new"] == "5")
    }

    @Test("ingested files move to the archive; bad files to quarantine with a reason; exit 3")
    func archiveAndQuarantine() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addSeeds()
        try Data().write(to: URL(fileURLWithPath: workspace.inbox + "/empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: URL(fileURLWithPath: workspace.inbox + "/blob.txt"))
        let result = try workspace.nightly(["--quarantine", workspace.quarantine])
        #expect(result.status == 3, "\(result.standardError)")
        #expect(result.standardError.contains("completed-with-failures"))
        #expect(
            workspace.files(in: workspace.quarantine) == [
                "blob.txt", "blob.txt.reason", "empty.txt", "empty.txt.reason",
            ])
        let reason = try String(contentsOfFile: workspace.quarantine + "/empty.txt.reason", encoding: .utf8)
        #expect(reason.contains("empty"))
        #expect(workspace.files(in: workspace.archive).filter { $0.hasSuffix(".txt") }.count == 5)
        #expect(workspace.files(in: workspace.inbox) == ["manifest.json"])
        #expect(try workspace.documentCount() == 5)
    }

    @Test("a second run while one holds the store's lock exits at once with status 75 and does nothing")
    func concurrentRunRefused() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addSeeds()
        // This test process holds the lock, as a running nightly would.
        let fd = open(workspace.db + ".nightly.lock", O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        defer { close(fd) }
        let result = try workspace.nightly()
        #expect(result.status == 75)
        #expect(result.standardError.contains("another nightly run holds"))
        #expect(workspace.files(in: workspace.inbox).count == 6)
        #expect(!FileManager.default.fileExists(atPath: workspace.db))
    }

    @Test("killed with SIGKILL at random moments, the next run completes: no document lost or stored twice")
    func killedAtRandom() throws {
        let workspace = try NightlyWorkspace()
        let articles = 150
        try workspace.addNews(count: articles)
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        for _ in 0..<12 {
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = [
                "nightly", "--inbox", workspace.inbox, "--db", workspace.db, "--archive", workspace.archive,
                "--batch", "10", "--quiet",
            ]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...400_000, using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            // After every kill the store opens, and everything archived is stored.
            let stored = try workspace.documentCount()
            let archived = workspace.files(in: workspace.archive).count
            #expect(archived <= stored)
            #expect(stored <= articles)
        }
        let last = try workspace.nightly()
        #expect(last.status == 0, "\(last.standardError)")
        #expect(try workspace.documentCount() == articles)
        #expect(workspace.files(in: workspace.archive).count == articles)
        #expect(workspace.files(in: workspace.inbox) == ["manifest.json"])
        let runs = try CommandRunner.run(["runs", "--db", workspace.db, "--format", "csv", "--limit", "100"])
        let statuses = csvRows(runs.standardOutput).dropFirst().map { $0[4] }
        #expect(statuses.first == "completed")
        #expect(!statuses.contains("running"))
        #expect(kills > 0, "no run was killed; the inbox is too small for this machine")
    }

    @Test("SIGTERM finishes the batch in hand, records the run as interrupted and exits 4")
    func terminated() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addNews(count: 300)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = [
            "nightly", "--inbox", workspace.inbox, "--db", workspace.db, "--archive", workspace.archive, "--batch",
            "10",
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Signal once the run is under way (its first batch archived), not after a fixed delay that a loaded or a
        // faster machine turns into "before the handler is installed" or "after the last batch".
        let started = Date()
        while workspace.files(in: workspace.archive).isEmpty, process.isRunning, Date().timeIntervalSince(started) < 60
        {
            usleep(5_000)
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 4)
        let runs = try CommandRunner.run(["runs", "--db", workspace.db, "--format", "csv"])
        #expect(csvRows(runs.standardOutput).dropFirst().first?[4] == "interrupted")
        let stored = try workspace.documentCount()
        #expect(stored % 10 == 0 || stored == 300, "whole batches only, got \(stored)")
        #expect(workspace.files(in: workspace.archive).count == stored)
        let next = try workspace.nightly()
        #expect(next.status == 0)
        #expect(try workspace.documentCount() == 300)
    }

    @Test("a corrupt store: a clear error, exit 1, the file untouched")
    func corruptStore() throws {
        let workspace = try NightlyWorkspace()
        try workspace.addSeeds()
        let garbage = Data(String(repeating: "x", count: 5000).utf8)
        try garbage.write(to: URL(fileURLWithPath: workspace.db))
        let result = try workspace.nightly()
        #expect(result.status == 1)
        #expect(result.standardError.contains("is not a readable Barometer database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.db)) == garbage)
        #expect(workspace.files(in: workspace.inbox).count == 6)
    }
}
