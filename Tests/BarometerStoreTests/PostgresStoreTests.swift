import BarometerText
import Foundation
import GRDB
import Testing

@testable import BarometerPostgres
@testable import BarometerStore

/// What only the PostgreSQL engine does (URLs, servers, its migrations); what every engine does is in
/// `StoreConformanceTests`.
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    /// Runs `body` on a fresh PostgreSQL store.
    func withPostgres<T>(_ body: (PostgresStore) throws -> T) throws -> T {
        try withStore(.postgres) { try body($0 as! PostgresStore) }
    }

    @Test("a failure inside a batch leaves the store exactly as before the batch")
    func batchIsATransaction() throws {
        try withPostgres { store in
            _ = try store.apply([document("Kept.")])
            // A trigger stands in for a failure mid-batch (disk full, constraint): the third document fails.
            _ = try store.session.query(
                """
                CREATE FUNCTION fail_on_boom() RETURNS trigger AS $$
                BEGIN IF NEW.title = 'boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql
                """, operation: "test")
            _ = try store.session.query(
                "CREATE TRIGGER fail_on_boom BEFORE INSERT ON document FOR EACH ROW EXECUTE FUNCTION fail_on_boom()",
                operation: "test")
            #expect(throws: StoreError.self) {
                try store.apply([document("One."), document("Two."), document("Three.", title: "boom")])
            }
            #expect(try store.documents(DocumentQuery()).map(\.title) == [nil])
            let sentences = try store.session.query("SELECT COUNT(*) AS n FROM sentence", operation: "test")
            #expect(try sentences.first?.makeRandomAccess().value("n", as: Int.self) == 1)
        }
    }

    @Test("a store written by a newer Barometer is refused, not migrated")
    func newerSchema() throws {
        try withPostgres { store in
            _ = try store.session.query(
                "INSERT INTO barometer_migrations (identifier) VALUES ('v99-future')", operation: "test")
            #expect(throws: StoreError.newerSchema(path: store.url.redacted, migration: "v99-future")) {
                _ = try PostgresStore(url: store.url)
            }
        }
    }

    @Test("opening a store twice migrates once")
    func reopen() throws {
        try withPostgres { store in
            _ = try store.apply([document("Kept.")])
            let again = try PostgresStore(url: store.url)
            #expect(try again.documents(DocumentQuery()).count == 1)
        }
    }

    @Test("the engine names itself with the server's version")
    func engine() throws {
        try withPostgres { store in
            let description = try store.engineDescription()
            #expect(description.hasPrefix("PostgreSQL 1"), "\(description)")
            #expect(!description.contains("("), "only the version number: \(description)")
        }
    }

    @Test("a server that does not answer is reported with its URL and what to do, never its password")
    func unreachable() throws {
        // Port 1 on loopback: nothing listens there.
        let url = PostgresURL(user: "barometer", password: "secret", host: "127.0.0.1", port: 1, database: "news")
        #expect {
            _ = try PostgresStore(url: url)
        } throws: { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            guard case .unreachable = error as? StoreError else { return false }
            return message.contains("postgres://barometer:***@127.0.0.1:1/news") && !message.contains("secret")
                && message.contains("--db")
        }
    }

    @Test("the schema matches SQLite's: same tables, columns, mapped types, nullability and indexes")
    func schemasAreEquivalent() throws {
        let sqlite = try SQLiteStore(inMemoryNamed: #function)
        let sqliteSchema = try sqlite.database.read { db -> Set<String> in
            var schema = Set<String>()
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            for table in tables where !SchemaDescription.sqliteOnly.contains(table) {
                for column in try db.columns(in: table) {
                    let type = SchemaDescription.sqliteTypes[column.type.uppercased()] ?? "unmapped \(column.type)"
                    schema.insert(
                        SchemaDescription.column(
                            table, column.name, type, notNull: column.isNotNull || column.primaryKeyIndex > 0))
                }
                for index in try db.indexes(on: table) {
                    if index.origin == .uniqueConstraint {
                        schema.insert(SchemaDescription.unique(table, index.columns))
                    } else if index.origin == .primaryKeyConstraint {
                        schema.insert(SchemaDescription.primaryKey(table, index.columns))
                    } else {
                        schema.insert(SchemaDescription.index(index.name, table, index.columns, unique: index.isUnique))
                    }
                }
                let primaryKey = try db.primaryKey(table)
                if primaryKey.rowIDColumn != nil {
                    schema.insert(SchemaDescription.primaryKey(table, primaryKey.columns))
                }
            }
            return schema
        }
        var postgresSchema = try withPostgres { store -> Set<String> in
            var schema = Set<String>()
            let columns = try store.session.query(
                """
                SELECT table_name::TEXT AS tbl, column_name::TEXT AS col, data_type::TEXT AS type,
                       (is_nullable = 'NO') AS not_null
                FROM information_schema.columns WHERE table_schema = current_schema()
                """, operation: "test")
            for row in columns {
                let row = row.makeRandomAccess()
                let table: String = try row.value("tbl")
                guard !SchemaDescription.postgresOnly.contains(table) else { continue }
                schema.insert(
                    SchemaDescription.column(
                        table, try row.value("col"), try row.value("type"), notNull: try row.value("not_null")))
            }
            let indexes = try store.session.query(
                """
                SELECT i.relname::TEXT AS name, t.relname::TEXT AS tbl, ix.indisunique AS uniq, ix.indisprimary AS pk,
                       EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid) AS constraint_index,
                       array_agg(a.attname::TEXT ORDER BY k.ord) AS cols
                FROM pg_index ix
                JOIN pg_class i ON i.oid = ix.indexrelid
                JOIN pg_class t ON t.oid = ix.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                WHERE n.nspname = current_schema()
                GROUP BY i.relname, t.relname, ix.indisunique, ix.indisprimary, ix.indexrelid
                """, operation: "test")
            for row in indexes {
                let row = row.makeRandomAccess()
                let table: String = try row.value("tbl")
                guard !SchemaDescription.postgresOnly.contains(table) else { continue }
                let columns: [String] = try row.value("cols")
                if try row.value("pk", as: Bool.self) {
                    schema.insert(SchemaDescription.primaryKey(table, columns))
                } else if try row.value("constraint_index", as: Bool.self) {
                    schema.insert(SchemaDescription.unique(table, columns))
                } else {
                    schema.insert(
                        SchemaDescription.index(
                            try row.value("name"), table, columns, unique: try row.value("uniq")))
                }
            }
            // An index on expressions has no columns to compare: its presence is checked by name.
            let span = try store.session.query(
                "SELECT COUNT(*) AS n FROM pg_indexes WHERE indexname = 'mention_span'", operation: "test")
            if try span.first?.makeRandomAccess().value("n", as: Int.self) == 1 {
                schema.insert("span index over mention days")
            }
            return schema
        }
        #expect(postgresSchema.contains("span index over mention days"))
        postgresSchema.remove("span index over mention days")
        #expect(sqliteSchema.count > 60, "the SQLite schema was read: \(sqliteSchema.count) facts")
        #expect(sqliteSchema.subtracting(postgresSchema).sorted() == [], "in SQLite only")
        #expect(postgresSchema.subtracting(sqliteSchema).sorted() == [], "in PostgreSQL only")
    }
}

