import ArgumentParser
import BarometerReports
import BarometerStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report, the CSVs behind it and a Jupyter notebook.",
        discussion: """
            Writes index.html (charts inline as SVG, tables of figures, events, per-source sentiment and the \
            sentences that moved the score most with their explanation; no scripts, no network resources), \
            trend-weekly.csv, events.csv, sentiment-sources.csv, documents.csv, figures.csv, top-sentences.csv \
            and barometer.ipynb (nbformat 4: loads the CSVs with pandas, redraws the charts with matplotlib).

            Example:
              barometer report --out /tmp/report
            """
    )

    @Option(help: ArgumentHelp("The folder to write the report into (created if missing).", valueName: "dir"))
    var out: String

    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let opened = try store.open()
        let files = try catchingStoreErrors { try HTMLReport.files(opened, scorer: try lexicon.scorer()) }
        do {
            let written = try HTMLReport.write(files, to: out)
            if !verbosity.quiet { Terminal.status("wrote \(written.count) files to \(out)") }
        } catch {
            throw UserFacingError(
                "error: cannot write the report to --out \(out) (\(error.localizedDescription)): check the folder is writable"
            )
        }
    }
}
