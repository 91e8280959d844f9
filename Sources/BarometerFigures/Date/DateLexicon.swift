import BarometerText
import Foundation

/// Which part of a month, year or decade an approximation word names ("early", "Mitte", "底").
enum DatePart: String, Sendable, Codable, CaseIterable {
    case early, mid, late
}

/// The date vocabulary of one language, read once from `Resources/date/<code>.json`.
///
/// Words of English and German are keyed by ``DateLexicon/hash(_:)`` of their lower-cased scalars, so the
/// scanner looks a word up without building a `String`. The key is a 64-bit FNV-1a hash; with a few hundred
/// entries a collision with an unrelated word has a probability around 10^-15 per word and is not checked.
///
/// A class, built once per language and shared by reference: as a struct of some twenty arrays, every recogniser
/// call copied it (a retain and a release per array).
final class DateLexicon: Sendable {
    let language: Language
    let words: DateWordTable
    /// One bit per hash bucket of every word in `words` (a one-hash Bloom filter): most words of a text are not date
    /// words, and one array read rejects them before the table is probed.
    let filter: [UInt64]
    /// For every slot of ``words``: whether a date can begin at that word (months, weekdays, "last", "Ende", "Q" …,
    /// but not cue words, articles and quantity nouns, which are only read around a date): the rules try their
    /// patterns only at these.
    let startingSlots: [Bool]
    /// For every slot of ``words``: the word rules that may begin a date at that word
    /// (``AlphabeticDateRules/rules(for:)``), so the rules visit only these.
    let wordRules: [UInt64]
    /// For every slot of ``words``: whether a number rule may read the word right after a number
    /// (``DateWord/mayFollowNumber``).
    let followsNumberSlots: [Bool]
    /// For every slot of ``words``: whether a number rule may read the word right after (``followsYearSlots``,
    /// ``DateWord/mayFollowYear``) or right before (``precedesYearSlots``, ``DateWord/mayPrecedeYear``) a
    /// four-digit number.
    let followsYearSlots: [Bool]
    let precedesYearSlots: [Bool]
    /// For every slot of ``words``: whether every holiday and trading-day phrase that begins with the word goes on
    /// with a second date word, so that any other word or punctuation after it (but a hyphen or an apostrophe,
    /// which a phrase may skip) ends them all (``AlphabeticDateRules/holiday(at:)``). False for a word that is a
    /// phrase alone ("Christmas").
    let holidayNeedsSecondWord: [Bool]
    /// 1024 words = 65,536 bits: with about 400 entries, under 1% of other words pass.
    static let filterWords = 1024

    @inline(__always) static func filterSlot(_ h: UInt64) -> Int { Int((h >> 6) & UInt64(filterWords - 1)) }
    @inline(__always) static func filterBit(_ h: UInt64) -> UInt64 { 1 << (h & 63) }

    /// The slot of a word hash in ``words``, or -1: one array read rejects most words.
    @inline(__always)
    func slot(_ hash: UInt64) -> Int {
        // filterSlot is below filterWords, the filter's length: read without a bound test.
        let bucket = filter.withUnsafeBufferPointer { $0[DateLexicon.filterSlot(hash)] }
        guard bucket & DateLexicon.filterBit(hash) != 0 else { return -1 }
        return words.slot(of: hash)
    }

    /// The entry for a word hash, if any (the rules read entries by the slot a token carries).
    func word(_ hash: UInt64) -> DateWord? {
        let k = slot(hash)
        return k < 0 ? nil : words[slot: k]
    }
    /// Multi-word phrases as sequences of word slots ("lunar new year"); every word of a phrase is in ``words``.
    let holidays: [([Int], DateHoliday)]
    /// For every slot of ``words``: the indices into ``holidays`` (in its order) of the phrases that begin with that
    /// word. A phrase matches only where its first word stands, so the rules try only these.
    let holidaysByFirstSlot: [[Int]]
    let tradingDayAfter: [[Int]]
    /// Phrases that after a shift word name Monday to Friday of that week ("next workweek", "nächste Arbeitswoche"),
    /// as sequences of word slots.
    let workWeeks: [[Int]]
    /// Phrases that alone name Monday to Friday of the reference's week ("unter der Woche").
    let workWeeksAlone: [[Int]]
    /// Phrases naming a school year ("school year", "sy"), as sequences of word slots.
    let schoolYears: [[Int]]
    /// The month a school year begins in (9: September); 0 when the language lists no school-year phrase.
    let schoolYearStartMonth: Int
    /// Abbreviations written with symbols that read "the week commencing" ("w/c"), lower-case scalars.
    let weekCommencing: [[Unicode.Scalar]]
    let decadeSuffix: [Unicode.Scalar]
    /// ``DateToken/wordHash`` of ``decadeSuffix``: a word token with another hash is not the suffix.
    let decadeSuffixHash: UInt32
    /// Numeric forms that name something else: "9/11" (the 2001 attacks), "24/7" (always).
    let notDates: [[Unicode.Scalar]]
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

