import BarometerStore
import BarometerText
import Foundation
import Logging

/// Flags that override every other source of metadata for one ingest.
public struct IngestOverrides: Sendable, Hashable {
    public var source: String?
    public var language: Language?
    public var published: Day?

    public init(source: String? = nil, language: Language? = nil, published: Day? = nil) {
        self.source = source
        self.language = language
        self.published = published
    }
}

/// What an ingest did.
public struct IngestReport: Sendable {
    public var outcome = BatchOutcome()
    /// Inputs (files, JSONL lines, manifest entries) that could not be ingested.
    public var failed = 0
    public var diagnostics: [Diagnostic] = []
    /// The store error that stopped the ingest, if any; batches stored before it are kept.
    public var storeError: StoreError?
    /// Documents that went through analysis (not already stored).
    public var analysed = 0
    /// True when the ingest was asked to stop and ended after a batch, leaving inputs unread.
    public var stoppedEarly = false

    /// `0 new, 5 unchanged`, with revised, updated and failed counts when there are any.
    public var summary: String {
        var parts = ["\(outcome.new) new"]
        if outcome.revised > 0 { parts.append("\(outcome.revised) revised") }
        if outcome.updated > 0 { parts.append("\(outcome.updated) updated") }
        parts.append("\(outcome.unchanged) unchanged")
        if failed > 0 { parts.append("\(failed) failed") }
        return parts.joined(separator: ", ")
    }

    public var hasErrors: Bool { failed > 0 || storeError != nil }
}

/// What happened to one input, as an ingest goes.
public enum IngestEvent: Sendable {
    /// These inputs' articles are all stored (or were stored already): they can be archived.
    case committed([IngestInput])
    /// This input could not be read or parsed; some of its articles may still have been stored (JSONL).
    case failed(IngestInput, [Diagnostic])
}

/// Progress of a long ingest, for a progress line.
public struct IngestProgress: Sendable {
    public var inputsDone: Int
    public var inputsTotal: Int
    public var documents: Int
}

/// `barometer ingest`: reads inputs, analyses new documents and stores them batch by batch.
///
/// Documents whose identity (normalised text plus source) is already stored are not analysed again; changed
/// metadata updates them in place. Each batch is one transaction.
public struct Ingestor: Sendable {
    public let store: any Store
    public let analyser: DocumentAnalyser
    public let logger: Logger
    /// Documents per transaction. 200 keeps a batch's memory small while amortising the commit (fsync) cost,
    /// which dominates below about 50 documents per transaction on the development machine.
    public var batchSize = 200

    public init(store: any Store, analyser: DocumentAnalyser, logger: Logger) {
        self.store = store
        self.analyser = analyser
        self.logger = logger
    }

    public func ingest(
        paths: [String], overrides: IngestOverrides, standardInput: () -> Data,
        progress: (IngestProgress) -> Void = { _ in }
    ) -> IngestReport {
        var diagnostics: [Diagnostic] = []
        let inputs = InputCollector().collect(paths, diagnostics: &diagnostics)
        var report = ingest(inputs, overrides: overrides, standardInput: standardInput, progress: progress)
        report.failed += diagnostics.filter { $0.severity == .error }.count
        report.diagnostics = diagnostics + report.diagnostics
        return report
    }

