import BarometerText
import Foundation

/// Which part of a month, year or decade an approximation word names ("early", "Mitte", "底").
enum DatePart: String, Sendable, Codable, CaseIterable {
    case early, mid, late
}


/// What one word of an alphabetic language (English, German) can mean in a date.
///
/// A word may have several meanings ("second" is an ordinal; "Ende" is a part), so every field is optional.
struct DateWord: Sendable {
    var month: Int?
    var weekday: Int?
    var dayOffset: Int?
    var shift: Int?
    var unit: Granularity?
    /// A word that is a whole relative date by itself ("Vorjahr" = year, -1).
    var relative: (unit: Granularity, shift: Int)?
    var ordinal: Int?
    /// A day of the month as an ordinal word ("fourth", "zweiten", "neunundzwanzigsten").
    var dayOrdinal: Int?
    /// The tens of a compound English ordinal ("twenty" in "twenty-first").
    var dayOrdinalTens: Int?
    var part: DatePart?
    /// "earlier"/"later" (.early/.late): the part of a period before or after the reference.
    var side: DatePart?
    /// A season, by the month it begins in (meteorological seasons: 3 spring, 6 summer, 9 autumn, 12 winter).
    var season: Int?
    /// A small number as a word ("two", "drei", "a").
    var numberWord: Int?
    /// The unit of an "ago" phrase ("days" in "three days ago", "Wochen" in "vor zwei Wochen").
    var agoUnit: Granularity?
    var isAgoAfter = false
    var isAgoBefore = false
    var quarterLetter: Granularity?
    var isAbbreviation = false
    var capitalisedOnly = false
    var lowercaseOnly = false
    var isYearCue = false
    var isYearWord = false
    var isFiscal = false
    var isQuantityNoun = false
    var isOrdinalSuffix = false
    var isHolidayTail = false
    var isArticle = false
    var isOf = false
    var isDecadeNoun = false
    var startsPhrase = false

    /// Whether a pattern can begin at this word (see ``AlphabeticDateRules/match(at:)``).
    var canStartDate: Bool {
        month != nil || weekday != nil || dayOffset != nil || shift != nil || relative != nil || ordinal != nil
            || dayOrdinal != nil || dayOrdinalTens != nil || season != nil || numberWord != nil || isAgoBefore || part != nil || side != nil || quarterLetter != nil
            || isYearWord || startsPhrase
    }
    /// A word after which a lower-case "may" or "march" is the month ("in may", "since march").
    var isMonthCue = false
}

/// The date vocabulary of one language, read once from `Resources/date/<code>.json`.
///
/// Words of English and German are keyed by ``DateLexicon/hash(_:)`` of their lower-cased scalars, so the
/// scanner looks a word up without building a `String`. The key is a 64-bit FNV-1a hash; with a few hundred
/// entries a collision with an unrelated word has a probability around 10^-15 per word and is not checked.
struct DateLexicon: Sendable {
    let language: Language
    let words: [UInt64: DateWord]
    /// One bit per hash bucket of every word in `words` (a one-hash Bloom filter): most words of a text are not date
    /// words, and one array read rejects them before the dictionary is asked.
    let filter: [UInt64]
    /// The same over the words a date can begin with (months, weekdays, "last", "Ende", "Q" …), leaving out
    /// cue words, articles and quantity nouns, which are only read around a date: the scanner tries the patterns
    /// only at these.
    let starters: [UInt64]
    /// 1024 words = 65,536 bits: with about 400 entries, under 1% of other words pass.
    static let filterWords = 1024

    @inline(__always) static func filterSlot(_ h: UInt64) -> Int { Int((h >> 6) & UInt64(filterWords - 1)) }
    @inline(__always) static func filterBit(_ h: UInt64) -> UInt64 { 1 << (h & 63) }

    /// The entry for a word hash, if any.
    @inline(__always)
    func word(_ hash: UInt64) -> DateWord? {
        guard filter[DateLexicon.filterSlot(hash)] & DateLexicon.filterBit(hash) != 0 else { return nil }
        return words[hash]
    }
    /// Multi-word phrases as sequences of word hashes ("lunar new year").
    let holidays: [([UInt64], DateHoliday)]
    let tradingDayAfter: [[UInt64]]
    let decadeSuffix: [Unicode.Scalar]
    /// How two dates join into one range ("from March to June", "zwischen 2019 und 2022", "2015年至2018年").
    let ranges: DateRangeJoiner
    /// Chinese: whole phrases by their first scalar, longest first.
    let chinese: ChineseDateLexicon?

