import BarometerText
import Foundation

/// Everything the store keeps about one version of one document: metadata, original text and analysis.
///
/// Built by the pipeline from an article and the text, figures and sentiment stages; the store only persists it.
public struct StoredDocument: Sendable, Hashable {
    /// SHA-256 of the normalised text and the source: the document's identity.
    public var contentHash: String
    /// What makes two texts versions of the same document: the source plus the URL, else the origin.
    public var lineage: String
    public var source: String
    public var language: Language
    public var languageDetected: Bool
    public var published: Day?
    public var publishedInferred: Bool
    /// The publication instant, when the metadata gave a time and an offset (`2024-02-19T07:30:00+08:00`);
    /// `published` is then that timestamp's day as written.
    public var publishedAt: Date?
    public var title: String?
    public var url: String?
    /// The path, `path:line` or `-` it was read from.
    public var origin: String
    /// The original text, unchanged.
    public var text: String
    public var excluded: [ExcludedRange]
    public var sentences: [StoredSentence]
    public var mentions: [StoredMention]
    /// The article score, when the language is analysed.
    public var score: StoredScore?
    /// Versions of the code and data that produced the analysis.
    public var extractorVersion: String
    public var lexiconVersion: String

    public init(
        contentHash: String, lineage: String, source: String, language: Language, languageDetected: Bool,
        published: Day?, publishedInferred: Bool, title: String?, url: String?, origin: String, text: String,
        excluded: [ExcludedRange], sentences: [StoredSentence], mentions: [StoredMention], score: StoredScore?,
        extractorVersion: String, lexiconVersion: String, publishedAt: Date? = nil
    ) {
        self.contentHash = contentHash
        self.lineage = lineage
        self.source = source
        self.language = language
        self.languageDetected = languageDetected
        self.published = published
        self.publishedInferred = publishedInferred
        self.publishedAt = publishedAt
        self.title = title
        self.url = url
        self.origin = origin
        self.text = text
        self.excluded = excluded
        self.sentences = sentences
        self.mentions = mentions
        self.score = score
        self.extractorVersion = extractorVersion
        self.lexiconVersion = lexiconVersion
    }

    /// The metadata that may change without the text changing; a change updates the stored row in place.
    public var metadata: DocumentMetadata {
        DocumentMetadata(
            language: language, published: published, publishedInferred: publishedInferred, title: title, url: url,
            origin: origin, publishedAt: publishedAt)
    }

    public var characterCount: Int { text.unicodeScalars.count }
    public var excludedCharacterCount: Int { excluded.reduce(0) { $0 + $1.range.length } }
}

/// Metadata compared on re-ingest.
public struct DocumentMetadata: Sendable, Hashable {
    public var language: Language
    public var published: Day?
    public var publishedInferred: Bool
    public var title: String?
    public var url: String?
    /// Where the text was last read from; not compared (the same text from another file is the same document).
    public var origin: String
    /// The publication instant, when the metadata gave a time and an offset.
    public var publishedAt: Date? = nil

    public init(
        language: Language, published: Day?, publishedInferred: Bool, title: String?, url: String?, origin: String,
        publishedAt: Date? = nil
    ) {
        self.language = language
        self.published = published
        self.publishedInferred = publishedInferred
        self.title = title
        self.url = url
        self.origin = origin
        self.publishedAt = publishedAt
    }

    public static func == (lhs: DocumentMetadata, rhs: DocumentMetadata) -> Bool {
        lhs.language == rhs.language && lhs.published == rhs.published
            && lhs.publishedInferred == rhs.publishedInferred && lhs.title == rhs.title && lhs.url == rhs.url
            && lhs.publishedAt == rhs.publishedAt
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(published)
        hasher.combine(title)
        hasher.combine(url)
    }

    /// This metadata with what `document` gives explicitly: a given (not detected) language, a given (not
    /// inferred) date, a title, a URL. What the document leaves open keeps its value here.
    public func overlaid(by document: StoredDocument) -> DocumentMetadata {
        var merged = self
        if !document.languageDetected { merged.language = document.language }
        if let published = document.published, !document.publishedInferred {
            merged.published = published
            merged.publishedInferred = false
            merged.publishedAt = document.publishedAt
        }
        if let title = document.title { merged.title = title }
        if let url = document.url { merged.url = url }
        return merged
    }
}

/// A sentiment score as stored: compound score, shares and label.
public struct StoredScore: Sendable, Hashable {
    public var score: Double
    public var positive: Double
    public var negative: Double
    public var neutral: Double
    public var label: String

    public init(score: Double, positive: Double, negative: Double, neutral: Double, label: String) {
        self.score = score
        self.positive = positive
        self.negative = negative
        self.neutral = neutral
        self.label = label
    }
}

/// One sentence as stored, with its score.
public struct StoredSentence: Sendable, Hashable {
    public var index: Int
    public var range: ScalarRange
    public var text: String
    public var score: StoredScore?

    public init(index: Int, range: ScalarRange, text: String, score: StoredScore?) {
        self.index = index
        self.range = range
        self.text = text
        self.score = score
    }
}

/// One figure or date as stored. Engine-neutral: plain strings and numbers, so the store needs no
/// knowledge of the figures module.
public struct StoredMention: Sendable, Hashable {
    public var sentence: Int?
    public var kind: String
    public var text: String
    public var range: ScalarRange
    /// The exact value as a decimal string ("1200000000000", "1.5"), nil for dates.
    public var value: String?
    public var unit: String?
    public var currency: String?
    public var currencyText: String?
    public var approximate: Bool
    public var bound: String?
    public var direction: String?
    public var dateStart: Day?
    public var dateEnd: Day?
    public var granularity: String?
    public var subject: String?
    public var whenStart: Day?
    public var whenEnd: Day?
    public var whenGranularity: String?
    public var whenFrom: String?
    /// Index, within the same document's mentions, of the mention this one restates in another currency.
    public var restates: Int?

    public init(
        sentence: Int?, kind: String, text: String, range: ScalarRange, value: String?, unit: String?,
        currency: String?, currencyText: String?, approximate: Bool, bound: String?, direction: String?,
        dateStart: Day?, dateEnd: Day?, granularity: String?, subject: String?, whenStart: Day?, whenEnd: Day?,
        whenGranularity: String?, whenFrom: String?, restates: Int?
    ) {
        self.sentence = sentence
        self.kind = kind
        self.text = text
        self.range = range
        self.value = value
        self.unit = unit
        self.currency = currency
        self.currencyText = currencyText
        self.approximate = approximate
        self.bound = bound
        self.direction = direction
        self.dateStart = dateStart
        self.dateEnd = dateEnd
        self.granularity = granularity
        self.subject = subject
        self.whenStart = whenStart
        self.whenEnd = whenEnd
        self.whenGranularity = whenGranularity
        self.whenFrom = whenFrom
        self.restates = restates
    }
}
