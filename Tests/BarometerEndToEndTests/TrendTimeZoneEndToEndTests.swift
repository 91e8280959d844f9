import Foundation
import Testing

@Suite("barometer trend --tz, end to end")
struct TrendTimeZoneEndToEndTests {
    /// A store holding one article published 2024-02-18T23:30:00Z (Monday 07:30 in Shanghai) and one known by
    /// its day only.
    func store(_ folder: TemporaryFolder) throws -> String {
        let feed = folder.path("feed.jsonl")
        try """
        {"text": "Shares of the company rose 3% on strong demand.", "source": "wire", "language": "en", "published": "2024-02-18T23:30:00Z"}
        {"text": "Costs fell 2% in the quarter.", "source": "daily", "language": "en", "published": "2024-02-18"}

        """.write(toFile: feed, atomically: true, encoding: .utf8)
        let db = folder.path("x.sqlite")
        let ingest = try CommandRunner.run(["ingest", feed, "--db", db, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.standardError)")
        return db
    }

    func weeks(_ output: String) throws -> (rows: [String], tz: String?) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let rows = (json["rows"] as? [[String: Any]] ?? []).filter { $0["documents"] as? Int != 0 }
        let parameters = json["parameters"] as? [String: Any]
        return (
            rows.map { "\($0["source"] as? String ?? "?") \($0["period_start"] as? String ?? "?")" },
            parameters?["tz"] as? String
        )
    }

    @Test("periods are UTC by default; --tz Asia/Shanghai moves the timed article to the week of 2024-02-19")
    func zones() throws {
        let folder = try TemporaryFolder()
        let db = try store(folder)
        let utc = try CommandRunner.run(["trend", "--every", "week", "--db", db, "--format", "json"])
        #expect(utc.status == 0, "\(utc.standardError)")
        let inUTC = try weeks(utc.standardOutput)
        #expect(inUTC.rows == ["daily 2024-02-12", "wire 2024-02-12"])
        #expect(inUTC.tz == "UTC")
        let shanghai = try CommandRunner.run([
            "trend", "--every", "week", "--tz", "Asia/Shanghai", "--db", db, "--format", "json",
        ])
        let inShanghai = try weeks(shanghai.standardOutput)
        #expect(inShanghai.rows == ["daily 2024-02-12", "wire 2024-02-19"])
        #expect(inShanghai.tz == "Asia/Shanghai")
        let offset = try CommandRunner.run([
            "trend", "--every", "week", "--tz", "+08:00", "--db", db, "--format", "json",
        ])
        #expect(try weeks(offset.standardOutput).rows == inShanghai.rows)
    }

    @Test("documents list the instant in UTC; a day-only document has none")
    func documentsListInstant() throws {
        let folder = try TemporaryFolder()
        let db = try store(folder)
        let listed = try CommandRunner.run(["documents", "--db", db, "--format", "jsonl"])
        let rows = try jsonLines(listed.standardOutput)
        let instants = rows.map { "\($0["source"] as? String ?? "?") \($0["published_at"] as? String ?? "-")" }
        #expect(instants.sorted() == ["daily -", "wire 2024-02-18T23:30:00Z"])
    }

    @Test("a zone that does not exist: one line naming it, exit status 1")
    func badZone() throws {
        let folder = try TemporaryFolder()
        let db = try store(folder)
        let result = try CommandRunner.run(["trend", "--every", "week", "--tz", "Mars/Olympus", "--db", db])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(result.standardError)")
        #expect(result.standardError.contains("Mars/Olympus"))
    }
}
