import ArgumentParser
import BarometerReports
import BarometerStore
import BarometerText

/// The grouping and filters of `sentiment` and `export sentiment`.
struct SentimentQueryOptions: ParsableArguments {
    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case sentence, document, source, entity
    }

    @Option(help: "Group by sentence, document, source or entity.")
    var by: Grouping = .source

    @Option(name: .long, help: ArgumentHelp("Only this source (repeatable).", valueName: "name"))
    var source: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only documents in this language: en, de, zh.", valueName: "code"))
    var language: Language?

    @Option(name: .long, help: ArgumentHelp("Published on or after this day.", valueName: "date"))
    var from: Day?

    @Option(name: .long, help: ArgumentHelp("Published on or before this day.", valueName: "date"))
    var to: Day?

    @Option(name: .long, help: ArgumentHelp("A term or entity (repeatable for --by entity).", valueName: "word"))
    var term: [String] = []

    func validate() throws {
        if by == .entity && term.isEmpty {
            throw ValidationError("--by entity needs at least one --term, e.g. --term Sora")
        }
        if by != .entity && term.count > 1 {
            throw ValidationError("--term is given \(term.count) times: only --by entity takes several")
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to): swap them") }
    }

    /// The listing this grouping asks for.
    func table(_ store: any Store) throws -> ReportTable {
        let query = SentimentQuery(sources: source, language: language, from: from, to: to, term: term.first)
        return try catchingStoreErrors {
            switch by {
            case .sentence: return SentimentReport.sentencesTable(try store.sentenceScores(query))
            case .document:
                return SentimentReport.documentsTable(
                    try store.documents(DocumentQuery(sources: source, language: language, from: from, to: to)))
            case .source: return SentimentReport.sourcesTable(try store.sourceScores(query))
            case .entity:
                return SentimentReport.sourcesTable(try store.entityScores(query, terms: term), groupColumn: "entity")
            }
        }
    }
}

struct SentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "List stored sentiment by sentence, document, source or entity.",
        discussion: """
            --by source: per source, the mean article score over the period (--from/--to) with count, standard \
            error and label shares. --by entity: per --term, the sentences that mention it (case-insensitive, any \
            language). --by sentence and --by document list scores; --term keeps sentences that mention the term.

            Example:
              barometer sentiment --by source
              barometer sentiment --by entity --term Sora --term ByteDance --term OpenAI
            """
    )

    @OptionGroup var query: SentimentQueryOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        try output.emit(try query.table(try store.open()))
    }
}

struct ExportSentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Export stored sentiment by sentence, document, source or entity.",
        discussion: """
            The same rows as barometer sentiment, as CSV (default) or JSON Lines.

            Example:
              barometer export sentiment --by sentence --format csv --excel --out sentences.csv
            """
    )

    @OptionGroup var query: SentimentQueryOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws { try output.validateForExport() }

    func run() throws {
        try output.forExport.emit(try query.table(try store.open()))
    }
}