/// One fact of a schema, written alike for both engines.
enum SchemaDescription {
    /// SQLite's declared types and the PostgreSQL types the migrations map them to.
    static let sqliteTypes = [
        "INTEGER": "bigint", "TEXT": "text", "DOUBLE": "double precision", "BOOLEAN": "boolean",
    ]
    /// Tables of one engine only: each engine's migration bookkeeping, and the parallel workers' claims
    /// (PostgreSQL only: SQLite runs one nightly at a time).
    static let sqliteOnly: Set<String> = Set(["grdb_migrations"]).union(sqliteSpanTables)
    static let postgresOnly: Set<String> = ["barometer_migrations", "claim"]
    /// SQLite answers date windows from an R*Tree virtual table (with its shadow tables); PostgreSQL from an
    /// index of the same name over the same two days.
    static let sqliteSpanTables: Set<String> = [
        "mention_span", "mention_span_node", "mention_span_parent", "mention_span_rowid",
    ]

    static func column(_ table: String, _ name: String, _ type: String, notNull: Bool) -> String {
        "column \(table).\(name) \(type)\(notNull ? " not null" : "")"
    }

    static func index(_ name: String, _ table: String, _ columns: [String], unique: Bool) -> String {
        "\(unique ? "unique " : "")index \(name) on \(table)(\(columns.joined(separator: ", ")))"
    }

    static func unique(_ table: String, _ columns: [String]) -> String {
        "unique \(table)(\(columns.joined(separator: ", ")))"
    }

    static func primaryKey(_ table: String, _ columns: [String]) -> String {
        "primary key \(table)(\(columns.joined(separator: ", ")))"
    }
}

@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test("postgres:// and postgresql:// with user, optional password, port and sslmode")
    func parses() throws {
        let url = try PostgresURL("postgres://barometer@db.internal:6543/news")
        #expect(url == PostgresURL(user: "barometer", host: "db.internal", port: 6543, database: "news"))
        #expect(url.sslMode == .prefer, "libpq's default")
        let withPassword = try PostgresURL("postgresql://ana:p%40ss@localhost/news?sslmode=disable")
        #expect(
            withPassword
                == PostgresURL(user: "ana", password: "p@ss", host: "localhost", database: "news", sslMode: .disable))
        #expect(try PostgresURL("postgres://a@b/c?sslmode=verify-full").sslMode == .verifyFull)
        #expect(withPassword.redacted == "postgres://ana:***@localhost:5432/news")
        #expect(try PostgresURL(withPassword.full) == withPassword)
        #expect(PostgresURL.isPostgres("postgres://a@b/c") && !PostgresURL.isPostgres("store.sqlite"))
    }

    @Test(
        "a URL that cannot be used names itself (without the password) and what is wrong",
        arguments: [
            ("postgres://localhost/news", "no user"),
            ("postgres://ana@localhost", "no database"),
            ("postgres://ana:secret@localhost/news?sslmode=maybe", "sslmode=maybe is none of disable, allow"),
            ("postgres://ana@localhost/news?application=x", "unknown parameter"),
        ])
    func rejects(text: String, reason: String) {
        #expect {
            _ = try PostgresURL(text)
        } throws: { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            return message.contains(reason) && !message.contains("secret") && message.contains("postgres://USER@HOST")
        }
    }
}
