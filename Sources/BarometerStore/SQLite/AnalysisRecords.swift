import BarometerText
import GRDB

/// A row of `sentence`.
struct SentenceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sentence"

    var documentId: Int64
    var idx: Int
    var start: Int
    var end: Int
    var text: String
    var score: Double?
    var positive: Double?
    var negative: Double?
    var neutral: Double?
    var label: String?

    enum CodingKeys: String, CodingKey {
        case documentId = "document_id"
        case idx, start, end, text, score, positive, negative, neutral, label
    }

    init(documentId: Int64, _ sentence: StoredSentence) {
        self.documentId = documentId
        idx = sentence.index
        start = sentence.range.start
        end = sentence.range.end
        text = sentence.text
        score = sentence.score?.score
        positive = sentence.score?.positive
        negative = sentence.score?.negative
        neutral = sentence.score?.neutral
        label = sentence.score?.label
    }
}

/// A row of `excluded_range`.
struct ExcludedRangeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "excluded_range"

    var documentId: Int64
    var start: Int
    var end: Int
    var kind: String

    enum CodingKeys: String, CodingKey {
        case documentId = "document_id"
        case start, end, kind
    }

    enum Columns {
        static let documentId = Column(CodingKeys.documentId)
        static let start = Column(CodingKeys.start)
    }
}

/// A row of `mention`.
struct MentionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mention"

    var documentId: Int64
    var idx: Int
    var sentenceIdx: Int?
    var kind: String
    var text: String
    var start: Int
    var end: Int
    var value: String?
    var valueReal: Double?
    var unit: String?
    var currency: String?
    var currencyText: String?
    var approximate: Bool
    var bound: String?
    var direction: String?
    var dateStart: String?
    var dateEnd: String?
    var granularity: String?
    var subject: String?
    var subjectKey: String?
    var whenStart: String?
    var whenEnd: String?
    var whenGranularity: String?
    var whenFrom: String?
    var restatesIdx: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case documentId = "document_id"
        case idx
        case sentenceIdx = "sentence_idx"
        case kind, text, start, end, value
        case valueReal = "value_real"
        case unit, currency
        case currencyText = "currency_text"
        case approximate, bound, direction
        case dateStart = "date_start"
        case dateEnd = "date_end"
        case granularity, subject
        case subjectKey = "subject_key"
        case whenStart = "when_start"
        case whenEnd = "when_end"
        case whenGranularity = "when_granularity"
        case whenFrom = "when_from"
        case restatesIdx = "restates_idx"
    }

    /// The columns in the order of `CodingKeys`, which `init(row:at:)` reads them in: listings decode by position,
    /// several times faster than by name for the tens of thousands of rows a month's timeline holds.
    static let columnNames = CodingKeys.allCases.map(\.rawValue)

    /// The columns selected from `alias`, in the order of `columnNames`.
    static func selection(_ alias: String) -> String {
        columnNames.map { "\(alias).\"\($0)\"" }.joined(separator: ", ")
    }

    init(row: Row, at offset: Int) {
        documentId = row[offset + 0]
        idx = row[offset + 1]
        sentenceIdx = row[offset + 2]
        kind = row[offset + 3]
        text = row[offset + 4]
        start = row[offset + 5]
        end = row[offset + 6]
        value = row[offset + 7]
        valueReal = row[offset + 8]
        unit = row[offset + 9]
        currency = row[offset + 10]
        currencyText = row[offset + 11]
        approximate = row[offset + 12]
        bound = row[offset + 13]
        direction = row[offset + 14]
        dateStart = row[offset + 15]
        dateEnd = row[offset + 16]
        granularity = row[offset + 17]
        subject = row[offset + 18]
        subjectKey = row[offset + 19]
        whenStart = row[offset + 20]
        whenEnd = row[offset + 21]
        whenGranularity = row[offset + 22]
        whenFrom = row[offset + 23]
        restatesIdx = row[offset + 24]
    }

    init(documentId: Int64, index: Int, _ m: StoredMention) {
        self.documentId = documentId
        idx = index
        sentenceIdx = m.sentence
        kind = m.kind
        text = m.text
        start = m.range.start
        end = m.range.end
        value = m.value
        valueReal = m.value.flatMap(Double.init)
        unit = m.unit
        currency = m.currency
        currencyText = m.currencyText
        approximate = m.approximate
        bound = m.bound
        direction = m.direction
        dateStart = m.dateStart?.description
        dateEnd = m.dateEnd?.description
        granularity = m.granularity
        subject = m.subject
        subjectKey = m.subject?.lowercased()
        whenStart = m.whenStart?.description
        whenEnd = m.whenEnd?.description
        whenGranularity = m.whenGranularity
        whenFrom = m.whenFrom
        restatesIdx = m.restates
    }
}
