import BarometerText

/// How a nightly run ended.
public enum RunStatus: String, Sendable, Codable, CaseIterable {
    /// Under way (or killed: the next run marks such runs `abandoned`).
    case running
    case completed
    /// Completed; some inputs could not be ingested and were reported (and quarantined).
    case completedWithFailures = "completed-with-failures"
    /// Stopped by SIGTERM or SIGINT after finishing the batch in hand.
    case interrupted
    /// Stopped by an error (store unusable, disk full): batches stored before it are kept.
    case failed
    /// Found still `running` by a later run: the process was killed; its committed batches are kept.
    case abandoned
}

/// Counts of one run.
public struct RunCounts: Sendable, Hashable, Codable {
    public var new = 0
    public var revised = 0
    public var updated = 0
    public var rescored = 0
    public var unchanged = 0
    public var failed = 0

    public init(
        new: Int = 0, revised: Int = 0, updated: Int = 0, rescored: Int = 0, unchanged: Int = 0, failed: Int = 0
    ) {
        self.new = new
        self.revised = revised
        self.updated = updated
        self.rescored = rescored
        self.unchanged = unchanged
        self.failed = failed
    }
}

/// One recorded run.
public struct RunSummary: Sendable, Hashable {
    public var id: Int64
    public var command: String
    public var startedAt: String
    public var finishedAt: String?
    public var status: RunStatus
    public var counts: RunCounts
    public var extractorVersion: String
    public var lexiconVersion: String
    public var durationSeconds: Double?
    public var message: String?

    public init(
        id: Int64, command: String, startedAt: String, finishedAt: String?, status: RunStatus, counts: RunCounts,
        extractorVersion: String, lexiconVersion: String, durationSeconds: Double?, message: String?
    ) {
        self.id = id
        self.command = command
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.counts = counts
        self.extractorVersion = extractorVersion
        self.lexiconVersion = lexiconVersion
        self.durationSeconds = durationSeconds
        self.message = message
    }
}

/// A stored document whose analysis is older than the current extractor or lexicons, with what re-analysis needs.
public struct StaleDocument: Sendable, Hashable {
    public var id: Int64
    public var contentHash: String
    public var lineage: String
    public var source: String
    /// The language as given, or nil when it was detected (re-detected on re-analysis).
    public var givenLanguage: Language?
    /// The publication date as given, or nil when it was inferred (re-inferred on re-analysis).
    public var givenPublished: Day?
    public var title: String?
    public var url: String?
    public var origin: String
    public var text: String

    public init(
        id: Int64, contentHash: String, lineage: String, source: String, givenLanguage: Language?, givenPublished: Day?,
        title: String?, url: String?, origin: String, text: String
    ) {
        self.id = id
        self.contentHash = contentHash
        self.lineage = lineage
        self.source = source
        self.givenLanguage = givenLanguage
        self.givenPublished = givenPublished
        self.title = title
        self.url = url
        self.origin = origin
        self.text = text
    }
}