    /// FNV-1a over the letter codes (``letterCode(_:)``) of the lower-cased scalars (offset basis and prime from the
    /// FNV specification, draft-eastlake-fnv).
    @inline(__always)
    static func hashStep(_ h: UInt64, _ code: UInt64) -> UInt64 {
        (h ^ code) &* 0x0000_0100_0000_01B3
    }
    static let hashBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    /// What the hash takes of a lower-cased scalar: its distance from "a" (wrapping below it). An ASCII letter's
    /// code is the value the scanner's letter test computes anyway (`(v - 0x41) & ~0x20`, 0–25), so the scanner
    /// hashes it without lower-casing the letter first; any one-to-one code would hash as well.
    @inline(__always)
    static func letterCode(_ lowered: UInt32) -> UInt64 { UInt64(lowered) &- 0x61 }

    static func hash<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = hashBasis
        for s in scalars { h = hashStep(h, letterCode(DateScanner.lower(s).value)) }
        return h
    }

    static func hash(_ word: String) -> UInt64 { hash(word.unicodeScalars) }

    static func url(_ language: Language) -> URL? {
        Bundle.module.url(forResource: language.code, withExtension: "json", subdirectory: "Resources/date")
    }

    static func readFile(_ language: Language) throws -> File {
        guard let url = url(language) else {
            throw CocoaError(
                .fileNoSuchFile,
                userInfo: [NSLocalizedDescriptionKey: "Resources/date/\(language.code).json missing from the bundle"])
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
        for (w, v) in file.weekdayWeekShifts ?? [:] { edit(w) { $0.weekdayWeekShift = v } }
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
            for (w, v) in file.spanNumberWords ?? [:] {
                edit(w) {
                    $0.numberWord = v
                    $0.countsOnlyInSpan = true
                }
            }
            for (w, v) in file.agoUnits ?? [:] { edit(w) { $0.agoUnit = v } }
            for w in file.agoAfter ?? [] { edit(w) { $0.isAgoAfter = true } }
            for w in file.agoBefore ?? [] { edit(w) { $0.isAgoBefore = true } }
            for w in file.laterBefore ?? [] { edit(w) { $0.isLaterBefore = true } }
            for w in file.lookBack ?? [] { edit(w) { $0.isLookBack = true } }
            for w in file.weekend ?? [] { edit(w) { $0.isWeekend = true } }
            for w in file.weekendDeterminers ?? [] { edit(w) { $0.isWeekendDeterminer = true } }
            for (w, v) in file.spanShifts ?? [:] { edit(w) { $0.spanShift = v } }
            for (w, v) in file.anchorShifts ?? [:] { edit(w) { $0.anchorShift = v } }
            for w in file.rangeOpeners ?? [] { edit(w) { $0.isRangeOpener = true } }
            for w in file.dayCues ?? [] { edit(w) { $0.isDayCue = true } }
            for (w, v) in file.cardinals ?? [:] { edit(w) { $0.cardinal = v } }
            for w in file.cardinalAnd ?? [] { edit(w) { $0.isCardinalAnd = true } }
            for w in file.century ?? [] { edit(w) { $0.isCentury = true } }
            for (w, opener) in file.rangeJoiners ?? [:]
            where opener != nil && w.unicodeScalars.allSatisfy({ DateScanner.isLetter($0.value) }) {
                edit(w) { $0.isPairJoiner = true }
            }
            for (w, opener) in file.rangeJoiners ?? [:]
            where opener == nil && w.unicodeScalars.allSatisfy({ DateScanner.isLetter($0.value) }) {
                edit(w) { $0.isRangeJoiner = true }
            }
        }
        for w in file.yearCues ?? [] { edit(w) { $0.isYearCue = true } }
        for w in file.monthCues ?? [] { edit(w) { $0.isMonthCue = true } }
        for w in file.yearDeterminers ?? [] { edit(w) { $0.isYearDeterminer = true } }
        for (w, v) in file.periodParts ?? [:] { edit(w) { $0.periodPart = v } }
        for w in file.weekNumberWords ?? [] { edit(w) { $0.isWeekNumberWord = true } }
        for w in file.weekNumberWordsAlone ?? [] { edit(w) { $0.weekNumberAlone = true } }
        for w in file.yearWords ?? [] { edit(w) { $0.isYearWord = true } }
        for w in file.fiscalWords ?? [] { edit(w) { $0.isFiscal = true } }
        for (w, v) in file.quarterLetters ?? [:] { edit(w) { $0.quarterLetter = v } }
        for w in file.quantityNouns ?? [] { edit(w) { $0.isQuantityNoun = true } }
        for w in file.holidayTails ?? [] { edit(w) { $0.isHolidayTail = true } }
        for w in file.articles ?? [] { edit(w) { $0.isArticle = true } }
        for w in file.of ?? [] { edit(w) { $0.isOf = true } }
        for w in file.decadeNouns ?? [] { edit(w) { $0.isDecadeNoun = true } }
        for w in file.decadeWords ?? [] { edit(w) { $0.isDecadeWord = true } }
        for w in file.yearLinks ?? [] { edit(w) { $0.isYearLink = true } }
        for w in file.presentWords ?? [] { edit(w) { $0.isPresent = true } }
        for w in file.weekContaining ?? [] { edit(w) { $0.isWeekContaining = true } }
        for (w, v) in file.decadeNames ?? [:] { edit(w) { $0.decadeName = v } }
        for w in file.durationOpeners ?? [] { edit(w) { $0.isDurationOpener = true } }
        for w in file.businessDayWords ?? [] { edit(w) { $0.isBusinessDay = true } }
        // The first word of a phrase must be found for the phrase to be tried; every word of it is matched by slot.
        for phrase in Array(file.holidays.keys) + file.tradingDayAfter where language != .chinese {
            for word in phrase.split(separator: " ") { edit(String(word)) { _ in } }
            if let first = phrase.split(separator: " ").first { edit(String(first)) { $0.startsPhrase = true } }
        }
        for phrase in (file.workWeeks ?? []) + (file.workWeeksAlone ?? []) {
            for word in phrase.split(separator: " ") { edit(String(word)) { _ in } }
        }
        for w in file.fortnights ?? [] { edit(w) { $0.isFortnight = true } }
        for w in file.dayNouns ?? [] { edit(w) { $0.isDayNoun = true } }
        for w in file.withinWords ?? [] { edit(w) { $0.isWithin = true } }
        for w in file.singularUnits ?? [] { edit(w) { $0.isSingularUnit = true } }
        for w in file.listJoiners ?? [] { edit(w) { $0.isListJoiner = true } }
        for a in file.weekCommencing ?? [] {
            let first = String(a.unicodeScalars.prefix { DateScanner.isLetter($0.value) })
            if !first.isEmpty { edit(first) { $0.startsWeekCommencing = true } }
        }
        for phrase in file.schoolYears ?? [] {
            let parts = phrase.split(separator: " ")
            for word in parts { edit(String(word)) { _ in } }
            if let first = parts.first { edit(String(first)) { $0.startsSchoolYear = true } }
        }
        for phrase in file.workWeeksAlone ?? [] {
            if let first = phrase.split(separator: " ").first { edit(String(first)) { $0.startsWorkWeek = true } }
        }
        let table = DateWordTable(words)
        self.words = table
        var filter = [UInt64](repeating: 0, count: DateLexicon.filterWords)
        for key in words.keys { filter[DateLexicon.filterSlot(key)] |= DateLexicon.filterBit(key) }
        self.filter = filter
        startingSlots = table.slots.map { $0?.canStartDate == true }
        wordRules = table.slots.map { $0.map(AlphabeticDateRules.rules(for:)) ?? 0 }
        followsNumberSlots = table.slots.map { $0?.mayFollowNumber == true }
        followsYearSlots = table.slots.map { $0?.mayFollowYear == true }
        precedesYearSlots = table.slots.map { $0?.mayPrecedeYear == true }
        func phrase(_ text: String) -> [Int] {
            text.split(separator: " ").map { table.slot(of: DateLexicon.hash(String($0))) }
        }
        let holidayPhrases: [([Int], DateHoliday)]
        if language == .chinese {
            holidayPhrases = []
            tradingDayAfter = []
            chinese = ChineseDateLexicon(file: file)
        } else {
            holidayPhrases = file.holidays.map { (phrase($0.key), $0.value) }.sorted { $0.0.count > $1.0.count }
            tradingDayAfter = file.tradingDayAfter.map(phrase)
            chinese = nil
        }
        holidays = holidayPhrases
        var byFirstSlot = [[Int]](repeating: [], count: table.slots.count)
        for (index, (phrase, _)) in holidayPhrases.enumerated() {
            precondition(!phrase.isEmpty, "an empty holiday phrase")
            byFirstSlot[phrase[0]].append(index)
        }
        holidaysByFirstSlot = byFirstSlot
        let tradingPhrases = tradingDayAfter
        holidayNeedsSecondWord = byFirstSlot.indices.map { slot in
            let phrases = byFirstSlot[slot].map { holidayPhrases[$0].0 } + tradingPhrases.filter { $0.first == slot }
            return !tradingPhrases.contains(where: \.isEmpty) && phrases.allSatisfy { $0.count >= 2 && $0[1] >= 0 }
        }
        if language == .chinese {
            workWeeks = []
            workWeeksAlone = []
            schoolYears = []
        } else {
            workWeeks = (file.workWeeks ?? []).map(phrase).sorted { $0.count > $1.count }
            workWeeksAlone = (file.workWeeksAlone ?? []).map(phrase)
            schoolYears = (file.schoolYears ?? []).map(phrase).sorted { $0.count > $1.count }
        }
        schoolYearStartMonth = file.schoolYearStartMonth ?? 0
        weekCommencing = (file.weekCommencing ?? []).map { Array($0.unicodeScalars) }
        decadeSuffix = Array((file.decadeSuffix ?? "").unicodeScalars)
        decadeSuffixHash = UInt32(truncatingIfNeeded: DateLexicon.hash(decadeSuffix))
        notDates = (file.notDates ?? []).map { Array($0.unicodeScalars) }
        ranges = DateRangeJoiner(
            openers: file.rangeOpeners ?? [], joiners: file.rangeJoiners ?? [:], closers: file.rangeClosers ?? [],
            spaced: language != .chinese)
    }
}

