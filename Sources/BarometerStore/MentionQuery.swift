import BarometerText

/// Which figures, dates or events a listing shows.
public struct MentionQuery: Sendable, Hashable {
    public var sources: [String] = []
    public var language: Language?
    /// Keeps mentions whose date (for figures: the date they refer to) overlaps these bounds, inclusive.
    public var from: Day?
    public var to: Day?
    /// Mention kinds (`number`, `percent`, `money`, `duration`, `date`); empty for all.
    public var kinds: [String] = []
    /// Keeps mentions whose subject contains this text, case-insensitively.
    public var subject: String?
    /// Events only: figures (not dates), ordered by the date they refer to.
    public var eventsOnly = false

    public init(
        sources: [String] = [], language: Language? = nil, from: Day? = nil, to: Day? = nil, kinds: [String] = [],
        subject: String? = nil, eventsOnly: Bool = false
    ) {
        self.sources = sources
        self.language = language
        self.from = from
        self.to = to
        self.kinds = kinds
        self.subject = subject
        self.eventsOnly = eventsOnly
    }
}

/// A stored mention with the document it came from.
public struct MentionRow: Sendable, Hashable {
    public var documentID: Int64
    public var source: String
    public var language: Language
    public var published: Day?
    public var title: String?
    public var mention: StoredMention

    public init(
        documentID: Int64, source: String, language: Language, published: Day?, title: String?,
        mention: StoredMention
    ) {
        self.documentID = documentID
        self.source = source
        self.language = language
        self.published = published
        self.title = title
        self.mention = mention
    }
}