    /// Ingests collected inputs batch by batch.
    ///
    /// - Parameters:
    ///   - events: told when an input's articles are all committed, or when an input failed to read; an input
    ///     is committed only once the transaction holding its last article has.
    ///   - shouldStop: asked between batches; when it says yes, the ingest ends after the batch in hand.
    public func ingest(
        _ inputs: [IngestInput], overrides: IngestOverrides, standardInput: () -> Data,
        progress: (IngestProgress) -> Void = { _ in }, events: (IngestEvent) -> Void = { _ in },
        shouldStop: () -> Bool = { false }
    ) -> IngestReport {
        var report = IngestReport()
        let reader = ArticleReader()
        var pending: [ReadArticle] = []
        var pendingInputs: [IngestInput] = []
        var documents = 0

        for (position, input) in inputs.enumerated() {
            var diagnostics: [Diagnostic] = []
            let articles: [ReadArticle]
            switch input {
            case .file(let file): articles = reader.read(file, diagnostics: &diagnostics)
            case .standardInput: articles = reader.readStandardInput(standardInput(), diagnostics: &diagnostics)
            }
            let errors = diagnostics.filter { $0.severity == .error }
            report.failed += errors.count
            report.diagnostics += diagnostics
            if !errors.isEmpty { events(.failed(input, errors)) }
            if articles.isEmpty {
                if errors.isEmpty { events(.committed([input])) }
            } else {
                pending += articles
                pendingInputs.append(input)
                documents += articles.count
            }
            // Batches close at input boundaries, so a committed batch means whole inputs are stored.
            if pending.count >= batchSize {
                guard store(&pending, overrides: overrides, into: &report) else { return report }
                events(.committed(pendingInputs))
                pendingInputs.removeAll()
                if shouldStop() {
                    report.stoppedEarly = true
                    return report
                }
            }
            progress(IngestProgress(inputsDone: position + 1, inputsTotal: inputs.count, documents: documents))
        }
        if store(&pending, overrides: overrides, into: &report), !pendingInputs.isEmpty {
            events(.committed(pendingInputs))
        }
        return report
    }

    /// Analyses and stores the pending articles as one batch; false when the store failed.
    private func store(
        _ pending: inout [ReadArticle], overrides: IngestOverrides, into report: inout IngestReport
    ) -> Bool {
        defer { pending.removeAll(keepingCapacity: true) }
        guard !pending.isEmpty else { return true }
        do {
            let settled = pending.map { settle($0, overrides: overrides) }
            let known = try store.lookup(contentHashes: settled.map(\.hash))
            var batch: [StoredDocument] = []
            batch.reserveCapacity(settled.count)
            for item in settled {
                if known[item.hash] != nil {
                    // Stored already: no analysis; the store compares and updates metadata only.
                    batch.append(metadataOnly(item))
                } else {
                    var notes: [Diagnostic] = []
                    batch.append(analyser.analyse(item.article, source: item.source, notes: &notes))
                    report.diagnostics += notes
                    report.analysed += 1
                }
            }
            let outcome = try store.apply(batch)
            report.outcome = report.outcome + outcome
            logger.debug(
                "stored a batch",
                metadata: ["batch.documents": "\(batch.count)", "batch.new": "\(outcome.new)"])
            return true
        } catch let error as StoreError {
            report.storeError = error
            return false
        } catch {
            report.storeError = .database(path: "?", operation: "store a batch", detail: "\(error)")
            return false
        }
    }

    private struct Settled {
        var article: ReadArticle
        var source: String
        var hash: String
    }

    /// Applies the flags over the article's metadata and fixes its source and identity.
    private func settle(_ article: ReadArticle, overrides: IngestOverrides) -> Settled {
        var settled = article
        let flags = ArticleMetadata(
            source: overrides.source, language: overrides.language, published: overrides.published)
        settled.metadata = flags.filled(from: article.metadata)
        let source = settled.metadata.source ?? Self.defaultSource(for: article.origin)
        settled.metadata.source = source
        return Settled(
            article: settled, source: source, hash: DocumentIdentity.hash(text: article.text, source: source))
    }

    /// Without a source in flags or metadata: the name of the file's folder, or `stdin`.
    static func defaultSource(for origin: String) -> String {
        if origin == "-" { return "stdin" }
        let path = origin.split(separator: ":").first.map(String.init) ?? origin
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
        return folder.isEmpty || folder == "/" ? "unknown" : folder
    }

    /// A stand-in for a stored document: identity and metadata only, for the store to compare.
    private func metadataOnly(_ item: Settled) -> StoredDocument {
        let metadata = item.article.metadata
        return StoredDocument(
            contentHash: item.hash, lineage: item.hash, source: item.source,
            language: metadata.language ?? .undetermined, languageDetected: metadata.language == nil,
            published: metadata.published, publishedInferred: false, title: metadata.title, url: metadata.url,
            origin: item.article.origin, text: item.article.text, excluded: [], sentences: [], mentions: [],
            score: nil, extractorVersion: DocumentAnalyser.extractorVersion,
            lexiconVersion: analyser.scorer.lexiconVersion, publishedAt: metadata.publishedAt)
    }
}
