import BarometerText
import Foundation

/// The engine boundary: everything the pipeline and the queries ask of a store.
///
/// SQLite (`SQLiteStore`) is the embedded default. Another engine implements the same protocol;
/// nothing above this module knows which engine it talks to.
public protocol Store: Sendable {
    /// The engine and its version, for `barometer status` ("SQLite 3.40.1").
    func engineDescription() throws -> String

    /// What the store already holds for these identities, so unchanged documents skip analysis.
    func lookup(contentHashes: [String]) throws -> [String: DocumentMetadata]

    /// Stores one batch in one transaction: either every document of the batch is stored, or none is.
    func apply(_ batch: [StoredDocument]) throws -> BatchOutcome

    /// Visits current documents (or every version) in publication order, one at a time, so a listing of any
    /// size runs in constant memory.
    func forEachDocument(_ query: DocumentQuery, _ body: (DocumentSummary) throws -> Void) throws

    /// The excluded (page furniture) ranges of one document, in text order.
    func excludedRanges(documentID: Int64) throws -> [ExcludedRange]

    /// Visits figures and dates of current documents, one at a time; events (figures) ordered by the date they
    /// refer to, other listings by document and position.
    func forEachMention(_ query: MentionQuery, _ body: (MentionRow) throws -> Void) throws

    /// Scored sentences of current documents, by publication date and position.
    func sentenceScores(_ query: SentimentQuery) throws -> [SentenceScoreRow]

    /// Per source: the mean article score over the period, with count and standard error. With a term, an
    /// article's score is the length-weighted mean of its sentences that mention the term.
    func sourceScores(_ query: SentimentQuery) throws -> [GroupScore]

    /// Sums per period (and source) for trends, aggregated by the engine; periods without documents are absent.
    func trend(_ query: TrendQuery) throws -> [TrendBucket]

    /// Current documents analysed by another extractor or lexicon version than these, oldest first.
    func staleDocuments(extractorVersion: String, lexiconVersion: String, limit: Int) throws -> [StaleDocument]

    /// Replaces the analysis (sentences, excluded ranges, mentions, scores, versions) of stored documents,
    /// keeping their identity, in one transaction.
    func replaceAnalysis(_ batch: [(id: Int64, document: StoredDocument)]) throws

    /// Records the start of a run; runs still marked `running` become `abandoned` (call while holding the run lock).
    func startRun(command: String, extractorVersion: String, lexiconVersion: String) throws -> Int64

    /// Records how a run ended.
    func finishRun(id: Int64, status: RunStatus, counts: RunCounts, message: String?) throws

    /// Recorded runs, newest first.
    func runs(limit: Int) throws -> [RunSummary]

    /// Size of the store in bytes, when the engine can tell.
    func sizeInBytes() throws -> Int64?

    /// Per term: the mean score of the sentences that mention it (case-insensitively), with count and standard error.
    func entityScores(_ query: SentimentQuery, terms: [String]) throws -> [GroupScore]
}

extension Store {
    /// Current documents (or every version), in publication order.
    public func documents(_ query: DocumentQuery) throws -> [DocumentSummary] {
        var documents: [DocumentSummary] = []
        try forEachDocument(query) { documents.append($0) }
        return documents
    }

    /// Figures and dates of current documents (see `forEachMention`).
    public func mentions(_ query: MentionQuery) throws -> [MentionRow] {
        var rows: [MentionRow] = []
        try forEachMention(query) { rows.append($0) }
        return rows
    }
}

/// What one batch did to the store.
public struct BatchOutcome: Sendable, Hashable {
    /// Documents the store did not hold.
    public var new = 0
    /// New text for a stored document (same source and URL or origin): stored as its next version.
    public var revised = 0
    /// Same text, changed metadata: updated in place.
    public var updated = 0
    /// Already stored exactly so.
    public var unchanged = 0

    public init(new: Int = 0, revised: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.new = new
        self.revised = revised
        self.updated = updated
        self.unchanged = unchanged
    }

    public static func + (lhs: BatchOutcome, rhs: BatchOutcome) -> BatchOutcome {
        BatchOutcome(
            new: lhs.new + rhs.new, revised: lhs.revised + rhs.revised, updated: lhs.updated + rhs.updated,
            unchanged: lhs.unchanged + rhs.unchanged)
    }
}

/// Which documents a listing shows.
public struct DocumentQuery: Sendable, Hashable {
    public var sources: [String] = []
    public var language: Language?
    /// Publication date bounds, inclusive.
    public var from: Day?
    public var to: Day?
    /// Include versions superseded by newer text.
    public var allVersions = false
    public var limit: Int?

    public init(
        sources: [String] = [], language: Language? = nil, from: Day? = nil, to: Day? = nil,
        allVersions: Bool = false, limit: Int? = nil
    ) {
        self.sources = sources
        self.language = language
        self.from = from
        self.to = to
        self.allVersions = allVersions
        self.limit = limit
    }
}

/// One stored document, as listed and exported.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var source: String
    public var language: Language
    public var published: Day?
    public var publishedInferred: Bool
    /// The publication instant, when the metadata gave a time and an offset.
    public var publishedAt: Date?
    public var title: String?
    public var url: String?
    public var sentences: Int
    public var characters: Int
    public var excludedCharacters: Int
    public var version: Int
    public var isCurrent: Bool
    public var contentHash: String
    public var origin: String
    public var score: Double?
    public var label: String?

    public init(
        id: Int64, source: String, language: Language, published: Day?, publishedInferred: Bool, title: String?,
        url: String?, sentences: Int, characters: Int, excludedCharacters: Int, version: Int, isCurrent: Bool,
        contentHash: String, origin: String, score: Double?, label: String?, publishedAt: Date? = nil
    ) {
        self.id = id
        self.source = source
        self.language = language
        self.published = published
        self.publishedInferred = publishedInferred
        self.publishedAt = publishedAt
        self.title = title
        self.url = url
        self.sentences = sentences
        self.characters = characters
        self.excludedCharacters = excludedCharacters
        self.version = version
        self.isCurrent = isCurrent
        self.contentHash = contentHash
        self.origin = origin
        self.score = score
        self.label = label
    }
}
