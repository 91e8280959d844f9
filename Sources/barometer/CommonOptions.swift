import ArgumentParser
import BarometerPipeline
import BarometerPostgres
import BarometerReports
import BarometerStore
import BarometerText
import Foundation
import Logging

/// `--db`, shared by every command that uses the store: a SQLite file, or a PostgreSQL server's URL.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store: a SQLite file, or postgres://USER@HOST:PORT/DATABASE for a PostgreSQL server.",
            valueName: "path-or-url"))
    var db: String?

    /// The `--db` value, else `$BAROMETER_DB`, else `./barometer.sqlite`.
    var path: String { StoreLocation.resolve(flag: db, environment: ProcessInfo.processInfo.environment) }

    /// Whether the store is a PostgreSQL server.
    var isPostgres: Bool { PostgresURL.isPostgres(path) }

    /// The store as messages name it: the file, or the URL without its password.
    var displayName: String { isPostgres ? ((try? PostgresURL(path))?.redacted ?? path) : path }

    func open() throws -> any Store {
        do {
            if isPostgres { return try PostgresStore(url: try PostgresURL(path)) }
            return try SQLiteStore(path: path)
        } catch {
            throw UserFacingError(error)
        }
    }
}

/// `--quiet` and `--verbose`, shared by every command.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print only errors.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Print notes and debug logging too.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other: pass one") }
    }

    /// A logger to standard error at the level these flags ask for.
    func logger(_ label: String) -> Logger {
        var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .debug : quiet ? .error : .warning
        return logger
    }

    /// Prints diagnostics to standard error, as many as the flags ask for.
    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: Terminal.error(diagnostic.description)
            case .warning where !quiet: Terminal.error(diagnostic.description)
            case .note where verbose: Terminal.error(diagnostic.description)
            default: break
            }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// `--format` and `--excel`, shared by every query.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Output format: table, csv, jsonl, json (svg for trend and timeline). Default: table on a terminal, csv otherwise.",
            valueName: "format"))
    var format: OutputFormat?

    @Flag(name: .long, help: "CSV for Excel: a byte-order mark and CRLF line ends.")
    var excel = false

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    var resolvedFormat: OutputFormat {
        format ?? (out == nil && Terminal.standardOutputIsTerminal ? .table : .csv)
    }

    func validate() throws {
        if excel && format != nil && format != .csv {
            throw ValidationError("--excel applies to CSV only: drop it or pass --format csv")
        }
    }

    /// Exports write CSV (the default) or JSON Lines.
    func validateForExport() throws {
        if let format, format != .csv && format != .jsonl {
            // Exports are data for spreadsheets and scripts.
            throw ValidationError("export writes csv or jsonl: pass --format csv or --format jsonl")
        }
    }

    /// These options with CSV as the default format, as exports want whatever the terminal.
    var forExport: OutputOptions {
        var options = self
        if options.format == nil { options.format = .csv }
        return options
    }

    /// Writes a table in the chosen format to standard output or `--out`.
    func emit(_ table: ReportTable) throws {
        guard resolvedFormat != .svg else {
            throw UserFacingError(
                "error: --format svg draws charts for trend and timeline only: use table, csv, jsonl or json")
        }
        try write(ReportWriter(format: resolvedFormat, excel: excel).write(table))
    }

    /// Writes text (a table, a chart) to standard output or `--out`, atomically.
    func write(_ text: String) throws {
        guard let out else {
            Terminal.output(text)
            return
        }
        do {
            try FileOutput.writeAtomically(text, to: out)
        } catch {
            throw UserFacingError(
                "cannot write --out \(out) (\(error.localizedDescription)): check the folder exists and is writable")
        }
    }
}

/// Parses `--published` and `--from`/`--to` values.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }
}

/// `--log-format text|json` with `--quiet`/`--verbose`, for the unattended commands.
struct LoggingOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "Log lines as human-readable text (default) or JSON, one object per line.")
    var logFormat: Format = .text

    @OptionGroup var verbosity: VerbosityOptions

    func logger(_ label: String) -> Logger {
        var logger: Logger
        switch logFormat {
        case .text: logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        case .json: logger = Logger(label: label) { JSONLogHandler(label: $0) }
        }
        logger.logLevel = verbosity.verbose ? .debug : verbosity.quiet ? .error : .notice
        return logger
    }

    /// Logs diagnostics: errors as errors, warnings as warnings, notes at debug level.
    func report(_ diagnostics: [Diagnostic], logger: Logger) {
        for diagnostic in diagnostics {
            let metadata: Logger.Metadata = ["input": "\(diagnostic.location)"]
            switch diagnostic.severity {
            case .error: logger.error("\(diagnostic.location): \(diagnostic.message)", metadata: metadata)
            case .warning: logger.warning("\(diagnostic.location): \(diagnostic.message)", metadata: metadata)
            case .note: logger.debug("\(diagnostic.location): \(diagnostic.message)", metadata: metadata)
            }
        }
    }
}
