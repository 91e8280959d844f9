import BarometerPostgres
import BarometerStore
import Foundation
import Testing

/// The engines the conformance suite runs on.
enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// The environment variable naming the PostgreSQL server the tests create their databases on.
    static let postgresVariable = "BAROMETER_TEST_POSTGRES_URL"

    /// Why the PostgreSQL half cannot run, and how to make it run.
    struct MissingServer: Error, CustomStringConvertible {
        var description: String {
            "\(Engine.postgresVariable) is not set, so the PostgreSQL half of the store tests cannot run: "
                + "run the tests through scripts/with-postgres (it starts a throwaway server), e.g. "
                + "scripts/with-postgres swift test --filter BarometerStoreTests"
        }
    }

    /// The server the PostgreSQL tests use; fails (never skips) when none is configured.
    static func postgresServer() throws -> PostgresServer {
        guard let value = ProcessInfo.processInfo.environment[postgresVariable], !value.isEmpty else {
            throw MissingServer()
        }
        return try PostgresServer(url: try PostgresURL(value))
    }
}

/// Runs `body` on a fresh, empty store of one engine (a SQLite file in a new temporary folder, or a new database
/// on the test server), removed afterwards.
func withStore<T>(_ engine: Engine, _ body: (any Store) throws -> T) throws -> T {
    let testStore = try TestStore(engine)
    return try withExtendedLifetime(testStore) { try body(testStore.store) }
}

/// A fresh, empty store of one engine, removed when the test lets go of it.
final class TestStore: Sendable {
    let engine: Engine
    let store: any Store
    private let cleanup: @Sendable () -> Void

    init(_ engine: Engine) throws {
        self.engine = engine
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barometer-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
            cleanup = { try? FileManager.default.removeItem(at: folder) }
        case .postgres:
            let server = try Engine.postgresServer()
            let name = "barometer_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            store = try PostgresStore(url: try server.createDatabase(named: name))
            cleanup = { try? server.dropDatabase(named: name) }
        }
    }

    deinit { cleanup() }
}
