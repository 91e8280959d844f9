import BarometerText
import Foundation

extension DateLexicon {
    /// The raw file, as decoded; tests check it entry by entry.
    struct File: Decodable, Sendable {
        var language: String
        var months: [String: Int]?
        var abbreviations: [String]?
        var capitalisedOnly: [String]?
        var lowercaseOnly: [String]?
        var weekdays: [String: Int]?
        var dayWords: [String: Int]
        var shifts: [String: Int]?
        /// "decade", "Jahrzehnt": after a shift word, a calendar decade ("the next decade": the 2030s in 2026).
        var decadeWords: [String]?
        /// Before a weekday: that weekday of the week this many weeks away ("previous Monday": Monday of last week).
        var weekdayWeekShifts: [String: Int]?
        var units: [String: Granularity]?
        var relativeWords: [String: RelativeEntry]?
        var ordinals: [String: Int]?
        var dayOrdinals: [String: Int]?
        var dayOrdinalTens: [String: Int]?
        var ordinalSuffixes: [String]?
        var parts: [String: DatePart]
        var sides: [String: DatePart]?
        var seasons: [String: Int]?
        var rangeOpeners: [String]?
        var yearDeterminers: [String]?
        var notDates: [String]?
        var periodParts: [String: PeriodPart]?
        var weekNumberWords: [String]?
        var weekNumberWordsAlone: [String]?
        var rangeJoiners: [String: String?]?
        var numberWords: [String: Int]?
        var agoUnits: [String: Granularity]?
        var agoAfter: [String]?
        var agoBefore: [String]?
        /// The mirror of `agoBefore` for the future: "in" in "in two weeks", "in drei Wochen". English and German have
        /// no mirror of `agoAfter`: "three days later", "drei Tage später" in news count from an event the text told
        /// of, not from the publication date.
        var laterBefore: [String]?
        /// Chinese "后" in "两周后", "三天后": that many units after the reference, the Chinese for "in two weeks". In a
        /// narrative ("三天后他辞职") it counts from the event told, which the rules cannot see; a count of years
        /// ("两年后") is a horizon, a duration, as "in two years" is.
        var laterAfter: [String]?
        /// Words before `laterBefore` that make the phrase a span looked back over: "highest in two years".
        var lookBack: [String]?
        /// "weekend", "Wochenende"; in Chinese what follows 周 in "周末".
        var weekend: [String]?
        /// Words before "weekend" that belong to its span: "that weekend", "am Wochenende".
        var weekendDeterminers: [String]?
        /// Words before a count of units that make it a span back (-1) or ahead (1): "the last 3 months".
        var spanShifts: [String: Int]?
        /// Words between a count of units and the day it counts from: "2 weeks before Christmas" (-1).
        var anchorShifts: [String: Int]?
        /// Words after the second end of a range that close it ("之间" in "三月和九月之间"); a joiner whose required
        /// word is a closer ("和": "之间") is satisfied by any closer.
        var rangeClosers: [String]?
        /// Words before "the 18th" that make it a day of the month: "on the 18th", "by the 15th".
        var dayCues: [String]?
        /// Number words of years written out ("nineteen ninety six", "two thousand and fifteen"): 1–19, the tens, 1000.
        var cardinals: [String: Int]?
        var cardinalAnd: [String]?
        /// "century", "Jahrhundert", "世纪" after an ordinal number.
        var century: [String]?
        var yearCues: [String]?
        var monthCues: [String]?
        var yearWords: [String]?
        var fiscalWords: [String]?
        var quarterLetters: [String: Granularity]?
        var quantityNouns: [String]?
        var holidays: [String: DateHoliday]
        var holidayTails: [String]?
        var tradingDayAfter: [String]
        var articles: [String]?
        var of: [String]?
        var decadeSuffix: String?
        var decadeNouns: [String]?
        /// Words that join a year to the day or month before it: "28 June in 2020", "April of 87".
        var yearLinks: [String]?
        /// Words for the reference day at the end or start of a range and as the anchor of an offset: "between Jan 22
        /// and now", "from March to date", "two weeks from now". Alone they are no date (Recognizers-Text calls "now" a
        /// time).
        var presentWords: [String]?
        /// Words after "week" that make it the week holding the day after them: "the week beginning February 4".
        var weekContaining: [String]?
        /// Words before a count of units that make it a stretch from a day: "for 3 days from today".
        var durationOpeners: [String]?
        /// Words before "days" that count only weekdays: "the next 4 business days", "five trading days".
        var businessDayWords: [String]?
        /// Decades as words, by the last two digits of their first year: "nineties" 90.
        var decadeNames: [String: Int]?
        /// Phrases (words separated by one space) that after a shift word name Monday to Friday of that ISO week:
        /// "workweek", "working week", "Arbeitswoche".
        var workWeeks: [String]?
        /// Phrases that alone name Monday to Friday of the reference's ISO week: "unter der Woche".
        var workWeeksAlone: [String]?
        /// Number words that count only right after a span word ("nächsten beiden Tage"), not elsewhere ("in beiden
        /// Monaten": in both months).
        var spanNumberWords: [String: Int]?
        /// Chinese words that, at the start of a clause and before a count of days or weeks, make it a span back or
        /// ahead: "前" in "前两天", "前1周" (after a noun, "赛前三天", and before months or quarters, "前三季度" is the
        /// start of a period, not a span up to the reference).
        var clauseSpanShifts: [String: Int]?
        /// Words for two weeks: "in a fortnight" (14 days on), "the fortnight", "next fortnight" (two ISO weeks from the
        /// reference's week, or the two after them).
        var fortnights: [String]?
        /// Words for a day that, after an article and closing a clause, are the reference day: "for the day", "partner
        /// of the day."; with "before"/"after", the day before or after it.
        var dayNouns: [String]?
        /// Words before a count of units making a span from the reference day on: "within 9 months".
        var withinWords: [String]?
        /// Units in the singular: "3 next week" is no span of three weeks.
        var singularUnits: [String]?
        /// Phrases naming a school year ("school year", "sy"): with a shift word before them ("this school year"),
        /// or a year after them ("school year 2008", "sy18"), the year beginning in `schoolYearStartMonth`.
        var schoolYears: [String]?
        var schoolYearStartMonth: Int?
        /// "or", "and": between two weekdays, the second may be an abbreviation ("Mon or Tue").
        var listJoiners: [String]?
        /// Abbreviations, with their symbols, that read "the week commencing": "w/c Feb 4" is the week holding 4 February.
        var weekCommencing: [String]?
        // Chinese only
        var yearWordsZh: [String: Int]?
        var relative: [String: RelativeEntry]?
        var weekdayPrefixes: [String: Int?]?
        var weekdayNames: [String: Int]?
        var halves: [String: Int]?
        var monthThirds: [String: DatePart]?
        var yearParts: [String: DatePart]?
        var monthParts: [String: DatePart]?
        var fiscal: [String]?
        var numerals: [String: Int]?
        var dayNotFollowedBy: [String]?
        /// Chinese eras counting years from their founding, with the Gregorian year before their year 1 ("民国": 1911,
        /// so 民国三年 is 1914).
        var eras: [String: Int]?
        /// Chinese words before a count of units within a year or month: its first ("前") or last ("最后") units
        /// ("今年前三季度", "2021年的最后4个月"), or its last weekday ("四月的最后一个星期一").
        var ends: [String: DatePart]?
        /// Chinese classifiers between an ordinal and its unit: "个" in "第三个月", "最后一个星期一".
        var classifiers: [String]?

