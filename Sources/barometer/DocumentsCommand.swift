import ArgumentParser
import BarometerReports
import BarometerStore
import BarometerText

/// Filters shared by the listings: sources, language, date bounds.
struct DocumentFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only this source (repeatable).", valueName: "name"))
    var source: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only this language: en, de, zh or und.", valueName: "code"))
    var language: Language?

    @Option(name: .long, help: ArgumentHelp("Published on or after this day (YYYY-MM-DD).", valueName: "date"))
    var from: Day?

    @Option(name: .long, help: ArgumentHelp("Published on or before this day (YYYY-MM-DD).", valueName: "date"))
    var to: Day?

    func validate() throws {
        if let from, let to, from > to {
            throw ValidationError("--from \(from) is after --to \(to): swap them")
        }
    }

    var query: DocumentQuery {
        DocumentQuery(sources: source, language: language, from: from, to: to)
    }

    var parameters: [(String, Cell)] {
        [
            ("source", .text(source.joined(separator: ","))),
            ("language", .optional(language?.code)),
            ("from", .optional(from?.description)),
            ("to", .optional(to?.description)),
        ]
    }
}

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List the stored documents.",
        discussion: """
            Example:
              barometer documents --source scmp --from 2024-02-01
            """
    )

    @OptionGroup var filter: DocumentFilterOptions
    @Flag(help: "Include earlier versions of documents whose text changed.")
    var allVersions = false
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var query = filter.query
        query.allVersions = allVersions
        let documents = try catchingStoreErrors { try store.open().documents(query) }
        try output.emit(DocumentsReport.table(documents, parameters: filter.parameters))
    }
}

/// Runs a store operation, turning store errors into one-line user messages.
func catchingStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        throw UserFacingError(error)
    }
}
