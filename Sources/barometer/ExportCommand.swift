import ArgumentParser
import BarometerReports
import BarometerStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write stored data as CSV or JSON Lines for spreadsheets and scripts.",
        discussion: """
            Example:
              barometer export documents --format csv --excel --out documents.csv
              barometer export events --format jsonl
            """,
        subcommands: [
            ExportDocumentsCommand.self, ExportFiguresCommand.self, ExportEventsCommand.self,
            ExportSentimentCommand.self,
        ]
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

    func validate() throws { try output.validateForExport() }

    func run() throws {
        let documents = try catchingStoreErrors { try store.open().documents(filter.query) }
        try output.forExport.emit(DocumentsReport.table(documents, parameters: filter.parameters))
    }
}

struct ExportFiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Export every figure and date found, one per row.",
        discussion: """
            Columns: document_id, source, language, published, kind, text, start, end, value, unit, currency, \
            currency_text, approximate, bound, direction, date_start, date_end, date_granularity, when_start, \
            when_end, when_granularity, when_from, subject, sentence.

            Example:
              barometer export figures --format csv --excel --out figures.csv
            """
    )

    @OptionGroup var filter: MentionFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws { try output.validateForExport() }

    func run() throws {
        let rows = try catchingStoreErrors { try store.open().mentions(filter.query(eventsOnly: false)) }
        try output.forExport.emit(MentionsReport.figuresTable(rows, parameters: filter.parameters))
    }
}

struct ExportEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Export the timeline: figures with subject, direction and date, in date order.",
        discussion: """
            Columns: when_start, when_end, when_granularity, when_from, subject, direction, kind, text, value, \
            unit, currency, approximate, bound, source, document_id, published, title.

            Example:
              barometer export events --format jsonl --out events.jsonl
            """
    )

    @OptionGroup var filter: MentionFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws { try output.validateForExport() }

    func run() throws {
        let rows = try catchingStoreErrors { try store.open().mentions(filter.query(eventsOnly: true)) }
        try output.forExport.emit(MentionsReport.timelineTable(rows, parameters: filter.parameters))
    }
}
