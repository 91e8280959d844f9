import Foundation

/// Failures of the store, each with a message that names the store and says what to do.
public enum StoreError: Error, LocalizedError, Sendable, Equatable {
    /// The file exists but is not an SQLite database, or is damaged.
    case corrupt(path: String, detail: String)
    /// The store could not be opened or created (missing folder, permissions).
    case cannotOpen(path: String, detail: String)
    /// Another process holds the store's write lock longer than the busy timeout.
    case locked(path: String)
    /// The disk is full or the file read-only; nothing of the batch was written.
    case cannotWrite(path: String, detail: String)
    /// The store was written by a newer Barometer.
    case newerSchema(path: String, migration: String)
    /// Any other database error, with context.
    case database(path: String, operation: String, detail: String)
    /// A database server (PostgreSQL) did not answer or refused the connection.
    case unreachable(url: String, detail: String)

    public var errorDescription: String? {
        switch self {
        case .corrupt(let path, let detail):
            return
                "store \(path) is not a readable Barometer database (\(detail)): restore it from a backup or pass another --db"
        case .cannotOpen(let path, let detail):
            return
                "cannot open store \(path) (\(detail)): check that its folder exists and is writable, or pass another --db"
        case .locked(let path):
            return "store \(path) is locked by another process: wait for it to finish and try again"
        case .cannotWrite(let path, let detail):
            return
                "cannot write to store \(path) (\(detail)): free disk space or fix permissions; nothing of this batch was stored"
        case .newerSchema(let path, let migration):
            return
                "store \(path) was written by a newer Barometer (migration \(migration)): upgrade barometer to use it"
        case .database(let path, let operation, let detail):
            return "store \(path): \(operation) failed (\(detail))"
        case .unreachable(let url, let detail):
            return
                "cannot reach the PostgreSQL store \(url) (\(detail)): check that the server runs and accepts this "
                + "user and database, or fix --db / BAROMETER_DB"
        }
    }
}