    static let english = DateLexicon.load(.english)
    static let german = DateLexicon.load(.german)
    static let chineseLexicon = DateLexicon.load(.chinese)

    static func forLanguage(_ language: Language) -> DateLexicon? {
        switch language {
        case .english: return english
        case .german: return german
        case .chinese: return chineseLexicon
        case .undetermined: return nil
        }
    }

    /// FNV-1a over the scalar values (offset basis and prime from the FNV specification, draft-eastlake-fnv).
    @inline(__always)
    static func hashStep(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
    }
    static let hashBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    static func hash<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = hashBasis
        for s in scalars { h = hashStep(h, DateScanner.lower(s).value) }
        return h
    }

    static func hash(_ word: String) -> UInt64 { hash(word.unicodeScalars) }

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
        var rangeJoiners: [String: String?]?
        var numberWords: [String: Int]?
        var agoUnits: [String: Granularity]?
        var agoAfter: [String]?
        var agoBefore: [String]?
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

        enum CodingKeys: String, CodingKey {
            case language, months, abbreviations, capitalisedOnly, lowercaseOnly, weekdays, dayWords, shifts, units, relativeWords
            case seasons, rangeOpeners, rangeJoiners, numberWords, agoUnits, agoAfter, agoBefore, ordinals, dayOrdinals, dayOrdinalTens, ordinalSuffixes, parts, sides, yearCues, monthCues, yearWords, fiscalWords, quarterLetters, quantityNouns
            case holidays, holidayTails, tradingDayAfter, articles, of, decadeSuffix, decadeNouns
            case relative, weekdayPrefixes, weekdayNames, halves, monthThirds, yearParts, monthParts, fiscal, numerals, dayNotFollowedBy
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
            rangeJoiners = try c.decodeIfPresent([String: String?].self, forKey: .rangeJoiners)
            numberWords = try c.decodeIfPresent([String: Int].self, forKey: .numberWords)
            agoUnits = try c.decodeIfPresent([String: Granularity].self, forKey: .agoUnits)
            agoAfter = try c.decodeIfPresent([String].self, forKey: .agoAfter)
            agoBefore = try c.decodeIfPresent([String].self, forKey: .agoBefore)
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
            // "yearWords" is a list of words before a year in English and German, a table of relative years in Chinese.
            if let list = try? c.decodeIfPresent([String].self, forKey: .yearWords) {
                yearWords = list
            } else {
                yearWordsZh = try c.decodeIfPresent([String: Int].self, forKey: .yearWords)
            }
        }
    }

    /// A Chinese relative phrase: a unit and a shift ("上个月" = month, -1).
    struct RelativeEntry: Decodable, Sendable, Hashable {
        var unit: Granularity
        var shift: Int
        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            unit = try c.decode(Granularity.self)
            shift = try c.decode(Int.self)
        }
    }

    static func url(_ language: Language) -> URL? {
        Bundle.module.url(forResource: language.code, withExtension: "json", subdirectory: "Resources/date")
    }

    static func readFile(_ language: Language) throws -> File {
        guard let url = url(language) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "Resources/date/\(language.code).json missing from the bundle"])
        }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    }

    static func load(_ language: Language) -> DateLexicon {
        let file: File
        do {
            file = try readFile(language)
        } catch {
            preconditionFailure("Resources/date/\(language.code).json: \(error)")
        }
        return DateLexicon(language: language, file: file)
    }

    init(language: Language, file: File) {
        self.language = language
        var words: [UInt64: DateWord] = [:]
        func edit(_ word: String, _ change: (inout DateWord) -> Void) {
            let key = DateLexicon.hash(word)
            var entry = words[key] ?? DateWord()
            change(&entry)
            words[key] = entry
        }
        for (w, v) in file.months ?? [:] { edit(w) { $0.month = v } }
        for w in file.abbreviations ?? [] { edit(w) { $0.isAbbreviation = true } }
        for w in file.capitalisedOnly ?? [] { edit(w) { $0.capitalisedOnly = true } }
        for w in file.lowercaseOnly ?? [] { edit(w) { $0.lowercaseOnly = true } }
        for (w, v) in file.weekdays ?? [:] { edit(w) { $0.weekday = v } }
        for (w, v) in file.dayWords where language != .chinese { edit(w) { $0.dayOffset = v } }
        for (w, v) in file.shifts ?? [:] { edit(w) { $0.shift = v } }
        for (w, v) in file.units ?? [:] { edit(w) { $0.unit = v } }
        for (w, v) in file.relativeWords ?? [:] { edit(w) { $0.relative = (v.unit, v.shift) } }
        for (w, v) in file.ordinals ?? [:] { edit(w) { $0.ordinal = v } }
        for (w, v) in file.dayOrdinals ?? [:] { edit(w) { $0.dayOrdinal = v } }
        for (w, v) in file.dayOrdinalTens ?? [:] { edit(w) { $0.dayOrdinalTens = v } }
        for w in file.ordinalSuffixes ?? [] { edit(w) { $0.isOrdinalSuffix = true } }
        for (w, v) in file.parts where language != .chinese { edit(w) { $0.part = v } }
        for (w, v) in file.sides ?? [:] { edit(w) { $0.side = v } }
        for (w, v) in file.seasons ?? [:] { edit(w) { $0.season = v } }
        if language != .chinese {
            for (w, v) in file.numberWords ?? [:] { edit(w) { $0.numberWord = v } }
            for (w, v) in file.agoUnits ?? [:] { edit(w) { $0.agoUnit = v } }
            for w in file.agoAfter ?? [] { edit(w) { $0.isAgoAfter = true } }
            for w in file.agoBefore ?? [] { edit(w) { $0.isAgoBefore = true } }
        }
        for w in file.yearCues ?? [] { edit(w) { $0.isYearCue = true } }
        for w in file.monthCues ?? [] { edit(w) { $0.isMonthCue = true } }
        for w in file.yearWords ?? [] { edit(w) { $0.isYearWord = true } }
        for w in file.fiscalWords ?? [] { edit(w) { $0.isFiscal = true } }
        for (w, v) in file.quarterLetters ?? [:] { edit(w) { $0.quarterLetter = v } }
        for w in file.quantityNouns ?? [] { edit(w) { $0.isQuantityNoun = true } }
        for w in file.holidayTails ?? [] { edit(w) { $0.isHolidayTail = true } }
        for w in file.articles ?? [] { edit(w) { $0.isArticle = true } }
        for w in file.of ?? [] { edit(w) { $0.isOf = true } }
        for w in file.decadeNouns ?? [] { edit(w) { $0.isDecadeNoun = true } }
        // The first word of a phrase must be found for the phrase to be tried.
        for phrase in Array(file.holidays.keys) + file.tradingDayAfter where language != .chinese {
            if let first = phrase.split(separator: " ").first { edit(String(first)) { $0.startsPhrase = true } }
        }
        self.words = words
        var filter = [UInt64](repeating: 0, count: DateLexicon.filterWords)
        var starters = [UInt64](repeating: 0, count: DateLexicon.filterWords)
        for (key, word) in words {
            filter[DateLexicon.filterSlot(key)] |= DateLexicon.filterBit(key)
            if word.canStartDate { starters[DateLexicon.filterSlot(key)] |= DateLexicon.filterBit(key) }
        }
        self.filter = filter
        self.starters = starters
        func phrase(_ text: String) -> [UInt64] {
            text.split(separator: " ").map { DateLexicon.hash(String($0)) }
        }
        if language == .chinese {
            holidays = []
            tradingDayAfter = []
            chinese = ChineseDateLexicon(file: file)
        } else {
            holidays = file.holidays.map { (phrase($0.key), $0.value) }.sorted { $0.0.count > $1.0.count }
            tradingDayAfter = file.tradingDayAfter.map(phrase)
            chinese = nil
        }
        decadeSuffix = Array((file.decadeSuffix ?? "").unicodeScalars)
        ranges = DateRangeJoiner(openers: file.rangeOpeners ?? [], joiners: file.rangeJoiners ?? [:], spaced: language != .chinese)
    }
}

