import BarometerText
import Foundation
import GRDB

/// A row of `document`: one version of one document.
struct DocumentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"

    var id: Int64?
    var contentHash: String
    var lineage: String
    var version: Int
    var isCurrent: Bool
    var source: String
    var language: String
    var languageDetected: Bool
    var published: String?
    var publishedInferred: Bool
    /// The publication instant in UTC (`UTCInstantText`), when the metadata gave one.
    var publishedAt: String?
    var title: String?
    var url: String?
    var origin: String
    var text: String
    var characters: Int
    var excludedCharacters: Int
    var sentenceCount: Int
    /// Figures (mentions other than dates), kept on the document so trends count them without reading mentions.
    var figureCount: Int
    var score: Double?
    var positive: Double?
    var negative: Double?
    var neutral: Double?
    var label: String?
    var extractorVersion: String
    var lexiconVersion: String
    var ingestedAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case contentHash = "content_hash"
        case lineage, version
        case isCurrent = "is_current"
        case source, language
        case languageDetected = "language_detected"
        case published
        case publishedInferred = "published_inferred"
        case publishedAt = "published_at"
        case title, url, origin, text, characters
        case excludedCharacters = "excluded_characters"
        case sentenceCount = "sentence_count"
        case figureCount = "figure_count"
        case score, positive, negative, neutral, label
        case extractorVersion = "extractor_version"
        case lexiconVersion = "lexicon_version"
        case ingestedAt = "ingested_at"
        case updatedAt = "updated_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let contentHash = Column(CodingKeys.contentHash)
        static let lineage = Column(CodingKeys.lineage)
        static let version = Column(CodingKeys.version)
        static let isCurrent = Column(CodingKeys.isCurrent)
        static let source = Column(CodingKeys.source)
        static let language = Column(CodingKeys.language)
        static let published = Column(CodingKeys.published)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var metadata: DocumentMetadata {
        DocumentMetadata(
            language: Language(code: language) ?? .undetermined, published: published.flatMap(Day.init),
            publishedInferred: publishedInferred, title: title, url: url, origin: origin,
            publishedAt: publishedAt.flatMap(Self.instant))
    }

    /// The instant of a stored `published_at`.
    static func instant(_ text: String) -> Date? {
        UTCInstantText.seconds(text).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    var summary: DocumentSummary {
        DocumentSummary(
            id: id ?? 0, source: source, language: Language(code: language) ?? .undetermined,
            published: published.flatMap(Day.init), publishedInferred: publishedInferred, title: title, url: url,
            sentences: sentenceCount, characters: characters, excludedCharacters: excludedCharacters, version: version,
            isCurrent: isCurrent, contentHash: contentHash, origin: origin, score: score, label: label,
            publishedAt: publishedAt.flatMap(Self.instant))
    }
}

extension DocumentRecord {
    init(_ document: StoredDocument, version: Int, timestamp: String) {
        self.init(
            id: nil, contentHash: document.contentHash, lineage: document.lineage, version: version, isCurrent: true,
            source: document.source, language: document.language.code, languageDetected: document.languageDetected,
            published: document.published?.description, publishedInferred: document.publishedInferred,
            publishedAt: document.publishedAt.map(UTCInstantText.format), title: document.title, url: document.url,
            origin: document.origin, text: document.text,
            characters: document.characterCount, excludedCharacters: document.excludedCharacterCount,
            sentenceCount: document.sentences.count,
            figureCount: document.mentions.count { $0.kind != "date" }, score: document.score?.score,
            positive: document.score?.positive, negative: document.score?.negative,
            neutral: document.score?.neutral, label: document.score?.label,
            extractorVersion: document.extractorVersion, lexiconVersion: document.lexiconVersion,
            ingestedAt: timestamp, updatedAt: timestamp)
    }

    /// Copies the metadata that may change without the text changing.
    mutating func take(_ metadata: DocumentMetadata, timestamp: String) {
        language = metadata.language.code
        published = metadata.published?.description
        publishedInferred = metadata.publishedInferred
        publishedAt = metadata.publishedAt.map(UTCInstantText.format)
        title = metadata.title
        url = metadata.url
        origin = metadata.origin
        updatedAt = timestamp
    }
}

extension DocumentRecord {
    /// The columns a summary needs (everything but the text).
    static var summaryColumns: [any SQLSelectable] {
        [
            "id", "source", "language", "published", "published_inferred", "published_at", "title", "url",
            "sentence_count", "characters", "excluded_characters", "version", "is_current", "content_hash", "origin",
            "score", "label",
        ].map { Column($0) }
    }

    static func summary(_ row: Row) -> DocumentSummary {
        DocumentSummary(
            id: row["id"], source: row["source"], language: Language(code: row["language"] as String) ?? .undetermined,
            published: (row["published"] as String?).flatMap(Day.init), publishedInferred: row["published_inferred"],
            title: row["title"], url: row["url"], sentences: row["sentence_count"], characters: row["characters"],
            excludedCharacters: row["excluded_characters"], version: row["version"], isCurrent: row["is_current"],
            contentHash: row["content_hash"], origin: row["origin"], score: row["score"], label: row["label"],
            publishedAt: (row["published_at"] as String?).flatMap(instant))
    }
}

extension DerivableRequest<DocumentRecord> {
    /// Documents that are the current version of their lineage.
    func current() -> Self {
        filter(DocumentRecord.Columns.isCurrent == true)
    }
}
