import ArgumentParser
import BarometerPipeline
import BarometerReports
import BarometerStore
import BarometerText
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles into the store: analyse new ones, skip those already stored.",
        discussion: """
            On a terminal, prints the stored documents, the timeline of figures and the sentiment per source; \
            with --format (or when piped), the documents as a table in that format.

            PATH is a file, a folder (read recursively) or - for standard input. Formats by extension: .txt, \
            .md (optional front matter), .html, .json (one article object), .jsonl (one per line); objects have \
            the fields text, title, source, language, published, url. A manifest.json in a folder gives \
            metadata for its files. Flags override all metadata.

            Example:
              barometer ingest datasets/seeds
              cat article.txt | barometer ingest - --source reuters --published 2024-02-20
            """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Source of every article read (overrides metadata).", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("Language of every article read: en, de, zh or und.", valueName: "code"))
    var language: Language?

    @Option(help: ArgumentHelp("Publication date of every article read (YYYY-MM-DD).", valueName: "date"))
    var published: Day?

    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("- (standard input) can be given once only")
        }
        if let source, source.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--source is empty: give a name such as reuters")
        }
    }

    func run() throws {
        let opened = try store.open()
        let ingestor = Ingestor(
            store: opened, analyser: DocumentAnalyser(), logger: verbosity.logger("barometer.ingest"))
        let progress = ProgressLine(enabled: !verbosity.quiet)
        let report = ingestor.ingest(
            paths: paths, overrides: IngestOverrides(source: source, language: language, published: published),
            standardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            progress: { step in
                progress.update("ingesting: \(step.inputsDone)/\(step.inputsTotal) files, \(step.documents) documents")
            })
        progress.finish()
        verbosity.report(report.diagnostics)
        if let error = report.storeError {
            Terminal.error("error: \(error.localizedDescription)")
        }
        if !verbosity.quiet {
            Terminal.status("\(report.summary) (store: \(store.displayName))")
            if output.resolvedFormat == .table && output.out == nil {
                // For a person: what is stored, the timeline of figures, and the tone per source.
                Terminal.output(try catchingStoreErrors { try DigestReport.text(opened) })
            } else {
                try output.emit(DocumentsReport.table(try opened.documents(DocumentQuery())))
            }
        }
        if report.hasErrors { throw CommandFailure(exitCode: 1) }
    }
}
