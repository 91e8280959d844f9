import Foundation

/// A store that several nightly workers share, on one machine or many: each inbox item is claimed for a lease,
/// so one worker at a time works on it, and a killed worker's items are taken over once its lease has expired.
///
/// PostgreSQL (`PostgresStore`) is one; SQLite is not (one nightly run at a time holds its lock file).
///
///     let mine = try store.claim(["a.txt", "b.txt"], worker: "host:4711:0", lease: 600)
///     // … ingest `mine`, move them out of the inbox …
///     try store.release(mine, worker: "host:4711:0")
public protocol ClaimingStore: Store {
    /// Claims those of `items` that no other worker holds with a live lease, for `lease` seconds, and returns
    /// them; items this worker already holds are renewed.
    func claim(_ items: [String], worker: String, lease: TimeInterval) throws -> [String]

    /// Gives up this worker's claims on `items` (done with, or gone from the inbox).
    func release(_ items: [String], worker: String) throws
}
