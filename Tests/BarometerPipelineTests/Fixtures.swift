import BarometerStore
import Foundation
import Logging

@testable import BarometerPipeline

/// A temporary folder of input files, removed at the end of the test.
final class Workspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("barometer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// A real SQLite store in this workspace.
    func store() throws -> SQLiteStore {
        try SQLiteStore(path: path("store.sqlite"))
    }
}

/// The package root, found from this file's path, for the seed corpus.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let seedsFolder = packageRoot.appendingPathComponent("datasets/seeds").path

func ingest(
    _ paths: [String], into store: any Store, overrides: IngestOverrides = IngestOverrides(),
    standardInput: Data = Data()
) -> IngestReport {
    Ingestor(
        store: store, analyser: DocumentAnalyser(), logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    )
    .ingest(paths: paths, overrides: overrides, standardInput: { standardInput })
}

extension IngestReport {
    /// Error diagnostics as `location: message`, for readable expectations.
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
