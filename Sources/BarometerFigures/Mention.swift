import BarometerText
import Foundation

/// The dimension of a figure or date found in text.
public enum MentionKind: String, Sendable, Codable, CaseIterable, Hashable {
    case number, percent, money, duration, date
}

/// How wide a resolved date is.
public enum Granularity: String, Sendable, Codable, CaseIterable, Hashable {
    case day, week, month, quarter, half, year
}

/// A resolved date: the days it covers, both ends inclusive, and how wide it was said to be.
///
///     DateRange(start: Day("2023-07-01")!, end: Day("2023-09-30")!, granularity: .quarter)   // "Q3 2023"
public struct DateRange: Sendable, Hashable, Codable {
    public var start: Day
    /// Inclusive: the last day the date covers.
    public var end: Day
    public var granularity: Granularity

    public init(start: Day, end: Day, granularity: Granularity) {
        precondition(start <= end, "DateRange start \(start) after end \(end)")
        self.start = start
        self.end = end
        self.granularity = granularity
    }

    public static func day(_ day: Day) -> DateRange { DateRange(start: day, end: day, granularity: .day) }
}

/// Which side of a value a bound word puts the true figure: "more than 480,000" is a `min`, "up to 5%" a `max`.
public enum Bound: String, Sendable, Codable, Hashable {
    case min, max
}

/// Which way a figure moved, when the text says so.
public enum Direction: String, Sendable, Codable, Hashable {
    case up, down
}

/// The unit a percent-like figure is in.
public enum PercentUnit: String, Sendable, Codable, Hashable {
    case percent = "%"
    case percentagePoint = "pp"
    case basisPoint = "bp"
}

/// The unit of a duration.
public enum DurationUnit: String, Sendable, Codable, CaseIterable, Hashable {
    case year, month, week, day, hour, minute, second
}

/// A currency as written: its ISO 4217 code when the text settles it, else nil with the sign kept.
///
///     Currency(code: "USD", text: "US$")   // settled
///     Currency(code: nil, text: "$")       // ambiguous: US, Hong Kong, Singapore … dollars
public struct Currency: Sendable, Hashable, Codable {
    /// ISO 4217 code, or nil when the sign is ambiguous and the context does not settle it.
    public var code: String?
    /// The currency as written ("US$", "元", "Franken").
    public var text: String

    public init(code: String?, text: String) {
        self.code = code
        self.text = text
    }

    public var isAmbiguous: Bool { code == nil }
}

/// Where an event's date came from.
public enum WhenSource: String, Sendable, Codable, Hashable {
    /// A date in the figure's clause or sentence.
    case text
    /// No date in the text: the document's publication date.
    case published
}

/// The date an event refers to.
public struct When: Sendable, Hashable, Codable {
    public var range: DateRange
    public var from: WhenSource

    public init(range: DateRange, from: WhenSource) {
        self.range = range
        self.from = from
    }
}

/// One figure or date found in a text, resolved.
///
/// `value` is exact (`Decimal`), in base units: "1.2万亿" is 1200000000000, "1,5 Jahren" is 1.5 (years),
/// "11.4%" is 11.4 (unit `%`). Dates carry `date` and no `value`.
public struct Mention: Sendable, Hashable {
    public var kind: MentionKind
    /// The exact surface string, as it stands in the original text.
    public var text: String
    /// Unicode scalar offsets into the original text, end exclusive.
    public var range: ScalarRange
    public var value: Decimal?
    /// For percents.
    public var percentUnit: PercentUnit?
    /// For durations.
    public var durationUnit: DurationUnit?
    /// For money.
    public var currency: Currency?
    public var approximate: Bool
    public var bound: Bound?
    public var direction: Direction?
    /// For dates: the resolved range.
    public var date: DateRange?
    /// What the figure is about ("Sora Index", "AIsphere"), when found.
    public var subject: String?
    /// For figures: the date the figure refers to.
    public var when: When?
    /// 0-based index of the sentence holding the mention, when extracted from an analysed text.
    public var sentence: Int?
    /// For an amount restated in a second currency ("480,000 yuan (US$66,700)"): index, in the
    /// extraction result, of the mention it restates.
    public var restates: Int?

    public init(
        kind: MentionKind, text: String, range: ScalarRange, value: Decimal? = nil,
        percentUnit: PercentUnit? = nil, durationUnit: DurationUnit? = nil, currency: Currency? = nil,
        approximate: Bool = false, bound: Bound? = nil, direction: Direction? = nil, date: DateRange? = nil,
        subject: String? = nil, when: When? = nil, sentence: Int? = nil, restates: Int? = nil
    ) {
        self.kind = kind
        self.text = text
        self.range = range
        self.value = value
        self.percentUnit = percentUnit
        self.durationUnit = durationUnit
        self.currency = currency
        self.approximate = approximate
        self.bound = bound
        self.direction = direction
        self.date = date
        self.subject = subject
        self.when = when
        self.sentence = sentence
        self.restates = restates
    }

    /// The unit as printed: "%", "pp", "bp" for percents, a duration unit's name, else nil.
    public var unit: String? { percentUnit?.rawValue ?? durationUnit?.rawValue }
}
