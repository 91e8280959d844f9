import ArgumentParser
import BarometerPipeline
import BarometerStore
import Foundation

struct NightlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nightly",
        abstract: "Score what arrived in an inbox folder: the unattended, incremental job for cron or systemd.",
        discussion: """
            Ingests new and changed files from --inbox, re-scores stored documents analysed by an older \
            extractor or lexicon, refreshes the CSV exports in --exports atomically, and records the run \
            (barometer runs). On a SQLite store only one run works at a time; on a PostgreSQL store any \
            number of runs (and --workers threads in each) share the inbox, each file claimed by one worker \
            at a time for --lease seconds.

            Exit status: 0 completed; 1 a user error or an unusable store (disk full, read-only, corrupt; \
            nothing half-written); 2 an internal error; 3 completed with failures (bad files reported and, \
            with --quarantine, moved there with a .reason file); 4 interrupted by SIGTERM or SIGINT after \
            finishing the batch in hand; 75 another run holds the store's lock (this run did nothing).

            Example:
              barometer nightly --inbox /srv/news/inbox --archive /srv/news/done --quarantine /srv/news/bad \\
                --exports /srv/news/exports --db /srv/news/barometer.sqlite
            """
    )

    /// Exit statuses of `nightly`, documented in README and the help above.
    enum Status {
        static let completedWithFailures: Int32 = 3
        static let interrupted: Int32 = 4
        static let locked: Int32 = 75  // EX_TEMPFAIL: cron and systemd read it as "try again later"
    }

    @Option(help: ArgumentHelp("The folder collectors drop articles into.", valueName: "dir"))
    var inbox: String

    @Option(help: ArgumentHelp("Refresh CSV exports in this folder.", valueName: "dir"))
    var exports: String?

    @Option(help: ArgumentHelp("Move ingested files here.", valueName: "dir"))
    var archive: String?

    @Option(help: ArgumentHelp("Move files that cannot be ingested here, with a .reason file.", valueName: "dir"))
    var quarantine: String?

    @Option(help: ArgumentHelp("Documents per transaction.", valueName: "n"))
    var batch: Int = 200

    @Option(
        help: ArgumentHelp(
            "Workers sharing the inbox in this process, each on its own connection (PostgreSQL stores only).",
            valueName: "n"))
    var workers: Int = 1

    @Option(
        help: ArgumentHelp(
            "Seconds a worker's claim on inbox files holds before another worker may take them over (PostgreSQL).",
            valueName: "seconds"))
    var lease: Double = NightlyOptions.defaultLease

    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inbox, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--inbox \(inbox) is not a folder: create it or fix the path")
        }
        guard batch >= 1 else { throw ValidationError("--batch \(batch) must be at least 1") }
        guard workers >= 1 else { throw ValidationError("--workers \(workers) must be at least 1") }
        guard lease > 0 else { throw ValidationError("--lease \(lease) must be more than 0 seconds") }
        if workers > 1 && !store.isPostgres {
            // SQLite takes one writer at a time: a second worker would only wait for the first.
            throw ValidationError(
                "--workers \(workers) needs a PostgreSQL store (--db postgres://USER@HOST:PORT/DB): "
                    + "a SQLite store runs one nightly worker; drop --workers or switch the store")
        }
        for (flag, value) in [("--archive", archive), ("--quarantine", quarantine), ("--exports", exports)] {
            if let value,
                URL(fileURLWithPath: value).standardizedFileURL == URL(fileURLWithPath: inbox).standardizedFileURL
            {
                throw ValidationError("\(flag) \(value) is the inbox itself: give another folder")
            }
        }
    }

    func run() throws {
        let logger = logging.logger("barometer.nightly")
        // SQLite: one run at a time, by a lock file beside the store. PostgreSQL: runs share the inbox by claims.
        var lock: RunLock?
        do {
            if !store.isPostgres { lock = try RunLock(path: RunLock.path(forStore: store.path)) }
        } catch RunLock.Failure.held(let path) {
            Terminal.error("error: another nightly run holds \(path): this run did nothing; try again when it ends")
            throw CommandFailure(exitCode: Status.locked)
        } catch {
            throw UserFacingError(error)
        }
        let opened = try store.open()
        let stop = StopSignal()
        let options = NightlyOptions(
            inbox: URL(fileURLWithPath: inbox), exports: exports.map { URL(fileURLWithPath: $0) },
            archive: archive.map { URL(fileURLWithPath: $0) }, quarantine: quarantine.map { URL(fileURLWithPath: $0) },
            batchSize: batch, workers: workers, lease: lease)
        let storeOptions = store
        let nightly = Nightly(
            store: opened, analyser: DocumentAnalyser(scorer: try lexicon.scorer()), logger: logger,
            openStore: { try storeOptions.open() })
        let report = nightly.run(options, shouldStop: { stop.isRequested })
        withExtendedLifetime(lock) {}
        logging.report(report.diagnostics, logger: logger)
        logger.notice(
            "\(report.summary)",
            metadata: [
                "run.id": "\(report.runID)", "run.status": "\(report.status.rawValue)",
                "run.new": "\(report.counts.new)", "run.rescored": "\(report.counts.rescored)",
                "run.failed": "\(report.counts.failed)", "run.duration": "\(String(format: "%.3f", report.duration))",
            ])
        switch report.status {
        case .completed: return
        case .completedWithFailures: throw CommandFailure(exitCode: Status.completedWithFailures)
        case .interrupted: throw CommandFailure(exitCode: Status.interrupted)
        case .failed, .running, .abandoned:
            Terminal.error("error: \(report.message ?? "the run failed")")
            throw CommandFailure(exitCode: 1)
        }
    }
}
