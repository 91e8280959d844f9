import GRDB

extension SQLiteStore {
    /// The schema's history. Each migration is registered by name and never edited once shipped:
    /// a change to the schema is a new migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1-documents") { db in
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("content_hash", .text).notNull().unique()
                t.column("lineage", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
                t.column("is_current", .boolean).notNull().defaults(to: true)
                t.column("source", .text).notNull()
                t.column("language", .text).notNull()
                t.column("language_detected", .boolean).notNull()
                t.column("published", .text)  // YYYY-MM-DD
                t.column("published_inferred", .boolean).notNull()
                t.column("title", .text)
                t.column("url", .text)
                t.column("origin", .text).notNull()
                t.column("text", .text).notNull()
                t.column("characters", .integer).notNull()
                t.column("excluded_characters", .integer).notNull()
                t.column("sentence_count", .integer).notNull()
                t.column("score", .double)
                t.column("positive", .double)
                t.column("negative", .double)
                t.column("neutral", .double)
                t.column("label", .text)
                t.column("extractor_version", .text).notNull()
                t.column("lexicon_version", .text).notNull()
                t.column("ingested_at", .text).notNull()
                t.column("updated_at", .text).notNull()
            }
            try db.create(index: "document_on_lineage", on: "document", columns: ["lineage", "is_current"])
            try db.create(index: "document_on_published", on: "document", columns: ["is_current", "published"])
            try db.create(
                index: "document_on_source_published", on: "document", columns: ["source", "is_current", "published"])

            try db.create(table: "sentence") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().indexed().references("document", onDelete: .cascade)
                t.column("idx", .integer).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("score", .double)
                t.column("positive", .double)
                t.column("negative", .double)
                t.column("neutral", .double)
                t.column("label", .text)
                t.uniqueKey(["document_id", "idx"])
            }

            try db.create(table: "excluded_range") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().indexed().references("document", onDelete: .cascade)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("kind", .text).notNull()
            }

            try db.create(table: "mention") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().indexed().references("document", onDelete: .cascade)
                t.column("idx", .integer).notNull()  // position among the document's mentions
                t.column("sentence_idx", .integer)
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("value", .text)  // exact decimal string
                t.column("value_real", .double)  // the same, for sorting and aggregates
                t.column("unit", .text)
                t.column("currency", .text)
                t.column("currency_text", .text)
                t.column("approximate", .boolean).notNull()
                t.column("bound", .text)
                t.column("direction", .text)
                t.column("date_start", .text)
                t.column("date_end", .text)
                t.column("granularity", .text)
                t.column("subject", .text)
                t.column("subject_key", .text)  // subject lower-cased (Unicode), for case-insensitive search
                t.column("when_start", .text)
                t.column("when_end", .text)
                t.column("when_granularity", .text)
                t.column("when_from", .text)
                t.column("restates_idx", .integer)
                t.uniqueKey(["document_id", "idx"])
            }
            try db.create(index: "mention_on_kind_when", on: "mention", columns: ["kind", "when_start"])
            try db.create(index: "mention_on_date", on: "mention", columns: ["date_start"])
            try db.create(index: "mention_on_subject_key", on: "mention", columns: ["subject_key"])

            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("command", .text).notNull()
                t.column("started_at", .text).notNull()
                t.column("finished_at", .text)
                t.column("status", .text).notNull()
                t.column("new", .integer).notNull().defaults(to: 0)
                t.column("revised", .integer).notNull().defaults(to: 0)
                t.column("updated", .integer).notNull().defaults(to: 0)
                t.column("rescored", .integer).notNull().defaults(to: 0)
                t.column("unchanged", .integer).notNull().defaults(to: 0)
                t.column("failed", .integer).notNull().defaults(to: 0)
                t.column("extractor_version", .text).notNull()
                t.column("lexicon_version", .text).notNull()
                t.column("message", .text)
            }
        }

        // The publication instant, when the metadata gave a time and an offset, so trends can count days in any
        // zone; `published` keeps the day as the metadata wrote it.
        migrator.registerMigration("v2-published-at") { db in
            try db.alter(table: "document") { t in
                t.add(column: "published_at", .text)  // UTC, ISO 8601: 2024-02-18T23:30:00Z
            }
        }
        return migrator
    }
}
