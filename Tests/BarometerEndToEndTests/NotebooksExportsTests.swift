import Foundation
import Testing

/// notebooks-exports/ holds the report of datasets/seeds; it must be what the current code writes.
@Suite("notebooks-exports is current")
struct NotebooksExportsTests {
    static let command = "scripts/regenerate-notebooks-exports"
    static let folder = CommandRunner.packageRoot.appendingPathComponent("notebooks-exports")

    /// Compares CSV contents only: index.html and the notebook are rendered from the same tables. The CSVs hold
    /// no clock time or run id (publication dates come from the seeds' manifest; document ids follow the sorted
    /// ingest order), so no column needs excluding.
    @Test("the committed CSVs equal the report regenerated from datasets/seeds")
    func current() throws {
        let temporary = try TemporaryFolder()
        let db = temporary.path("seeds.sqlite")
        let ingest = try CommandRunner.run(["ingest", "datasets/seeds", "--db", db, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.standardError)")
        let out = temporary.path("report")
        let report = try CommandRunner.run(["report", "--out", out, "--db", db, "--quiet"])
        #expect(report.status == 0, "\(report.standardError)")

        let fresh = try csvFiles(in: out)
        let committed = try csvFiles(in: Self.folder.path)
        #expect(
            committed == fresh,
            "notebooks-exports/ has CSVs \(committed) but the report writes \(fresh): run \(Self.command) and commit")
        for name in fresh where committed.contains(name) {
            let expected = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
            let actual = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            if actual != expected {
                Issue.record(
                    """
                    notebooks-exports/\(name) is out of date with the code: run \(Self.command) and commit the \
                    folder. First difference: \(Self.firstDifference(actual, expected))
                    """)
            }
        }
    }

    func csvFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
    }

    /// "line 3: committed `…` / regenerated `…`".
    static func firstDifference(_ committed: String, _ regenerated: String) -> String {
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let new = regenerated.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : "(no line)"
            let after = index < new.count ? String(new[index]) : "(no line)"
            if before != after { return "line \(index + 1): committed `\(before)` / regenerated `\(after)`" }
        }
        return "none"
    }
}
