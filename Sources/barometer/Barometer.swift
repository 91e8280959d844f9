import ArgumentParser
import Foundation

@main
struct Barometer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "barometer",
        abstract: "Turns news articles into a market-sentiment time series.",
        discussion: """
            Ingest articles (English, German, Chinese) into a store, then list and export what was found.
            The store is --db PATH, else $BAROMETER_DB, else ./barometer.sqlite.

            Exit status: 0 success; 1 a user error (bad flag, file or value; the message names it); \
            2 an internal error.
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self,
            DocumentsCommand.self,
            ExportCommand.self,
            ExtractCommand.self,
            FiguresCommand.self,
            TimelineCommand.self,
            TrendCommand.self,
            ReportCommand.self,
            NightlyCommand.self,
            RunsCommand.self,
            StatusCommand.self,
            ScoreCommand.self,
            SentimentCommand.self,
            LexiconCommand.self,
            EvaluateCommand.self,
        ]
    )

    /// Runs the command, mapping errors to the documented exit statuses and one-line messages.
    static func main() {
        let code: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            code = 0
        } catch let failure as CommandFailure {
            code = failure.exitCode
        } catch let error as UserFacingError {
            Terminal.error(error.message)
            code = 1
        } catch {
            let exit = exitCode(for: error)
            if exit == .success {
                // --help and --version
                print(fullMessage(for: error))
                code = 0
            } else if error is DecodingError || error is EncodingError {
                Terminal.error("internal error: \(error)")
                code = 2
            } else if exit.rawValue == ExitCode.validationFailure.rawValue || exit == .failure {
                // Parse and validation errors: the message, the usage line and where to read more.
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                code = 1
            } else {
                Terminal.error("internal error: \(error.localizedDescription)")
                code = 2
            }
        }
        Foundation.exit(code)
    }
}