/// What a Chinese phrase means in a date.
enum ChineseDateEntry: Sendable, Hashable {
    case dayOffset(Int)
    case yearOffset(Int)
    case relative(Granularity, Int)
    case weekdayPrefix(Int?)
    case half(Int)
    case monthThird(DatePart)
    case yearPart(DatePart)
    case monthPart(DatePart)
    case holiday(DateHoliday)
    case tradingDayAfter(DateHoliday)
    case fiscal

    var isWeekdayPrefix: Bool {
        if case .weekdayPrefix = self { return true }
        return false
    }
}

/// The Chinese phrases, grouped by first scalar and tried longest first.
struct ChineseDateLexicon: Sendable {
    let phrases: [Unicode.Scalar: [([Unicode.Scalar], ChineseDateEntry)]]
    let weekdayNames: [Unicode.Scalar: Int]
    let parts: [Unicode.Scalar: DatePart]
    let numerals: [Unicode.Scalar: Int]
    let dayNotFollowedBy: Set<Unicode.Scalar>
    /// Units of "N天前", "N个月前", longest first, and the word after them ("前").
    let agoUnits: [([Unicode.Scalar], Granularity)]
    let agoAfter: [[Unicode.Scalar]]
    /// For every scalar of the Basic Multilingual Plane: whether it may start a match (a numeral, 第, or the first
    /// character of a phrase). The scanner skips every other scalar with one array read.
    let starts: [Bool]

