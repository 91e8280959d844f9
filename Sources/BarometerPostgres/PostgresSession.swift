import BarometerStore
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// Statement text with its `$n` parameters, built as conditions are added.
///
///     var sql = PostgresStatement()
///     let placeholder = sql.bind("scmp")   // "$1"
struct PostgresStatement {
    var binds = PostgresBindings()

    /// Appends a value and returns its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Appends an optional value (NULL when absent) and returns its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }
}

/// One connection used from synchronous code: every call blocks the calling thread (never an event-loop thread)
/// on an `EventLoopFuture`, and a lock keeps one thread at a time on the connection, so a transaction is never
/// interleaved with another thread's statements. The lock is recursive: a listing's row handler may query the
/// same store, inside the listing's transaction.
final class PostgresSession: Sendable {
    let url: PostgresURL
    private let connection: PostgresConnection
    private let lock = NSRecursiveLock()
    /// Transactions open on this connection (more than one when nested); read and written under `lock` only.
    nonisolated(unsafe) private var depth = 0
    private let logger: Logger

    /// The event loops every store's connection runs on; callers block on futures, never on these threads.
    static let eventLoops: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton

    init(url: PostgresURL) throws {
        self.url = url
        // postgres-nio logs connection internals at debug and trace level only: keep them out of the output.
        logger = Logger(label: "barometer.postgres") { _ in SwiftLogNoOpLogHandler() }
        do {
            let configuration = PostgresConnection.Configuration(
                host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
                tls: try Self.tls(url.sslMode))
            connection = try PostgresConnection.connect(
                on: Self.eventLoops.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw StoreError.unreachable(url: url.redacted, detail: Self.describe(error))
        }
    }

    /// Closes the connection, waiting for it: postgres-nio wants a connection closed before it goes away. The
    /// last reference to a store is dropped by its caller's thread, never an event loop's.
    deinit {
        let closed: EventLoopFuture<Void> = connection.close()
        try? closed.wait()
    }

    /// postgres-nio's TLS setting for a libpq `sslmode`.
    static func tls(_ mode: PostgresURL.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable: return .disable
        case .allow, .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        let context = try NIOSSLContext(configuration: configuration)
        return mode == .allow || mode == .prefer ? .prefer(context) : .require(context)
    }

    /// Closes the connection and waits until it is closed; the session is unusable afterwards.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        let closed: EventLoopFuture<Void> = connection.close()
        try? closed.wait()
    }

    /// Runs one statement outside any transaction and returns its rows.
    func query(_ sql: String, _ statement: PostgresStatement = PostgresStatement(), operation: String) throws
        -> [PostgresRow]
    {
        lock.lock()
        defer { lock.unlock() }
        return try execute(sql, statement.binds, operation: operation)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ operation: String, _ body: (Transaction) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let transaction = Transaction(session: self, operation: operation, depth: depth)
        // Nested in a transaction of the same thread: part of it.
        guard depth == 0 else { return try body(transaction) }
        depth += 1
        defer { depth -= 1 }
        _ = try execute("BEGIN", PostgresBindings(), operation: operation)
        do {
            let result = try body(transaction)
            _ = try execute("COMMIT", PostgresBindings(), operation: operation)
            return result
        } catch {
            _ = try? execute("ROLLBACK", PostgresBindings(), operation: operation)
            throw error
        }
    }

    /// Statements inside a transaction the session holds.
    struct Transaction {
        fileprivate let session: PostgresSession
        let operation: String
        /// Distinguishes the cursors of nested listings.
        let depth: Int

        @discardableResult
        func query(_ sql: String, _ statement: PostgresStatement = PostgresStatement()) throws -> [PostgresRow] {
            try session.execute(sql, statement.binds, operation: operation)
        }

        /// Visits the rows of a query through a server-side cursor, `chunk` rows at a time, so a listing of any
        /// size runs in constant memory.
        func forEachRow(
            _ sql: String, _ statement: PostgresStatement, chunk: Int = 500,
            _ body: (PostgresRandomAccessRow) throws -> Void
        ) throws {
            let cursor = "barometer_cursor_\(depth)"
            try query("DECLARE \(cursor) NO SCROLL CURSOR FOR \(sql)", statement)
            while true {
                let rows = try query("FETCH FORWARD \(chunk) FROM \(cursor)")
                for row in rows { try body(row.makeRandomAccess()) }
                if rows.count < chunk { break }
            }
            try query("CLOSE \(cursor)")
        }
    }

    private func execute(_ sql: String, _ binds: PostgresBindings, operation: String) throws -> [PostgresRow] {
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait().rows
        } catch {
            throw storeError(error, operation: operation)
        }
    }

    /// A database error in the store's terms, naming the server and the operation.
    func storeError(_ error: any Error, operation: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PSQLError {
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                return .unreachable(url: url.redacted, detail: Self.describe(error))
            default:
                break
            }
            let state = error.serverInfo?[.sqlState] ?? ""
            if state == "53100" || state.hasPrefix("25006") {  // disk_full, read_only_sql_transaction
                return .cannotWrite(path: url.redacted, detail: Self.describe(error))
            }
        }
        return .database(path: url.redacted, operation: operation, detail: Self.describe(error))
    }

    /// The server's message when there is one, else the error's own description.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState].map { " [\($0)]" } ?? ""
                return message + state
            }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

extension PostgresRandomAccessRow {
    /// The value of a named column.
    func value<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }
}
