import BarometerText

/// What one word of an alphabetic language (English, German) can mean in a date.
///
/// A word may have several meanings ("second" is an ordinal; "Ende" is a part), so every field is optional. The
/// scanner reads a word's entry for almost every token it tries a pattern at, so the entry is kept small (32 bytes,
/// copied as a plain value): small numbers in 8 or 16 bits with `min` as "none", the yes/no meanings as bits of one
/// word. The properties read and write them as ordinary optionals and booleans.
struct DateWord: Sendable {
    /// The yes/no meanings, one bit each.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let isAgoAfter = Flags(rawValue: 1 << 0)
        static let isAgoBefore = Flags(rawValue: 1 << 1)
        static let isLaterBefore = Flags(rawValue: 1 << 2)
        static let isLookBack = Flags(rawValue: 1 << 3)
        static let isRangeJoiner = Flags(rawValue: 1 << 4)
        static let isWeekend = Flags(rawValue: 1 << 5)
        static let isWeekendDeterminer = Flags(rawValue: 1 << 6)
        static let isRangeOpener = Flags(rawValue: 1 << 7)
        static let isPairJoiner = Flags(rawValue: 1 << 8)
        static let isDayCue = Flags(rawValue: 1 << 9)
        static let isCardinalAnd = Flags(rawValue: 1 << 10)
        static let isCentury = Flags(rawValue: 1 << 11)
        static let isAbbreviation = Flags(rawValue: 1 << 12)
        static let capitalisedOnly = Flags(rawValue: 1 << 13)
        static let lowercaseOnly = Flags(rawValue: 1 << 14)
        static let isYearCue = Flags(rawValue: 1 << 15)
        static let isYearWord = Flags(rawValue: 1 << 16)
        static let isFiscal = Flags(rawValue: 1 << 17)
        static let isQuantityNoun = Flags(rawValue: 1 << 18)
        static let isOrdinalSuffix = Flags(rawValue: 1 << 19)
        static let isHolidayTail = Flags(rawValue: 1 << 20)
        static let isArticle = Flags(rawValue: 1 << 21)
        static let isOf = Flags(rawValue: 1 << 22)
        static let isDecadeNoun = Flags(rawValue: 1 << 23)
        static let startsPhrase = Flags(rawValue: 1 << 24)
        static let isMonthCue = Flags(rawValue: 1 << 25)
        static let isYearDeterminer = Flags(rawValue: 1 << 26)
        static let isWeekNumberWord = Flags(rawValue: 1 << 27)
        static let weekNumberAlone = Flags(rawValue: 1 << 28)
        static let isDecadeWord = Flags(rawValue: 1 << 29)
        static let isYearLink = Flags(rawValue: 1 << 30)
        static let isPresent = Flags(rawValue: 1 << 31)
    }

    /// More yes/no meanings, in 16 bits of their own so that an entry stays 32 bytes.
    struct MoreFlags: OptionSet, Sendable {
        let rawValue: UInt16
        static let isWeekContaining = MoreFlags(rawValue: 1 << 0)
        static let isDurationOpener = MoreFlags(rawValue: 1 << 1)
        static let isBusinessDay = MoreFlags(rawValue: 1 << 2)
        static let startsWorkWeek = MoreFlags(rawValue: 1 << 3)
        static let countsOnlyInSpan = MoreFlags(rawValue: 1 << 4)
        static let isFortnight = MoreFlags(rawValue: 1 << 5)
        static let isDayNoun = MoreFlags(rawValue: 1 << 6)
        static let isWithin = MoreFlags(rawValue: 1 << 7)
        static let startsSchoolYear = MoreFlags(rawValue: 1 << 8)
        static let isSingularUnit = MoreFlags(rawValue: 1 << 9)
        static let isListJoiner = MoreFlags(rawValue: 1 << 10)
        static let startsWeekCommencing = MoreFlags(rawValue: 1 << 11)
    }

    private var flags: Flags = []
    private var moreFlags: MoreFlags = []
    private var _month: Int8 = .min
    private var _weekday: Int8 = .min
    private var _dayOffset: Int8 = .min
    private var _shift: Int8 = .min
    private var _weekdayWeekShift: Int8 = .min
    private var _ordinal: Int8 = .min
    private var _dayOrdinal: Int8 = .min
    private var _dayOrdinalTens: Int8 = .min
    private var _season: Int8 = .min
    private var _numberWord: Int8 = .min
    private var _spanShift: Int8 = .min
    private var _anchorShift: Int8 = .min
    private var _cardinal: Int16 = .min
    private var _decadeName: Int8 = .min
    var unit: Granularity?
    var agoUnit: Granularity?
    var quarterLetter: Granularity?
    var part: DatePart?
    /// "earlier"/"later" (.early/.late): the part of a period before or after the reference.
    var side: DatePart?
    /// A part of the current year or month as one word ("Jahresende", "Monatsanfang").
    var periodPart: DateLexicon.PeriodPart?
    private var relativeUnit: Granularity?
    private var relativeShift: Int8 = 0

    @inline(__always) private static func read<T: FixedWidthInteger>(_ v: T) -> Int? { v == .min ? nil : Int(v) }
    @inline(__always) private static func write<T: FixedWidthInteger>(_ v: Int?) -> T {
        guard let v else { return .min }
        precondition(v > Int(T.min) && v <= Int(T.max), "date word value \(v) out of range")
        return T(v)
    }
    @inline(__always) private func has(_ f: Flags) -> Bool { flags.contains(f) }
    @inline(__always) private mutating func set(_ f: MoreFlags, _ on: Bool) {
        if on { moreFlags.insert(f) } else { moreFlags.remove(f) }
    }
    @inline(__always) private mutating func set(_ f: Flags, _ on: Bool) {
        if on { flags.insert(f) } else { flags.remove(f) }
    }

    /// A month, 1–12.
    var month: Int? {
        get { Self.read(_month) }
        set { _month = Self.write(newValue) }
    }
    /// An ISO weekday, 1 = Monday.
    var weekday: Int? {
        get { Self.read(_weekday) }
        set { _weekday = Self.write(newValue) }
    }
    /// Days from the reference ("yesterday" -1).
    var dayOffset: Int? {
        get { Self.read(_dayOffset) }
        set { _dayOffset = Self.write(newValue) }
    }
    /// "last" -1, "this" 0, "next" 1.
    var shift: Int? {
        get { Self.read(_shift) }
        set { _shift = Self.write(newValue) }
    }
    /// "previous" (-1), "following" (1) before a weekday: that weekday of the shifted week.
    var weekdayWeekShift: Int? {
        get { Self.read(_weekdayWeekShift) }
        set { _weekdayWeekShift = Self.write(newValue) }
    }
    /// "first" … "fourth": a quarter or half, or a week of a month.
    var ordinal: Int? {
        get { Self.read(_ordinal) }
        set { _ordinal = Self.write(newValue) }
    }
    /// A day of the month as an ordinal word ("fourth", "zweiten", "neunundzwanzigsten").
    var dayOrdinal: Int? {
        get { Self.read(_dayOrdinal) }
        set { _dayOrdinal = Self.write(newValue) }
    }
    /// The tens of a compound English ordinal ("twenty" in "twenty-first").
    var dayOrdinalTens: Int? {
        get { Self.read(_dayOrdinalTens) }
        set { _dayOrdinalTens = Self.write(newValue) }
    }
    /// A season, by the month it begins in (meteorological seasons: 3 spring, 6 summer, 9 autumn, 12 winter).
    var season: Int? {
        get { Self.read(_season) }
        set { _season = Self.write(newValue) }
    }
    /// A small number as a word ("two", "drei", "a").
    var numberWord: Int? {
        get { Self.read(_numberWord) }
        set { _numberWord = Self.write(newValue) }
    }
    /// "last", "next", "past", "nächsten" before a count: "the last 3 months" (-1), "next five days" (+1).
    var spanShift: Int? {
        get { Self.read(_spanShift) }
        set { _spanShift = Self.write(newValue) }
    }
    /// "before" (-1), "after"/"from" (1) between a count of units and the day it counts from.
    var anchorShift: Int? {
        get { Self.read(_anchorShift) }
        set { _anchorShift = Self.write(newValue) }
    }
    /// A number word of a year written out: "nineteen" 19, "ninety" 90, "thousand" 1000.
    var cardinal: Int? {
        get { Self.read(_cardinal) }
        set { _cardinal = Self.write(newValue) }
    }
    /// A decade as a word, by the last two digits of its first year: "nineties" 90.
    var decadeName: Int? {
        get { Self.read(_decadeName) }
        set { _decadeName = Self.write(newValue) }
    }
    /// A word for the reference day at a range's end or an offset's anchor: "now", "date" in "to date".
    var isPresent: Bool {
        get { has(.isPresent) }
        set { set(.isPresent, newValue) }
    }
    /// "in", "of" between a date and its year: "28 June in 2020", "April of 87".
    var isYearLink: Bool {
        get { has(.isYearLink) }
        set { set(.isYearLink, newValue) }
    }
    /// "beginning", "starting", "commencing" after "week": the week holding the day after it.
    var isWeekContaining: Bool {
        get { moreFlags.contains(.isWeekContaining) }
        set { set(.isWeekContaining, newValue) }
    }
    /// "business", "trading" before "days": weekdays only.
    var isBusinessDay: Bool {
        get { moreFlags.contains(.isBusinessDay) }
        set { set(.isBusinessDay, newValue) }
    }
    /// The first word of a phrase that alone names this week's Monday to Friday ("unter" of "unter der Woche").
    var startsWorkWeek: Bool {
        get { moreFlags.contains(.startsWorkWeek) }
        set { set(.startsWorkWeek, newValue) }
    }
    /// A number word that counts only right after a span word: "beiden" in "die nächsten beiden Tage" (but "in
    /// beiden Monaten" is "in both months").
    var countsOnlyInSpan: Bool {
        get { moreFlags.contains(.countsOnlyInSpan) }
        set { set(.countsOnlyInSpan, newValue) }
    }
    /// "fortnight": two weeks, counted ("in a fortnight") or as a period of two ISO weeks ("next fortnight").
    var isFortnight: Bool {
        get { moreFlags.contains(.isFortnight) }
        set { set(.isFortnight, newValue) }
    }
    /// "day" closing a clause after an article ("for the day", "the day before."): the reference day (± 1).
    var isDayNoun: Bool {
        get { moreFlags.contains(.isDayNoun) }
        set { set(.isDayNoun, newValue) }
    }
    /// "within" before a count of units: from the reference up to the day before that many units have passed.
    var isWithin: Bool {
        get { moreFlags.contains(.isWithin) }
        set { set(.isWithin, newValue) }
    }
    /// The first word of a school-year phrase ("school" of "school year", "sy").
    var startsSchoolYear: Bool {
        get { moreFlags.contains(.startsSchoolYear) }
        set { set(.startsSchoolYear, newValue) }
    }
    /// A unit in the singular ("week"): after a count other than one it belongs to another phrase ("3 next week").
    var isSingularUnit: Bool {
        get { moreFlags.contains(.isSingularUnit) }
        set { set(.isSingularUnit, newValue) }
    }
    /// "or", "and" between two weekdays: the second may be abbreviated ("Mon or Tue").
    var isListJoiner: Bool {
        get { moreFlags.contains(.isListJoiner) }
        set { set(.isListJoiner, newValue) }
    }
    /// The first letters of an abbreviation for "the week commencing" ("w" of "w/c").
    var startsWeekCommencing: Bool {
        get { moreFlags.contains(.startsWeekCommencing) }
        set { set(.startsWeekCommencing, newValue) }
    }
    /// "for" in "for 3 days from today".
    var isDurationOpener: Bool {
        get { moreFlags.contains(.isDurationOpener) }
        set { set(.isDurationOpener, newValue) }
    }
    /// A word that is a whole relative date by itself ("Vorjahr" = year, -1).
    var relative: (unit: Granularity, shift: Int)? {
        get { relativeUnit.map { ($0, Int(relativeShift)) } }
        set {
            relativeUnit = newValue?.unit
            relativeShift = Self.write(newValue?.shift ?? 0)
        }
    }
    /// "ago".
    var isAgoAfter: Bool {
        get { has(.isAgoAfter) }
        set { set(.isAgoAfter, newValue) }
    }
    /// "vor" in "vor drei Tagen".
    var isAgoBefore: Bool {
        get { has(.isAgoBefore) }
        set { set(.isAgoBefore, newValue) }
    }
    /// "in" in "in two weeks": the day that many units after the reference.
    var isLaterBefore: Bool {
        get { has(.isLaterBefore) }
        set { set(.isLaterBefore, newValue) }
    }
    /// A word before "in" that makes "in two years" a span looked back over ("highest in two years"), not a date.
    var isLookBack: Bool {
        get { has(.isLookBack) }
        set { set(.isLookBack, newValue) }
    }
    /// A one-word joiner of a range without an opener: "to", "through", "bis".
    var isRangeJoiner: Bool {
        get { has(.isRangeJoiner) }
        set { set(.isRangeJoiner, newValue) }
    }
    /// "weekend", "Wochenende": Saturday and Sunday of a week.
    var isWeekend: Bool {
        get { has(.isWeekend) }
        set { set(.isWeekend, newValue) }
    }
    /// "the" before "weekend".
    var isWeekendDeterminer: Bool {
        get { has(.isWeekendDeterminer) }
        set { set(.isWeekendDeterminer, newValue) }
    }
    /// "from", "between": opens a range.
    var isRangeOpener: Bool {
        get { has(.isRangeOpener) }
        set { set(.isRangeOpener, newValue) }
    }
    /// "and": joins the two ends of a range after "between".
    var isPairJoiner: Bool {
        get { has(.isPairJoiner) }
        set { set(.isPairJoiner, newValue) }
    }
    /// "on", "by", "until": before "the 18th", a day of the month alone.
    var isDayCue: Bool {
        get { has(.isDayCue) }
        set { set(.isDayCue, newValue) }
    }
    /// "and" in "two thousand and fifteen".
    var isCardinalAnd: Bool {
        get { has(.isCardinalAnd) }
        set { set(.isCardinalAnd, newValue) }
    }
    /// "century".
    var isCentury: Bool {
        get { has(.isCentury) }
        set { set(.isCentury, newValue) }
    }
    /// "Jan", "Mon".
    var isAbbreviation: Bool {
        get { has(.isAbbreviation) }
        set { set(.isAbbreviation, newValue) }
    }
    /// A date word only when capitalised ("May").
    var capitalisedOnly: Bool {
        get { has(.capitalisedOnly) }
        set { set(.capitalisedOnly, newValue) }
    }
    /// A date word only in lower case ("morgen", not "Morgen").
    var lowercaseOnly: Bool {
        get { has(.lowercaseOnly) }
        set { set(.lowercaseOnly, newValue) }
    }
    /// "in", "since": before a year.
    var isYearCue: Bool {
        get { has(.isYearCue) }
        set { set(.isYearCue, newValue) }
    }
    /// "year", "fiscal" before a year.
    var isYearWord: Bool {
        get { has(.isYearWord) }
        set { set(.isYearWord, newValue) }
    }
    /// "fiscal", "FY".
    var isFiscal: Bool {
        get { has(.isFiscal) }
        set { set(.isFiscal, newValue) }
    }
    /// "jobs", "people": a number before it is an amount.
    var isQuantityNoun: Bool {
        get { has(.isQuantityNoun) }
        set { set(.isQuantityNoun, newValue) }
    }
    /// "st", "th".
    var isOrdinalSuffix: Bool {
        get { has(.isOrdinalSuffix) }
        set { set(.isOrdinalSuffix, newValue) }
    }
    /// "holiday" after a holiday's name.
    var isHolidayTail: Bool {
        get { has(.isHolidayTail) }
        set { set(.isHolidayTail, newValue) }
    }
    /// "the".
    var isArticle: Bool {
        get { has(.isArticle) }
        set { set(.isArticle, newValue) }
    }
    /// "of".
    var isOf: Bool {
        get { has(.isOf) }
        set { set(.isOf, newValue) }
    }
    /// "Jahre" in "1990er Jahre".
    var isDecadeNoun: Bool {
        get { has(.isDecadeNoun) }
        set { set(.isDecadeNoun, newValue) }
    }
    /// The first word of a holiday phrase.
    var startsPhrase: Bool {
        get { has(.startsPhrase) }
        set { set(.startsPhrase, newValue) }
    }
    /// A word after which a lower-case "may" or "march" is the month ("in may", "since march").
    var isMonthCue: Bool {
        get { has(.isMonthCue) }
        set { set(.isMonthCue, newValue) }
    }
    /// A determiner before an attributive year: "the 2005 budget", "its 2005 profit forecast".
    var isYearDeterminer: Bool {
        get { has(.isYearDeterminer) }
        set { set(.isYearDeterminer, newValue) }
    }
    /// A word before an ISO week number ("week 23", "KW 12").
    var isWeekNumberWord: Bool {
        get { has(.isWeekNumberWord) }
        set { set(.isWeekNumberWord, newValue) }
    }
    /// A week-number word that needs no cue ("KW 12").
    var weekNumberAlone: Bool {
        get { has(.weekNumberAlone) }
        set { set(.weekNumberAlone, newValue) }
    }

    /// "decade", "Jahrzehnt" after a shift word: "this decade", "the next decade".
    var isDecadeWord: Bool {
        get { has(.isDecadeWord) }
        set { set(.isDecadeWord, newValue) }
    }

    /// Whether a pattern can begin at this word (see ``AlphabeticDateRules/match(at:)``).
    var canStartDate: Bool {
        month != nil || weekday != nil || dayOffset != nil || shift != nil || relative != nil || ordinal != nil
            || dayOrdinal != nil || dayOrdinalTens != nil || season != nil || numberWord != nil || isAgoBefore
            || isLaterBefore || part != nil || side != nil || quarterLetter != nil
            || isYearWord || isWeekend || spanShift != nil || cardinal != nil || startsPhrase || isWeekNumberWord
            || periodPart != nil || weekdayWeekShift != nil || decadeName != nil || isPresent || unit != nil
            || startsWorkWeek || isFortnight || isDayNoun || isWithin || startsSchoolYear || startsWeekCommencing

    }

    /// Whether a number rule of ``AlphabeticDateRules/match(at:)`` may read this word right after a number of up to
    /// three digits: an ordinal suffix ("25th"), a unit or span word ("3 days ago"), a joiner ("3 to 5 June"), "of"
    /// or a month ("25 of March"), or, in German, an ordinal month ("am 3 vierter"). After any other word the number
    /// begins no date (``AlphabeticDateRules/followedByNoDatePart(_:)``).
    var mayFollowNumber: Bool {
        isOrdinalSuffix || agoUnit != nil || isFortnight || spanShift != nil || isRangeJoiner || isPairJoiner || isOf
            || month != nil || dayOrdinal != nil || dayOrdinalTens != nil
    }

    /// Whether a number rule of ``AlphabeticDateRules/match(at:)`` may read this word right after a four-digit
    /// number: a unit or span word (the count rules: "2000 days ago"), a joiner (``AlphabeticDateRules/cuedYear(at:)``:
    /// "2014 to 2018"), a month (``AlphabeticDateRules/yearThenMonth(at:)``: "in 2017 April") or a quarter letter
    /// (``AlphabeticDateRules/yearThenPeriod(at:)``: "2017 Q1"). See ``AlphabeticDateRules/yearReadByNoRule(_:)``.
    var mayFollowYear: Bool {
        agoUnit != nil || isFortnight || spanShift != nil || isRangeJoiner || month != nil || quarterLetter != nil
    }

    /// Whether a number rule of ``AlphabeticDateRules/match(at:)`` may read this word right before a four-digit
    /// number: a cue ("in 2022", ``AlphabeticDateRules/cuedYear(at:)``, ``AlphabeticDateRules/yearThenMonth(at:)``),
    /// a determiner ("the 2005 budget", ``AlphabeticDateRules/attributiveYear(at:)``), a joiner ("2014 to 2018") or
    /// an article (German ``AlphabeticDateRules/germanDateAfterArticle(at:)``).
    var mayPrecedeYear: Bool { isYearCue || isYearDeterminer || isRangeJoiner || isArticle }
}