/// The date words of a language keyed by their hash, in an open-addressing table with linear probing: one array
/// read finds most words, where a `Dictionary` would hash the hash again. Filled once, read-only afterwards.
struct DateWordTable: Sendable {
    /// The word hashes; 0 marks an empty slot (a word whose FNV-1a hash is 0 is refused when the table is built).
    private let keys: [UInt64]
    private let entries: [DateWord]
    private let mask: Int

    init(_ words: [UInt64: DateWord]) {
        // At most a quarter full, so that a probe ends within a slot or two.
        var size = 16
        while size < words.count * 4 { size *= 2 }
        precondition(size <= Int(Int16.max), "too many date words for 16-bit slots")
        var keys = [UInt64](repeating: 0, count: size)
        var entries = [DateWord](repeating: DateWord(), count: size)
        for (key, word) in words {
            precondition(key != 0, "a date word hashes to 0")
            var slot = Self.slot(key, size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            entries[slot] = word
        }
        self.keys = keys
        self.entries = entries
        self.mask = size - 1
    }

    /// The slot a key is first looked for in: its high half folded onto its low half. The high bits alone would do
    /// for a random hash, but FNV-1a's last multiply spreads the last letter over few of them: words that differ
    /// only there clustered, and a lookup probed three slots on average instead of about one. (A multiplicative
    /// mix works as well, but the compiler merges it with the hash's last multiply and then keeps one more value
    /// live in the scanner's letter loop.)
    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
    }

    /// The slot holding `key`, or -1.
    @inline(__always)
    func slot(of key: UInt64) -> Int {
        // Every slot is masked into the table: read without a bound test.
        keys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(key, mask)
            while true {
                let k = keys[slot]
                if k == key { return slot }
                if k == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The entry in slot `slot` (from ``slot(of:)``).
    @inline(__always)
    subscript(slot slot: Int) -> DateWord { entries[slot] }

    /// Every slot's entry, nil where the slot is empty.
    var slots: [DateWord?] { keys.indices.map { keys[$0] == 0 ? nil : entries[$0] } }
}
