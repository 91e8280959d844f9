import Foundation
import GRDB
import Logging
import Testing

@testable import BarometerPipeline
@testable import BarometerStore

@Suite("Nightly re-scoring")
struct NightlyTests {
    func nightly(_ store: SQLiteStore) -> Nightly {
        Nightly(
            store: store, analyser: DocumentAnalyser(), logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test("documents analysed by another lexicon or extractor version are re-scored once, keeping their identity")
    func rescoresStale() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        _ = ingest([seedsFolder], into: store)
        let before = try store.documents(DocumentQuery())
        try store.database.write { db in
            try db.execute(sql: "UPDATE document SET lexicon_version = 'older' WHERE source = 'toi-tech'")
            try db.execute(sql: "UPDATE document SET extractor_version = 'older' WHERE source = 'scmp'")
        }
        let inbox = URL(fileURLWithPath: workspace.path("inbox"))
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let first = nightly(store).run(NightlyOptions(inbox: inbox), shouldStop: { false })
        #expect(first.status == .completed)
        #expect(first.counts.rescored == 3)
        #expect(first.analysed == 3)
        let after = try store.documents(DocumentQuery())
        #expect(after.map(\.id) == before.map(\.id))
        #expect(after.map(\.sentences) == before.map(\.sentences))
        let second = nightly(store).run(NightlyOptions(inbox: inbox), shouldStop: { false })
        #expect(second.nothingNew)
        #expect(second.summary.contains("nothing new, no analysis done"))
    }

    @Test("a run asked to stop is recorded as interrupted")
    func interrupted() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let report = nightly(store).run(NightlyOptions(inbox: URL(fileURLWithPath: seedsFolder)), shouldStop: { true })
        #expect(report.status == .interrupted)
        #expect(try store.runs(limit: 1).first?.status == .interrupted)
    }

    @Test("a run that finds an earlier one still marked running records that one as abandoned")
    func abandoned() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let killed = try store.startRun(command: "nightly", extractorVersion: "x", lexiconVersion: "y")
        let inbox = URL(fileURLWithPath: workspace.path("inbox"))
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        _ = nightly(store).run(NightlyOptions(inbox: inbox), shouldStop: { false })
        let runs = try store.runs(limit: 10)
        #expect(runs.map(\.status) == [.completed, .abandoned])
        #expect(runs.last?.id == killed)
    }
}
