import ArgumentParser
import BarometerReports
import BarometerStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write stored data as CSV or JSON Lines for spreadsheets and scripts.",
        subcommands: [ExportDocumentsCommand.self]
    )
}

struct ExportDocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "Export the stored documents.",
        discussion: """
            Columns: id, source, language, published, published_inferred, title, url, sentences, characters, \
            excluded_characters.

            Example:
              barometer export documents --format csv --out documents.csv
            """
    )

    @OptionGroup var filter: DocumentFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if let format = output.format, format != .csv && format != .jsonl {
            throw ValidationError("export writes csv or jsonl: pass --format csv or --format jsonl")
        }
    }

    func run() throws {
        let documents = try catchingStoreErrors { try store.open().documents(filter.query) }
        var output = output
        if output.format == nil { output.format = .csv }
        try output.emit(DocumentsReport.table(documents, parameters: filter.parameters))
    }
}
