import BarometerText
import Foundation

/// The length of a trend's periods. Weeks are ISO weeks (Monday to Sunday).
public enum TrendPeriod: String, Sendable, CaseIterable, Hashable {
    case day, week, month

    /// The first day of the period holding `day`.
    public func start(of day: Day) -> Day {
        switch self {
        case .day: return day
        case .week: return day.adding(days: 1 - day.isoWeekday)
        case .month: return Day(year: day.year, month: day.month, day: 1)
        }
    }

    /// The last day of the period starting at `start`.
    public func end(startingAt start: Day) -> Day {
        switch self {
        case .day: return start
        case .week: return start.adding(days: 6)
        case .month:
            return Day(year: start.year, month: start.month, day: Day.daysInMonth(year: start.year, month: start.month))
        }
    }

    /// The start of the next period.
    public func next(after start: Day) -> Day {
        end(startingAt: start).adding(days: 1)
    }
}

/// Which documents and sentences a trend aggregates.
public struct TrendQuery: Sendable, Hashable {
    public var every: TrendPeriod
    public var sources: [String] = []
    public var language: Language?
    /// Publication date bounds, inclusive.
    public var from: Day?
    public var to: Day?
    /// Only sentences mentioning this term (case-insensitive, any language).
    public var term: String?
    /// Only sentences holding a figure whose subject contains this text.
    public var subject: String?
    /// One series over all sources instead of one per source.
    public var overall = false
    /// The zone whose calendar days the periods (and `from`/`to`) count: a document belongs to the period holding
    /// its publication instant's local day there, or its publication day when only the day is known.
    public var timeZone = TrendTimeZone.utc

    public init(
        every: TrendPeriod, sources: [String] = [], language: Language? = nil, from: Day? = nil, to: Day? = nil,
        term: String? = nil, subject: String? = nil, overall: Bool = false, timeZone: TimeZone = TrendTimeZone.utc
    ) {
        self.every = every
        self.sources = sources
        self.language = language
        self.from = from
        self.to = to
        self.term = term
        self.subject = subject
        self.overall = overall
        self.timeZone = timeZone
    }
}

/// The sums of one period of one series, as the engine aggregates them.
public struct TrendBucket: Sendable, Hashable {
    public var periodStart: Day
    /// The source, or nil for the overall series.
    public var source: String?
    public var documents: Int
    public var sentences: Int
    /// Documents with a score (analysed languages).
    public var scored: Int
    public var scoreSum: Double
    public var scoreSquares: Double
    public var positive: Int
    public var negative: Int
    /// Figures (not dates) found in the period's documents (or in the matching sentences).
    public var figures: Int

    public init(
        periodStart: Day, source: String?, documents: Int, sentences: Int, scored: Int, scoreSum: Double,
        scoreSquares: Double, positive: Int, negative: Int, figures: Int
    ) {
        self.periodStart = periodStart
        self.source = source
        self.documents = documents
        self.sentences = sentences
        self.scored = scored
        self.scoreSum = scoreSum
        self.scoreSquares = scoreSquares
        self.positive = positive
        self.negative = negative
        self.figures = figures
    }
}
