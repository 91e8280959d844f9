import Foundation
import Testing

@Suite("barometer ingest, documents and export, end to end")
struct IngestEndToEndTests {
    @Test("the seeds go in once: 5 documents, then 0 new, 5 unchanged")
    func seedsTwice() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("x.sqlite")
        let first = try CommandRunner.run(["ingest", "datasets/seeds", "--db", db, "--format", "csv"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardError.contains("5 new, 0 unchanged"))
        let second = try CommandRunner.run(["ingest", "datasets/seeds", "--db", db, "--format", "csv"])
        #expect(second.status == 0)
        #expect(second.standardError.contains("0 new, 5 unchanged"))

        let export = try CommandRunner.run(["export", "documents", "--db", db, "--format", "csv"])
        #expect(export.status == 0)
        let rows = csvRows(export.standardOutput)
        #expect(
            rows.first == [
                "id", "source", "language", "published", "published_inferred", "title", "url", "sentences",
                "characters", "excluded_characters", "published_at",
            ])
        let documents = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
        #expect(documents.count == 5)
        let byID = documents.sorted { Int($0["id"]!)! < Int($1["id"]!)! }
        #expect(byID.map { $0["language"]! } == ["de", "en", "zh", "en", "en"])
        #expect(
            byID.map { $0["source"]! } == ["toi-tech", "toi-tech", "hainan-xinxigang", "ai-discussions-blog", "scmp"])
        #expect(
            byID.map { $0["published"]! } == ["2024-02-22", "2024-02-22", "2024-02-23", "2024-03-25", "2024-02-20"])
        #expect(byID.allSatisfy { $0["published_inferred"] == "false" && Int($0["sentences"]!)! > 5 })
        // Page furniture: source tags (000, 004), the repost tail (002), counters and search box (003); none in 001.
        let excluded = byID.map { Int($0["excluded_characters"]!)! }
        #expect(excluded[1] == 0)
        #expect([0, 2, 3, 4].allSatisfy { excluded[$0] > 0 })
        #expect(excluded[2] > 900, "002's unrelated headlines after 转发到 (about 950 characters) are excluded")
    }

    @Test("export documents as JSON Lines, to a file")
    func exportJSONLines() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("x.sqlite")
        _ = try CommandRunner.run(["ingest", "datasets/seeds", "--db", db, "--quiet"])
        let out = folder.path("documents.jsonl")
        let export = try CommandRunner.run(["export", "documents", "--db", db, "--format", "jsonl", "--out", out])
        #expect(export.status == 0)
        #expect(export.standardOutput.isEmpty)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["excluded_characters"] is Int)
        #expect(first?["published_inferred"] is Bool)
    }

    @Test("the store comes from BAROMETER_DB when --db is absent")
    func environmentStore() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("env.sqlite")
        let result = try CommandRunner.run(["ingest", "datasets/seeds", "--quiet"], environment: ["BAROMETER_DB": db])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test("documents filters by source")
    func documentsFilter() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("x.sqlite")
        _ = try CommandRunner.run(["ingest", "datasets/seeds", "--db", db, "--quiet"])
        let result = try CommandRunner.run(["documents", "--db", db, "--source", "toi-tech", "--format", "csv"])
        #expect(result.status == 0)
        #expect(csvRows(result.standardOutput).count == 3)
    }
}

@Suite("Command-line conventions")
struct ConventionTests {
    @Test("a missing path: one line naming it on stderr, exit 1, the other paths still stored")
    func missingPath() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("x.sqlite")
        let result = try CommandRunner.run([
            "ingest", "no/such/folder", "datasets/seeds", "--db", db, "--format", "csv",
        ])
        #expect(result.status == 1)
        #expect(result.standardError.contains("barometer: error: no/such/folder: no such file or folder"))
        #expect(result.standardError.contains("5 new, 0 unchanged, 1 failed"))
        #expect(!result.standardError.contains("Fatal error"))
    }

    @Test("a bad flag value is a user error: exit 1, the flag named")
    func badFlag() throws {
        let result = try CommandRunner.run(["ingest", "datasets/seeds", "--published", "2024-13-01"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("--published"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("an unknown subcommand is a user error")
    func unknownCommand() throws {
        let result = try CommandRunner.run(["frobnicate"])
        #expect(result.status == 1)
    }

    @Test("a corrupt store: a clear message, exit 1, the file untouched")
    func corruptStore() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("broken.sqlite")
        let garbage = Data(String(repeating: "garbage ", count: 1000).utf8)
        try garbage.write(to: URL(fileURLWithPath: db))
        let result = try CommandRunner.run(["documents", "--db", db])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("barometer: store \(db) is not a readable Barometer database"))
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == garbage)
    }

    @Test(
        "every subcommand's help carries an example", arguments: [["ingest"], ["documents"], ["export", "documents"]])
    func helpExamples(command: [String]) throws {
        let result = try CommandRunner.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Example"))
    }
}
