import BarometerText
import GRDB

extension SQLiteStore {
    public func forEachMention(_ query: MentionQuery, _ body: (MentionRow) throws -> Void) throws {
        let filter = DocumentFilter(sources: query.sources, language: query.language)
        var conditions = filter.conditions
        var arguments = filter.arguments
        if query.eventsOnly {
            conditions.append("m.kind <> 'date'")
        }
        if !query.kinds.isEmpty {
            conditions.append("m.kind IN (\(databaseQuestionMarks(count: query.kinds.count)))")
            arguments += StatementArguments(query.kinds)
        }
        // A mention's date: the date it is (dates) or the date it refers to (figures).
        // mention_span holds those days as numbers, in an R*Tree: a window finds its mentions without a scan.
        // CROSS JOIN makes SQLite start from the window: as `m.id IN (…)` it looped over every document instead.
        var window = "mention m"
        var span: [String] = []
        var spanArguments: StatementArguments = []
        if let from = query.from {
            span.append("w.last_day >= \(Self.dayNumber("?"))")
            spanArguments += [from.description]
        }
        if let to = query.to {
            span.append("w.first_day <= \(Self.dayNumber("?"))")
            spanArguments += [to.description]
        }
        if !span.isEmpty {
            window = "mention_span w CROSS JOIN mention m ON m.id = w.id"
            conditions = span + conditions
            arguments = spanArguments + arguments
        }
        if let subject = query.subject {
            conditions.append("m.subject_key LIKE ? ESCAPE '\\'")
            arguments += [Self.subjectPattern(subject)]
        }
        let order =
            query.eventsOnly
            ? "COALESCE(m.when_start, m.date_start), d.published, d.id, m.idx"
            : "d.published, d.id, m.idx"
        let sql = """
            SELECT \(MentionRecord.selection("m")), d.source, d.language, d.published, d.title
            FROM \(window) JOIN document d ON d.id = m.document_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order)
            """
        try read("list figures") { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                let record = MentionRecord(row: row, at: 0)
                let document = MentionRecord.columnNames.count
                try body(
                    MentionRow(
                        documentID: record.documentId, source: row[document],
                        language: Language(code: row[document + 1] as String) ?? .undetermined,
                        published: (row[document + 2] as String?).flatMap(Day.init), title: row[document + 3],
                        mention: record.stored))
            }
        }
    }

    /// The LIKE pattern of `subject_key` values that contain `subject`, whatever its case (keys are lower-cased).
    static func subjectPattern(_ subject: String) -> String {
        "%" + escapedForLike(subject.lowercased()) + "%"
    }

    /// Escapes `%`, `_` and `\` so user text matches literally in LIKE.
    static func escapedForLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

extension MentionRecord {
    var stored: StoredMention {
        StoredMention(
            sentence: sentenceIdx, kind: kind, text: text, range: ScalarRange(start: start, end: end), value: value,
            unit: unit, currency: currency, currencyText: currencyText, approximate: approximate, bound: bound,
            direction: direction, dateStart: dateStart.flatMap(Day.init), dateEnd: dateEnd.flatMap(Day.init),
            granularity: granularity, subject: subject, whenStart: whenStart.flatMap(Day.init),
            whenEnd: whenEnd.flatMap(Day.init), whenGranularity: whenGranularity, whenFrom: whenFrom,
            restates: restatesIdx)
    }
}
