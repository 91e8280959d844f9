import BarometerPostgres
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh database on the test server (`BAROMETER_TEST_POSTGRES_URL`, set by scripts/with-postgres), dropped
/// when the test lets go of it. Without a server the test fails and says how to get one.
final class PostgresTestDatabase {
    let url: PostgresURL
    private let server: PostgresServer
    private let name: String

    static let variable = "BAROMETER_TEST_POSTGRES_URL"

    struct MissingServer: Error, CustomStringConvertible {
        var description: String {
            "\(PostgresTestDatabase.variable) is not set, so the PostgreSQL end-to-end tests cannot run: run the "
                + "tests through scripts/with-postgres (it starts a throwaway server)"
        }
    }

    init() throws {
        guard let value = ProcessInfo.processInfo.environment[Self.variable], !value.isEmpty else {
            throw MissingServer()
        }
        server = try PostgresServer(url: try PostgresURL(value))
        name = "barometer_e2e_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        url = try server.createDatabase(named: name)
    }

    /// The URL as `--db` takes it.
    var db: String { url.full }

    deinit {
        try? server.dropDatabase(named: name)
    }
}

@Suite("PostgreSQL, end to end", .serialized)
struct PostgresEndToEndTests {
    /// The queries whose output must not depend on the engine.
    static let queries: [[String]] = [
        ["trend", "--every", "week", "--format", "csv"],
        ["trend", "--every", "month", "--overall", "--format", "csv"],
        ["trend", "--every", "day", "--term", "growth", "--format", "csv"],
        ["trend", "--every", "day", "--tz", "Asia/Shanghai", "--from", "2005-03-02", "--format", "csv"],
        ["trend", "--every", "week", "--subject", "profit", "--format", "csv"],
        ["figures", "--from", "2005-03-01", "--to", "2005-03-31", "--format", "csv"],
        ["documents", "--format", "csv"],
        ["figures", "--format", "csv"],
        ["timeline", "--format", "csv"],
        ["sentiment", "--by", "source", "--format", "csv"],
        ["sentiment", "--by", "document", "--format", "csv"],
        ["sentiment", "--by", "sentence", "--format", "csv"],
        ["sentiment", "--by", "entity", "--term", "China", "--term", "Wachstum", "--term", "增长", "--format", "csv"],
        ["export", "documents"],
        ["export", "figures"],
        ["export", "events"],
    ]

    @Test("the seeds and real news ingested into SQLite and into PostgreSQL: every query prints the same")
    func sameOutputOnBothEngines() throws {
        let postgres = try PostgresTestDatabase()
        let workspace = try NightlyWorkspace()
        try workspace.addNews(count: 120)
        let seeds = CommandRunner.packageRoot.appendingPathComponent("datasets/seeds").path
        for db in [workspace.db, postgres.db] {
            let result = try CommandRunner.run(["ingest", seeds, workspace.inbox, "--db", db])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.contains("125 new"), "\(result.standardError)")
        }
        for query in Self.queries {
            let sqlite = try CommandRunner.run(query + ["--db", workspace.db])
            let server = try CommandRunner.run(query + ["--db", postgres.db])
            #expect(
                sqlite.status == 0 && server.status == 0, "\(query): \(sqlite.standardError) \(server.standardError)")
            #expect(csvRows(sqlite.standardOutput).count > 1, "\(query) printed rows")
            #expect(sqlite.standardOutput == server.standardOutput, "\(query.joined(separator: " "))")
        }
        // The HTML report, its CSVs and the notebook too, file for file.
        for (db, folder) in [(workspace.db, "report-sqlite"), (postgres.db, "report-postgres")] {
            let result = try CommandRunner.run(["report", "--db", db, "--out", workspace.folder.path(folder)])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let files = workspace.files(in: workspace.folder.path("report-sqlite"))
        #expect(files.count == 8 && files == workspace.files(in: workspace.folder.path("report-postgres")))
        for file in files {
            let sqlite = FileManager.default.contents(atPath: workspace.folder.path("report-sqlite/" + file))
            let server = FileManager.default.contents(atPath: workspace.folder.path("report-postgres/" + file))
            #expect(sqlite == server, "report file \(file)")
        }
    }

    @Test("status names the engine and the server's version")
    func status() throws {
        let postgres = try PostgresTestDatabase()
        let result = try CommandRunner.run(["status", "--db", postgres.db, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let facts = Dictionary(
            csvRows(result.standardOutput).map { ($0[0], $0.count > 1 ? $0[1] : "") }, uniquingKeysWith: { a, _ in a })
        #expect(facts["engine"]?.hasPrefix("PostgreSQL 1") == true, "\(result.standardOutput)")
        #expect(facts["store"] == postgres.url.redacted)
        #expect(facts["documents"] == "0")
    }

    @Test("BAROMETER_DB may hold the URL")
    func environment() throws {
        let postgres = try PostgresTestDatabase()
        let seeds = CommandRunner.packageRoot.appendingPathComponent("datasets/seeds").path
        let ingest = try CommandRunner.run(["ingest", seeds], environment: ["BAROMETER_DB": postgres.db])
        #expect(ingest.status == 0, "\(ingest.standardError)")
        let listed = try CommandRunner.run(
            ["documents", "--format", "csv"], environment: ["BAROMETER_DB": postgres.db])
        #expect(csvRows(listed.standardOutput).count == 6)
    }

    @Test(
        "a bad URL or a server that does not answer: one line naming the value and what to do, exit 1",
        arguments: [
            ("postgres://localhost/news", "no user before @"),
            ("postgresql://ana@127.0.0.1:1/news?sslmode=disable", "cannot reach the PostgreSQL store"),
            ("postgres://ana:secret@127.0.0.1:1/news", "postgres://ana:***@127.0.0.1:1/news"),
        ])
    func badURL(url: String, message: String) throws {
        let result = try CommandRunner.run(["documents", "--db", url])
        #expect(result.status == 1)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
        #expect(!result.standardError.contains("secret"))
    }

    @Test("--workers on a SQLite store is refused with what to do")
    func workersNeedPostgres() throws {
        let workspace = try NightlyWorkspace()
        let result = try workspace.nightly(["--workers", "2"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("--workers 2 needs a PostgreSQL store"), "\(result.standardError)")
    }
}
