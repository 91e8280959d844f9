import ArgumentParser
import BarometerReports
import BarometerStore

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the recorded nightly runs, newest first.",
        discussion: """
            Status is running, completed, completed-with-failures, interrupted, failed, or abandoned (a run \
            that was killed; the next run marks it so).

            Example:
              barometer runs --limit 7
            """
    )

    @Option(help: "How many runs to show.")
    var limit: Int = 20

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit \(limit) must be at least 1") }
    }

    func run() throws {
        let runs = try catchingStoreErrors { try store.open().runs(limit: limit) }
        try output.emit(RunsReport.table(runs))
    }
}