    init(file: DateLexicon.File) {
        var all: [(String, ChineseDateEntry)] = []
        for (w, v) in file.dayWords { all.append((w, .dayOffset(v))) }
        for (w, v) in file.yearWordsZh ?? [:] { all.append((w, .yearOffset(v))) }
        for (w, v) in file.relative ?? [:] { all.append((w, .relative(v.unit, v.shift))) }
        for (w, v) in file.weekdayPrefixes ?? [:] { all.append((w, .weekdayPrefix(v))) }
        for (w, v) in file.halves ?? [:] { all.append((w, .half(v))) }
        for (w, v) in file.monthThirds ?? [:] { all.append((w, .monthThird(v))) }
        for (w, v) in file.yearParts ?? [:] { all.append((w, .yearPart(v))) }
        for (w, v) in file.monthParts ?? [:] { all.append((w, .monthPart(v))) }
        for (w, v) in file.holidays { all.append((w, .holiday(v))) }
        for w in file.tradingDayAfter { all.append((w, .tradingDayAfter(.springFestival))) }
        for w in file.fiscal ?? [] { all.append((w, .fiscal)) }
        var phrases: [Unicode.Scalar: [([Unicode.Scalar], ChineseDateEntry)]] = [:]
        for (w, e) in all {
            let scalars = Array(w.unicodeScalars)
            phrases[scalars[0], default: []].append((scalars, e))
        }
        for key in phrases.keys {
            // Longest first; of a phrase listed both as a relative unit and a weekday prefix ("上周"), the weekday
            // reading first: it applies only when a weekday name follows ("上周五").
            phrases[key]!.sort { a, b in
                if a.0.count != b.0.count { return a.0.count > b.0.count }
                if case .weekdayPrefix = a.1, !(b.1.isWeekdayPrefix) { return true }
                return false
            }
        }
        self.phrases = phrases
        var names: [Unicode.Scalar: Int] = [:]
        for (w, v) in file.weekdayNames ?? [:] { names[w.unicodeScalars.first!] = v }
        weekdayNames = names
        var parts: [Unicode.Scalar: DatePart] = [:]
        for (w, v) in file.parts { parts[w.unicodeScalars.first!] = v }
        self.parts = parts
        var numerals: [Unicode.Scalar: Int] = [:]
        for (w, v) in file.numerals ?? [:] { numerals[w.unicodeScalars.first!] = v }
        self.numerals = numerals
        dayNotFollowedBy = Set((file.dayNotFollowedBy ?? []).compactMap { $0.unicodeScalars.first })
        agoUnits = (file.agoUnits ?? [:]).map { (Array($0.key.unicodeScalars), $0.value) }.sorted { $0.0.count > $1.0.count }
        agoAfter = (file.agoAfter ?? []).map { Array($0.unicodeScalars) }
        var starts = [Bool](repeating: false, count: 0x10000)
        for c in Array(phrases.keys) + Array(numerals.keys) + ["第"] where c.value < 0x10000 { starts[Int(c.value)] = true }
        for d in 0x30...0x39 { starts[d] = true }
        self.starts = starts
    }

    /// Whether a match may start at scalar `c`.
    @inline(__always)
    func mayStart(_ c: Unicode.Scalar) -> Bool { c.value < 0x10000 && starts[Int(c.value)] }
}
