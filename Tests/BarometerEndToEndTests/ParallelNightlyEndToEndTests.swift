import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("barometer nightly, parallel workers on PostgreSQL", .serialized)
struct ParallelNightlyEndToEndTests {
    /// Starts `barometer nightly` on the shared inbox and store.
    func startWorker(_ workspace: NightlyWorkspace, db: String, workers: Int, lease: String) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = [
            "nightly", "--inbox", workspace.inbox, "--db", db, "--archive", workspace.archive, "--batch", "10",
            "--workers", "\(workers)", "--lease", lease, "--quiet",
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func storedCount(_ db: String) throws -> Int {
        let result = try CommandRunner.run(["export", "documents", "--db", db, "--format", "csv"])
        #expect(result.status == 0, "the store must still open: \(result.standardError)")
        return max(0, csvRows(result.standardOutput).count - 1)
    }

    @Test("several processes and workers, killed at random: every article stored once, all archived, none lost")
    func killedWorkers() throws {
        let postgres = try PostgresTestDatabase()
        let workspace = try NightlyWorkspace()
        let articles = 200
        try workspace.addNews(count: articles)
        // Short leases, so the claims of killed workers run out within the test.
        let lease = 2.0
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        for _ in 0..<6 {
            let processes = try (0..<3).map { index in
                try startWorker(workspace, db: postgres.db, workers: index + 1, lease: "\(lease)")
            }
            usleep(UInt32.random(in: 200_000...900_000, using: &generator))
            for process in processes where process.isRunning && Bool.random(using: &generator) {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            for process in processes { process.waitUntilExit() }
            let stored = try storedCount(postgres.db)
            let archived = workspace.files(in: workspace.archive).count
            #expect(archived <= stored, "only stored articles are archived")
            #expect(stored <= articles)
        }
        // After the killed workers' leases have run out, one more run takes over whatever they held.
        usleep(UInt32(lease * 1_000_000) + 500_000)
        let last = try CommandRunner.run([
            "nightly", "--inbox", workspace.inbox, "--db", postgres.db, "--archive", workspace.archive, "--workers",
            "2",
        ])
        #expect(last.status == 0, "\(last.standardError)")
        #expect(try storedCount(postgres.db) == articles)
        let archived = workspace.files(in: workspace.archive)
        // Archived once each: a file processed twice would have been archived as bbc-NNNNN.1.txt.
        #expect(archived.count == articles, "\(archived.filter { $0.split(separator: ".").count > 2 })")
        #expect(Set(archived) == Set((0..<articles).map { String(format: "bbc-%05d.txt", $0) }))
        #expect(workspace.files(in: workspace.inbox) == ["manifest.json"])
        let runs = try CommandRunner.run(["runs", "--db", postgres.db, "--format", "csv", "--limit", "100"])
        let statuses = csvRows(runs.standardOutput).dropFirst().map { $0[4] }
        #expect(statuses.first == "completed")
        #expect(!statuses.contains("running"), "\(statuses)")
        #expect(kills > 0, "no worker was killed; the inbox is too small for this machine")
    }

    @Test("workers in one process split the inbox: all stored and archived, each file once")
    func workersSplitTheInbox() throws {
        let postgres = try PostgresTestDatabase()
        let workspace = try NightlyWorkspace()
        try workspace.addNews(count: 60)
        let nightly = [
            "nightly", "--inbox", workspace.inbox, "--db", postgres.db, "--archive", workspace.archive, "--workers",
            "3",
            "--batch", "5",
        ]
        let result = try CommandRunner.run(nightly)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("completed: 60 new"), "\(result.standardError)")
        #expect(workspace.files(in: workspace.archive).count == 60)
        #expect(try storedCount(postgres.db) == 60)
        let again = try CommandRunner.run(nightly)
        #expect(again.standardError.contains("nothing new"), "\(again.standardError)")
    }
}
