import BarometerStore
import Foundation

/// A PostgreSQL server as its administrator sees it: databases to create and drop, for tests and benchmarks
/// that want a fresh, empty store each.
///
///     let server = try PostgresServer(url: PostgresURL("postgres://postgres@127.0.0.1:5432/postgres"))
///     let store = try PostgresStore(url: try server.createDatabase(named: "barometer_test_1"))
public final class PostgresServer: Sendable {
    public let url: PostgresURL
    private let session: PostgresSession

    /// Connects to the database `url` names (usually `postgres`), which stays untouched.
    public init(url: PostgresURL) throws {
        self.url = url
        session = try PostgresSession(url: url)
    }

    /// Creates an empty database and returns its URL. The name is a plain identifier (letters, digits, `_`).
    public func createDatabase(named name: String) throws -> PostgresURL {
        precondition(Self.isPlainIdentifier(name), "database name \(name) is not a plain identifier")
        _ = try session.query("CREATE DATABASE \(name)", operation: "create database \(name)")
        return url.with(database: name)
    }

    /// Drops a database, closing any connection still open on it.
    public func dropDatabase(named name: String) throws {
        precondition(Self.isPlainIdentifier(name), "database name \(name) is not a plain identifier")
        _ = try session.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", operation: "drop database \(name)")
    }

    private static func isPlainIdentifier(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
