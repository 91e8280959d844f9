import BarometerText
import GRDB

/// The WHERE conditions on the joined document `d` that every listing shares: current versions, sources,
/// language, and publication bounds.
struct DocumentFilter {
    var conditions = ["d.is_current = 1"]
    var arguments = StatementArguments()

    init(sources: [String], language: Language?, published: (from: Day?, to: Day?) = (nil, nil)) {
        if !sources.isEmpty {
            conditions.append("d.source IN (\(databaseQuestionMarks(count: sources.count)))")
            arguments += StatementArguments(sources)
        }
        if let language {
            conditions.append("d.language = ?")
            arguments += [language.code]
        }
        if let from = published.from {
            conditions.append("d.published >= ?")
            arguments += [from.description]
        }
        if let to = published.to {
            conditions.append("d.published <= ?")
            arguments += [to.description]
        }
    }

    /// Adds a condition with its arguments.
    mutating func add(_ condition: String, _ values: [any DatabaseValueConvertible] = []) {
        conditions.append(condition)
        arguments += StatementArguments(values)
    }
}
