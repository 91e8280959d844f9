import BarometerReports
import BarometerStore
import BarometerText
import Foundation
import Logging

/// Where a nightly run reads, and where it puts what it has done with.
public struct NightlyOptions: Sendable {
    public var inbox: URL
    /// Refreshed CSV exports go here, each written to a temporary name and renamed.
    public var exports: URL?
    /// Inputs whose articles are all stored move here, under their path relative to the inbox.
    public var archive: URL?
    /// Inputs that cannot be ingested move here, each with a `.reason` file beside it.
    public var quarantine: URL?
    /// Documents per transaction.
    public var batchSize: Int
    /// Workers in this process sharing the inbox (a store that takes claims only: PostgreSQL).
    public var workers: Int
    /// How long a worker's claim on inbox items holds before another worker may take them over (seconds).
    public var lease: TimeInterval

    /// Ten minutes: a batch of 200 articles takes seconds, so only a dead worker's claims run out.
    public static let defaultLease: TimeInterval = 600

    public init(
        inbox: URL, exports: URL? = nil, archive: URL? = nil, quarantine: URL? = nil, batchSize: Int = 200,
        workers: Int = 1, lease: TimeInterval = defaultLease
    ) {
        self.inbox = inbox
        self.exports = exports
        self.archive = archive
        self.quarantine = quarantine
        self.batchSize = batchSize
        self.workers = workers
        self.lease = lease
    }
}

/// What a nightly run did.
public struct NightlyReport: Sendable {
    public var runID: Int64 = 0
    public var status: RunStatus = .running
    public var counts = RunCounts()
    /// Documents that went through analysis (new, revised, re-scored).
    public var analysed = 0
    public var archived = 0
    public var quarantined: [String] = []
    public var exported: [String] = []
    public var diagnostics: [Diagnostic] = []
    public var message: String?
    public var duration: TimeInterval = 0

    /// Nothing arrived, nothing changed, nothing needed re-scoring.
    public var nothingNew: Bool {
        counts.new == 0 && counts.revised == 0 && counts.updated == 0 && counts.rescored == 0 && counts.failed == 0
    }

    /// The one summary line of the run.
    public var summary: String {
        let counted =
            "\(counts.new) new, \(counts.revised) revised, \(counts.updated) updated, \(counts.rescored) re-scored, "
            + "\(counts.unchanged) unchanged, \(counts.failed) failed"
        let lead = nothingNew && status == .completed ? "nothing new, no analysis done" : status.rawValue
        return "run \(runID) \(lead): \(counted) in \(String(format: "%.1f", duration)) s"
    }
}

/// `barometer nightly`: ingest what arrived in the inbox, re-score what older versions analysed, refresh the
/// exports and record the run. The caller holds the run lock.
///
/// Safe under faults: work is keyed by content hash and each batch is a transaction, and an input moves to the
/// archive only after the transaction holding its last article has committed. A run killed at any moment leaves
/// whole batches stored and the rest of the inbox in place; the next run stores the rest and finds the committed
/// documents unchanged, so nothing is lost or stored twice.
///
/// On a store that takes claims (PostgreSQL), any number of runs, and `workers` threads in each, share the
/// inbox: each claims inbox files for a lease before reading them, moves them out, then gives the claims up
/// (see `Nightly+Workers.swift`).
public struct Nightly: Sendable {
    public let store: any Store
    public let analyser: DocumentAnalyser
    public let logger: Logger
    /// Opens another connection to the same store, one per extra worker thread.
    public let openStore: (@Sendable () throws -> any Store)?

    public init(
        store: any Store, analyser: DocumentAnalyser, logger: Logger,
        openStore: (@Sendable () throws -> any Store)? = nil
    ) {
        self.store = store
        self.analyser = analyser
        self.logger = logger
        self.openStore = openStore
    }

    public func run(_ options: NightlyOptions, shouldStop: () -> Bool) -> NightlyReport {
        let started = Date()
        var report = NightlyReport()
        do {
            report.runID = try store.startRun(
                command: "nightly", extractorVersion: DocumentAnalyser.extractorVersion,
                lexiconVersion: analyser.scorer.lexiconVersion)
        } catch {
            report.status = .failed
            report.message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
            return report
        }

        if let shared = store as? any ClaimingStore {
            ingestShared(options, store: shared, shouldStop: shouldStop, into: &report)
            if report.status == .running && !shouldStop() {
                // One process at a time re-scores; the others leave it to that one.
                rescoreOnce(shared, options: options, shouldStop: shouldStop, into: &report)
            }
        } else {
            ingestInbox(options, shouldStop: shouldStop, into: &report)
            if report.status == .running && !shouldStop() {
                rescore(batchSize: options.batchSize, shouldStop: shouldStop, into: &report)
            }
        }
        if report.status == .running, let exports = options.exports {
            refreshExports(in: exports, into: &report)
        }
        if report.status == .running {
            report.status =
                shouldStop() ? .interrupted : report.counts.failed > 0 ? .completedWithFailures : .completed
        }
        report.duration = Date().timeIntervalSince(started)
        do {
            try store.finishRun(id: report.runID, status: report.status, counts: report.counts, message: report.message)
        } catch {
            report.diagnostics.append(
                Diagnostic(.error, "run \(report.runID)", "could not record the end of the run: \(error)"))
        }
        return report
    }

