import Foundation
import GRDB

/// How SQLite runs one statement: its `EXPLAIN QUERY PLAN` lines.
public struct QueryPlan: Sendable, Hashable {
    /// The statement with its arguments inlined.
    public var sql: String
    /// The plan's lines, indented by depth.
    public var steps: [String]

    public init(sql: String, steps: [String]) {
        self.sql = sql
        self.steps = steps
    }

    /// Steps that read a whole stored table row by row, without an index: `SCAN d`, not `SCAN d USING INDEX …`.
    /// Aliases are those of the store's queries (`d` document, `s` sentence, `m`/`m2` mention).
    public var fullScans: [String] {
        steps.compactMap { step in
            let words = step.trimmingCharacters(in: .whitespaces).split(separator: " ")
            guard words.count == 2, words[0] == "SCAN", Self.storedTables.contains(String(words[1])) else {
                return nil
            }
            return step.trimmingCharacters(in: .whitespaces)
        }
    }

    static let storedTables: Set<String> = [
        "d", "s", "m", "m2", "document", "sentence", "mention", "excluded_range",
    ]
}

extension SQLiteStore {
    /// Runs `body` against this store and returns the plan of every query it ran, in order: how a benchmark or
    /// test shows that listings and trends use indexes.
    public func queryPlans(during body: () throws -> Void) throws -> [QueryPlan] {
        let recorder = StatementRecorder()
        try database.inDatabase { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { recorder.append(statement.expandedSQL) }
            }
        }
        defer { try? database.inDatabase { db in db.trace(options: []) } }
        try body()
        try database.inDatabase { db in db.trace(options: []) }

        let queries = recorder.statements.filter {
            let head = $0.drop { $0.isWhitespace }.prefix(6).uppercased()
            return head == "SELECT" || head.hasPrefix("WITH")
        }
        return try read("explain queries") { db in
            try queries.map { sql in
                let rows = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql)
                var depth: [Int: Int] = [:]
                let steps = rows.map { row -> String in
                    let id: Int = row["id"]
                    let parent: Int = row["parent"]
                    let level = parent == 0 ? 0 : (depth[parent] ?? 0) + 1
                    depth[id] = level
                    return String(repeating: "  ", count: level) + (row["detail"] as String)
                }
                return QueryPlan(sql: sql, steps: steps)
            }
        }
    }
}

/// Collects the statements SQLite's trace hook reports (it may call from GRDB's serial queue).
private final class StatementRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []

    func append(_ sql: String) {
        lock.lock()
        recorded.append(sql)
        lock.unlock()
    }

    var statements: [String] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}
