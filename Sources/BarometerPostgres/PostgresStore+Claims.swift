import BarometerStore
import Foundation
import PostgresNIO

extension PostgresStore: ClaimingStore {
    /// One statement takes every free or expired item at once: a row another worker holds with a live lease
    /// is left alone, and a row being claimed concurrently is waited for, so no item is ever held twice.
    public func claim(_ items: [String], worker: String, lease: TimeInterval) throws -> [String] {
        guard !items.isEmpty else { return [] }
        var s = PostgresStatement()
        let sql = """
            INSERT INTO claim AS c (item, worker, lease_until)
            SELECT item, \(s.bind(worker)), clock_timestamp() + make_interval(secs => \(s.bind(lease)))
            FROM unnest(\(s.bind(items))) AS item
            ON CONFLICT (item) DO UPDATE SET worker = EXCLUDED.worker, lease_until = EXCLUDED.lease_until
            WHERE c.lease_until < clock_timestamp() OR c.worker = EXCLUDED.worker
            RETURNING item
            """
        let claimed = try session.query(sql, s, operation: "claim \(items.count) inbox items").map {
            try $0.makeRandomAccess().value("item", as: String.self)
        }
        // In the order asked for.
        let taken = Set(claimed)
        return items.filter { taken.contains($0) }
    }

    public func release(_ items: [String], worker: String) throws {
        guard !items.isEmpty else { return }
        var s = PostgresStatement()
        let sql = "DELETE FROM claim WHERE item = ANY(\(s.bind(items))) AND worker = \(s.bind(worker))"
        _ = try session.query(sql, s, operation: "release \(items.count) inbox items")
    }
}