    private func ingestInbox(_ options: NightlyOptions, shouldStop: () -> Bool, into report: inout NightlyReport) {
        var diagnostics: [Diagnostic] = []
        let inputs = InputCollector().collect(
            [options.inbox.path], inbox: true, diagnostics: &diagnostics)
        report.diagnostics += diagnostics
        report.counts.failed += diagnostics.filter { $0.severity == .error }.count
        ingest(inputs, store: store, options: options, shouldStop: shouldStop, into: &report)
    }

    /// Ingests inputs batch by batch, moving each to the archive once its articles are committed and to the
    /// quarantine when it cannot be read.
    func ingest(
        _ inputs: [IngestInput], store: any Store, options: NightlyOptions, shouldStop: () -> Bool,
        into report: inout NightlyReport
    ) {
        var ingestor = Ingestor(store: store, analyser: analyser, logger: logger)
        ingestor.batchSize = options.batchSize
        var failedInputs = Set<IngestInput>()
        var moveErrors: [Diagnostic] = []
        let outcome = ingestor.ingest(
            inputs, overrides: IngestOverrides(), standardInput: { Data() },
            events: { event in
                switch event {
                case .failed(let input, let errors):
                    failedInputs.insert(input)
                    if let quarantine = options.quarantine, case .file(let file) = input {
                        do {
                            let moved = try move(file.url, from: options.inbox, to: quarantine)
                            let reason = errors.map(\.description).joined(separator: "\n") + "\n"
                            try Data(reason.utf8).write(to: moved.appendingPathExtension("reason"))
                            report.quarantined.append(moved.path)
                        } catch {
                            moveErrors.append(
                                Diagnostic(.error, file.url.path, "could not move to quarantine: \(error)"))
                        }
                    }
                case .committed(let committed):
                    guard let archive = options.archive else { return }
                    for input in committed where !failedInputs.contains(input) {
                        guard case .file(let file) = input else { continue }
                        do {
                            _ = try move(file.url, from: options.inbox, to: archive)
                            report.archived += 1
                        } catch {
                            moveErrors.append(Diagnostic(.error, file.url.path, "could not move to archive: \(error)"))
                        }
                    }
                }
            },
            shouldStop: shouldStop)
        report.diagnostics += outcome.diagnostics + moveErrors
        report.counts.new += outcome.outcome.new
        report.counts.revised += outcome.outcome.revised
        report.counts.updated += outcome.outcome.updated
        report.counts.unchanged += outcome.outcome.unchanged
        report.counts.failed += outcome.failed
        report.analysed += outcome.analysed
        if let error = outcome.storeError {
            report.status = .failed
            report.message = error.localizedDescription
        }
    }

    /// Re-analyses current documents whose stored analysis came from another extractor or lexicon version.
    func rescore(batchSize: Int, shouldStop: () -> Bool, into report: inout NightlyReport) {
        let extractor = DocumentAnalyser.extractorVersion
        let lexicon = analyser.scorer.lexiconVersion
        var previous: [Int64] = []
        while !shouldStop() {
            do {
                let stale = try store.staleDocuments(
                    extractorVersion: extractor, lexiconVersion: lexicon, limit: batchSize)
                let ids = stale.map(\.id)
                guard !stale.isEmpty, ids != previous else { return }
                previous = ids
                var batch: [(id: Int64, document: StoredDocument)] = []
                for document in stale {
                    var notes: [Diagnostic] = []
                    let article = ReadArticle(
                        text: document.text,
                        metadata: ArticleMetadata(
                            source: document.source, language: document.givenLanguage,
                            published: document.givenPublished, title: document.title, url: document.url),
                        origin: document.origin, lineageKey: nil)
                    var analysed = analyser.analyse(article, source: document.source, notes: &notes)
                    analysed.contentHash = document.contentHash
                    analysed.lineage = document.lineage
                    batch.append((document.id, analysed))
                }
                try store.replaceAnalysis(batch)
                report.counts.rescored += batch.count
                report.analysed += batch.count
            } catch {
                report.status = .failed
                report.message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
                return
            }
        }
    }

    /// Writes the report (index.html, its CSVs and the notebook) into the exports folder, each file atomically.
    private func refreshExports(in folder: URL, into report: inout NightlyReport) {
        do {
            let files = try HTMLReport.files(store, scorer: analyser.scorer)
            report.exported = try HTMLReport.write(files, to: folder.path)
        } catch {
            report.status = .failed
            report.message = "could not refresh the exports in \(folder.path): \(error.localizedDescription)"
        }
    }

    /// Moves a file from the inbox to the same relative path under `destination`, never overwriting:
    /// a name already taken gets `.1`, `.2`, … before its extension.
    private func move(_ file: URL, from inbox: URL, to destination: URL) throws -> URL {
        let inboxPath = inbox.standardizedFileURL.path
        let filePath = file.standardizedFileURL.path
        let relative =
            filePath.hasPrefix(inboxPath + "/")
            ? String(filePath.dropFirst(inboxPath.count + 1)) : file.lastPathComponent
        var target = destination.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        var attempt = 0
        let stem = target.deletingPathExtension().lastPathComponent
        let ext = target.pathExtension
        while FileManager.default.fileExists(atPath: target.path) {
            attempt += 1
            let name = ext.isEmpty ? "\(stem).\(attempt)" : "\(stem).\(attempt).\(ext)"
            target = target.deletingLastPathComponent().appendingPathComponent(name)
        }
        try FileManager.default.moveItem(at: file, to: target)
        return target
    }
}
