import ArgumentParser
import BarometerPipeline
import BarometerReports
import BarometerStore
import Foundation

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the store, the last run, the inbox and the current versions.",
        discussion: """
            Example:
              barometer status --inbox /srv/news/inbox
            """
    )

    @Option(help: ArgumentHelp("Count the files waiting in this inbox.", valueName: "dir"))
    var inbox: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let opened = try store.open()
        let analyser = DocumentAnalyser()
        var facts: [(String, Cell)] = []
        try catchingStoreErrors {
            facts.append(("store", .text(store.displayName)))
            facts.append(("engine", .text(try opened.engineDescription())))
            facts.append(("store_bytes", .optional(try opened.sizeInBytes().map(Int.init))))
            facts.append(("documents", .integer(try opened.documents(DocumentQuery()).count)))
            facts.append(("extractor_version", .text(DocumentAnalyser.extractorVersion)))
            facts.append(("lexicon_version", .text(analyser.scorer.lexiconVersion)))
            let stale = try opened.staleDocuments(
                extractorVersion: DocumentAnalyser.extractorVersion, lexiconVersion: analyser.scorer.lexiconVersion,
                limit: 1_000_000)
            facts.append(("documents_to_rescore", .integer(stale.count)))
            if let last = try opened.runs(limit: 1).first {
                facts.append(("last_run", .integer(Int(last.id))))
                facts.append(("last_run_status", .text(last.status.rawValue)))
                facts.append(("last_run_started_at", .text(last.startedAt)))
                facts.append(("last_run_finished_at", .optional(last.finishedAt)))
            } else {
                facts.append(("last_run", .null))
            }
        }
        if let inbox {
            var diagnostics: [Diagnostic] = []
            let waiting = InputCollector().collect([inbox], inbox: true, diagnostics: &diagnostics)
            verbosity.report(diagnostics)
            facts.append(("inbox", .text(inbox)))
            facts.append(("inbox_files_waiting", .integer(waiting.count)))
        }
        var table = ReportTable(columns: ["name", "value"])
        for (name, value) in facts { table.append([.text(name), value]) }
        try output.emit(table)
    }
}
