import BarometerStore
import Foundation

/// Nightly runs sharing one inbox through a store that takes claims (PostgreSQL).
///
/// Each worker lists the inbox, claims files a batch at a time (`ClaimingStore.claim`), ingests the files it
/// got, moves them to the archive, and only then gives the claims up. A worker killed at any moment leaves
/// whole batches committed and its claimed files in the inbox; once its lease runs out, the next worker that
/// lists the inbox claims them, finds the committed documents unchanged by content hash, and archives them.
/// So no document is stored twice or lost, and files claimed by a live worker are never read by another.
extension Nightly {
    /// The claim key of an inbox file: its path relative to the inbox, the same on every machine sharing it.
    static func claimKey(_ input: IngestInput, inbox: URL) -> String? {
        guard case .file(let file) = input else { return nil }
        let inboxPath = inbox.standardizedFileURL.path
        let path = file.url.standardizedFileURL.path
        let relative = path.hasPrefix(inboxPath + "/") ? String(path.dropFirst(inboxPath.count + 1)) : path
        return "file:" + relative
    }

    /// The claim that lets one process at a time re-score stale documents.
    static let rescoreClaim = "task:rescore"

    /// This process's name among the workers: host, process id and thread number.
    static func workerName(_ index: Int) -> String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(index)"
    }

    /// Runs `options.workers` workers over the inbox, each on its own connection, and adds up what they did.
    func ingestShared(
        _ options: NightlyOptions, store: any ClaimingStore, shouldStop: () -> Bool, into report: inout NightlyReport
    ) {
        // Unreadable folders and skipped files are reported once, by the run, not by every worker.
        var diagnostics: [Diagnostic] = []
        _ = InputCollector().collect([options.inbox.path], inbox: true, diagnostics: &diagnostics)
        report.diagnostics += diagnostics
        report.counts.failed += diagnostics.filter { $0.severity == .error }.count

        var stores: [any ClaimingStore] = [store]
        for _ in 1..<max(1, options.workers) {
            do {
                guard let opened = try openStore?() as? any ClaimingStore else {
                    preconditionFailure("more than one worker needs openStore to open a store that takes claims")
                }
                stores.append(opened)
            } catch {
                report.status = .failed
                report.message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
                return
            }
        }
        let workers = stores
        let partials = PartialReports(count: workers.count)
        withoutActuallyEscaping(shouldStop) { shouldStop in
            // Read from every worker thread: the caller's closure only reads a flag a signal handler sets.
            nonisolated(unsafe) let stop = shouldStop
            // One thread per worker (not Dispatch's concurrentPerform, which runs no more at once than cores).
            let finished = DispatchGroup()
            for index in workers.indices {
                finished.enter()
                let thread = Thread {
                    var partial = NightlyReport()
                    work(
                        as: Self.workerName(index), store: workers[index], options: options, shouldStop: stop,
                        into: &partial)
                    partials.set(index, partial)
                    finished.leave()
                }
                thread.start()
            }
            finished.wait()
        }
        for partial in partials.all {
            report.counts.new += partial.counts.new
            report.counts.revised += partial.counts.revised
            report.counts.updated += partial.counts.updated
            report.counts.unchanged += partial.counts.unchanged
            report.counts.failed += partial.counts.failed
            report.analysed += partial.analysed
            report.archived += partial.archived
            report.quarantined += partial.quarantined
            report.diagnostics += partial.diagnostics
            if partial.status == .failed, report.status != .failed {
                report.status = .failed
                report.message = partial.message
            }
        }
    }

    /// One worker: claims inbox files a batch at a time until the inbox holds nothing it can claim.
    private func work(
        as worker: String, store: any ClaimingStore, options: NightlyOptions, shouldStop: () -> Bool,
        into report: inout NightlyReport
    ) {
        var seen = Set<String>()
        while !shouldStop() {
            var ignored: [Diagnostic] = []
            let waiting = InputCollector().collect([options.inbox.path], inbox: true, diagnostics: &ignored)
                .compactMap { input in Self.claimKey(input, inbox: options.inbox).map { (key: $0, input: input) } }
                .filter { !seen.contains($0.key) }
            guard !waiting.isEmpty else { return }
            for start in stride(from: 0, to: waiting.count, by: options.batchSize) {
                guard !shouldStop() else { return }
                let chunk = waiting[start..<min(start + options.batchSize, waiting.count)]
                seen.formUnion(chunk.map(\.key))
                let claimed: Set<String>
                do {
                    claimed = Set(try store.claim(chunk.map(\.key), worker: worker, lease: options.lease))
                } catch {
                    report.status = .failed
                    report.message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
                    return
                }
                guard !claimed.isEmpty else { continue }
                // A file another worker archived after this one listed the inbox is gone: nothing to do.
                let mine = chunk.filter { item in
                    guard claimed.contains(item.key), case .file(let file) = item.input else { return false }
                    return FileManager.default.fileExists(atPath: file.url.path)
                }
                ingest(mine.map(\.input), store: store, options: options, shouldStop: shouldStop, into: &report)
                do {
                    // Released only now: the files are archived (or quarantined), or left for a later run.
                    try store.release(Array(claimed), worker: worker)
                } catch {
                    report.status = .failed
                    report.message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
                    return
                }
                guard report.status == .running else { return }
            }
        }
    }

    /// Re-scores stale documents when no other process is doing so.
    func rescoreOnce(
        _ store: any ClaimingStore, options: NightlyOptions, shouldStop: () -> Bool, into report: inout NightlyReport
    ) {
        let worker = Self.workerName(0)
        do {
            guard try !store.claim([Self.rescoreClaim], worker: worker, lease: options.lease).isEmpty else { return }
            rescore(batchSize: options.batchSize, shouldStop: shouldStop, into: &report)
            try store.release([Self.rescoreClaim], worker: worker)
        } catch {
            report.status = .failed
            report.message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        }
    }
}

/// What each worker thread did, collected under a lock.
private final class PartialReports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [NightlyReport]

    init(count: Int) {
        reports = Array(repeating: NightlyReport(), count: count)
    }

    func set(_ index: Int, _ report: NightlyReport) {
        lock.lock()
        defer { lock.unlock() }
        reports[index] = report
    }

    var all: [NightlyReport] {
        lock.lock()
        defer { lock.unlock() }
        return reports
    }
}