        enum CodingKeys: String, CodingKey {
            case language, months, abbreviations, capitalisedOnly, lowercaseOnly, weekdays, dayWords, shifts, units,
                relativeWords, weekdayWeekShifts
            case seasons, notDates, periodParts, yearDeterminers, weekNumberWords, weekNumberWordsAlone, rangeOpeners,
                rangeJoiners, numberWords, agoUnits, agoAfter, agoBefore, laterBefore, laterAfter, lookBack, weekend,
                weekendDeterminers, spanShifts, anchorShifts, rangeClosers, dayCues, cardinals, cardinalAnd, century,
                ordinals, dayOrdinals, dayOrdinalTens, ordinalSuffixes, parts, sides, yearCues, monthCues, yearWords,
                fiscalWords, quarterLetters, quantityNouns
            case holidays, holidayTails, tradingDayAfter, articles, of, decadeSuffix, decadeNouns, decadeWords
            case yearLinks, presentWords, weekContaining, decadeNames, durationOpeners, businessDayWords
            case workWeeks, workWeeksAlone, spanNumberWords, clauseSpanShifts, fortnights, dayNouns, withinWords,
                singularUnits, schoolYears, schoolYearStartMonth, listJoiners, weekCommencing
            case relative, weekdayPrefixes, weekdayNames, halves, monthThirds, yearParts, monthParts, fiscal, numerals,
                dayNotFollowedBy
            case eras, ends, classifiers
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            language = try c.decode(String.self, forKey: .language)
            months = try c.decodeIfPresent([String: Int].self, forKey: .months)
            abbreviations = try c.decodeIfPresent([String].self, forKey: .abbreviations)
            capitalisedOnly = try c.decodeIfPresent([String].self, forKey: .capitalisedOnly)
            lowercaseOnly = try c.decodeIfPresent([String].self, forKey: .lowercaseOnly)
            weekdays = try c.decodeIfPresent([String: Int].self, forKey: .weekdays)
            dayWords = try c.decode([String: Int].self, forKey: .dayWords)
            shifts = try c.decodeIfPresent([String: Int].self, forKey: .shifts)
            weekdayWeekShifts = try c.decodeIfPresent([String: Int].self, forKey: .weekdayWeekShifts)
            units = try c.decodeIfPresent([String: Granularity].self, forKey: .units)
            relativeWords = try c.decodeIfPresent([String: RelativeEntry].self, forKey: .relativeWords)
            ordinals = try c.decodeIfPresent([String: Int].self, forKey: .ordinals)
            dayOrdinals = try c.decodeIfPresent([String: Int].self, forKey: .dayOrdinals)
            dayOrdinalTens = try c.decodeIfPresent([String: Int].self, forKey: .dayOrdinalTens)
            ordinalSuffixes = try c.decodeIfPresent([String].self, forKey: .ordinalSuffixes)
            parts = try c.decode([String: DatePart].self, forKey: .parts)
            sides = try c.decodeIfPresent([String: DatePart].self, forKey: .sides)
            seasons = try c.decodeIfPresent([String: Int].self, forKey: .seasons)
            rangeOpeners = try c.decodeIfPresent([String].self, forKey: .rangeOpeners)
            yearDeterminers = try c.decodeIfPresent([String].self, forKey: .yearDeterminers)
            notDates = try c.decodeIfPresent([String].self, forKey: .notDates)
            periodParts = try c.decodeIfPresent([String: PeriodPart].self, forKey: .periodParts)
            weekNumberWords = try c.decodeIfPresent([String].self, forKey: .weekNumberWords)
            weekNumberWordsAlone = try c.decodeIfPresent([String].self, forKey: .weekNumberWordsAlone)
            rangeJoiners = try c.decodeIfPresent([String: String?].self, forKey: .rangeJoiners)
            numberWords = try c.decodeIfPresent([String: Int].self, forKey: .numberWords)
            agoUnits = try c.decodeIfPresent([String: Granularity].self, forKey: .agoUnits)
            agoAfter = try c.decodeIfPresent([String].self, forKey: .agoAfter)
            agoBefore = try c.decodeIfPresent([String].self, forKey: .agoBefore)
            laterBefore = try c.decodeIfPresent([String].self, forKey: .laterBefore)
            laterAfter = try c.decodeIfPresent([String].self, forKey: .laterAfter)
            lookBack = try c.decodeIfPresent([String].self, forKey: .lookBack)
            weekend = try c.decodeIfPresent([String].self, forKey: .weekend)
            weekendDeterminers = try c.decodeIfPresent([String].self, forKey: .weekendDeterminers)
            spanShifts = try c.decodeIfPresent([String: Int].self, forKey: .spanShifts)
            anchorShifts = try c.decodeIfPresent([String: Int].self, forKey: .anchorShifts)
            rangeClosers = try c.decodeIfPresent([String].self, forKey: .rangeClosers)
            dayCues = try c.decodeIfPresent([String].self, forKey: .dayCues)
            cardinals = try c.decodeIfPresent([String: Int].self, forKey: .cardinals)
            cardinalAnd = try c.decodeIfPresent([String].self, forKey: .cardinalAnd)
            century = try c.decodeIfPresent([String].self, forKey: .century)
            yearCues = try c.decodeIfPresent([String].self, forKey: .yearCues)
            monthCues = try c.decodeIfPresent([String].self, forKey: .monthCues)
            quarterLetters = try c.decodeIfPresent([String: Granularity].self, forKey: .quarterLetters)
            quantityNouns = try c.decodeIfPresent([String].self, forKey: .quantityNouns)
            holidays = try c.decode([String: DateHoliday].self, forKey: .holidays)
            holidayTails = try c.decodeIfPresent([String].self, forKey: .holidayTails)
            tradingDayAfter = try c.decode([String].self, forKey: .tradingDayAfter)
            articles = try c.decodeIfPresent([String].self, forKey: .articles)
            of = try c.decodeIfPresent([String].self, forKey: .of)
            decadeSuffix = try c.decodeIfPresent(String.self, forKey: .decadeSuffix)
            decadeNouns = try c.decodeIfPresent([String].self, forKey: .decadeNouns)
            decadeWords = try c.decodeIfPresent([String].self, forKey: .decadeWords)
            yearLinks = try c.decodeIfPresent([String].self, forKey: .yearLinks)
            presentWords = try c.decodeIfPresent([String].self, forKey: .presentWords)
            weekContaining = try c.decodeIfPresent([String].self, forKey: .weekContaining)
            decadeNames = try c.decodeIfPresent([String: Int].self, forKey: .decadeNames)
            workWeeks = try c.decodeIfPresent([String].self, forKey: .workWeeks)
            workWeeksAlone = try c.decodeIfPresent([String].self, forKey: .workWeeksAlone)
            spanNumberWords = try c.decodeIfPresent([String: Int].self, forKey: .spanNumberWords)
            clauseSpanShifts = try c.decodeIfPresent([String: Int].self, forKey: .clauseSpanShifts)
            fortnights = try c.decodeIfPresent([String].self, forKey: .fortnights)
            dayNouns = try c.decodeIfPresent([String].self, forKey: .dayNouns)
            withinWords = try c.decodeIfPresent([String].self, forKey: .withinWords)
            singularUnits = try c.decodeIfPresent([String].self, forKey: .singularUnits)
            schoolYears = try c.decodeIfPresent([String].self, forKey: .schoolYears)
            schoolYearStartMonth = try c.decodeIfPresent(Int.self, forKey: .schoolYearStartMonth)
            listJoiners = try c.decodeIfPresent([String].self, forKey: .listJoiners)
            weekCommencing = try c.decodeIfPresent([String].self, forKey: .weekCommencing)
            durationOpeners = try c.decodeIfPresent([String].self, forKey: .durationOpeners)
            businessDayWords = try c.decodeIfPresent([String].self, forKey: .businessDayWords)
            fiscalWords = try c.decodeIfPresent([String].self, forKey: .fiscalWords)
            relative = try c.decodeIfPresent([String: RelativeEntry].self, forKey: .relative)
            weekdayPrefixes = try c.decodeIfPresent([String: Int?].self, forKey: .weekdayPrefixes)
            weekdayNames = try c.decodeIfPresent([String: Int].self, forKey: .weekdayNames)
            halves = try c.decodeIfPresent([String: Int].self, forKey: .halves)
            monthThirds = try c.decodeIfPresent([String: DatePart].self, forKey: .monthThirds)
            yearParts = try c.decodeIfPresent([String: DatePart].self, forKey: .yearParts)
            monthParts = try c.decodeIfPresent([String: DatePart].self, forKey: .monthParts)
            fiscal = try c.decodeIfPresent([String].self, forKey: .fiscal)
            numerals = try c.decodeIfPresent([String: Int].self, forKey: .numerals)
            dayNotFollowedBy = try c.decodeIfPresent([String].self, forKey: .dayNotFollowedBy)
            eras = try c.decodeIfPresent([String: Int].self, forKey: .eras)
            ends = try c.decodeIfPresent([String: DatePart].self, forKey: .ends)
            classifiers = try c.decodeIfPresent([String].self, forKey: .classifiers)
            // "yearWords" is a list of words before a year in English and German, a table of relative years in Chinese.
            if let list = try? c.decodeIfPresent([String].self, forKey: .yearWords) {
                yearWords = list
            } else {
                yearWordsZh = try c.decodeIfPresent([String: Int].self, forKey: .yearWords)
            }
        }
    }

    /// A unit with a value, written as a two-element array: a Chinese relative phrase (`["month", -1]` for 上个月,
    /// value the shift) or a one-word part of a period (`["year", "late"]` for Jahresende, value the part).
    struct UnitPair<Value: Decodable & Sendable & Hashable>: Decodable, Sendable, Hashable {
        var unit: Granularity
        var value: Value
        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            unit = try c.decode(Granularity.self)
            value = try c.decode(Value.self)
        }
    }
    typealias RelativeEntry = UnitPair<Int>
    typealias PeriodPart = UnitPair<DatePart>
}

extension DateLexicon.UnitPair where Value == Int {
    var shift: Int { value }
}

extension DateLexicon.UnitPair where Value == DatePart {
    var part: DatePart { value }
}
