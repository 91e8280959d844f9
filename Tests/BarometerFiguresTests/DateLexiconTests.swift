import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// The date words are data; these tests check every entry of `Resources/date/<code>.json`.
@Suite("Date lexicons")
struct DateLexiconTests {
    static func file(_ language: Language) throws -> DateLexicon.File { try DateLexicon.readFile(language) }

    static func lowerCased(_ words: some Collection<String>) -> [String] {
        words.filter { $0 != $0.lowercased() || $0.isEmpty || $0.contains("  ") }
    }

    @Test("a word rule read back from its bit is the rule whose bit it is, for every rule of the cascade")
    func wordRuleBits() {
        #expect(AlphabeticDateRules.WordRule.allCases.count <= 64, "the rules of a word fit in one UInt64")
        for (index, rule) in AlphabeticDateRules.WordRule.allCases.enumerated() {
            #expect(rule.rawValue == index, "\(rule) is in the cascade's order")
            #expect(AlphabeticDateRules.WordRule(bit: index) == rule, "\(rule)")
        }
    }

    @Test(
        "every date word's rule set names only rules of the cascade, and a word that can start a date has one",
        arguments: [Language.english, .german])
    func wordRuleSets(_ language: Language) throws {
        let lexicon = try #require(DateLexicon.forLanguage(language))
        let all = AlphabeticDateRules.WordRule.allCases.count
        let slots = lexicon.words.slots
        #expect(slots.count == lexicon.wordRules.count)
        for (slot, (word, rules)) in zip(slots, lexicon.wordRules).enumerated() {
            #expect(all == 64 || rules >> UInt64(all) == 0, "slot \(slot) sets a bit beyond the rules")
            guard let word else {
                #expect(rules == 0, "empty slot \(slot) has rules")
                continue
            }
            if word.canStartDate { #expect(rules != 0, "slot \(slot) can start a date but tries no rule") }
        }
    }

    @Test(
        "the loaded table finds every month and weekday by its hash, with its value, and no other word",
        arguments: [Language.english, .german])
    func table(_ language: Language) throws {
        let f = try Self.file(language)
        let lexicon = try #require(DateLexicon.forLanguage(language))
        for (name, month) in f.months ?? [:] {
            #expect(lexicon.word(DateLexicon.hash(name))?.month == month, "\(name)")
        }
        for (name, day) in f.weekdays ?? [:] {
            #expect(lexicon.word(DateLexicon.hash(name))?.weekday == day, "\(name)")
        }
        for (name, shift) in f.weekdayWeekShifts ?? [:] {
            #expect(lexicon.word(DateLexicon.hash(name))?.weekdayWeekShift == shift, "\(name)")
        }
        #expect(lexicon.word(DateLexicon.hash("barometer")) == nil)
        #expect(lexicon.word(DateLexicon.hash("Montag")).map { _ in true } == (language == .german ? true : nil))
    }

    @Test(
        "English and German: months 1-12 and each month named, weekdays 1-7 and each named, words lower-case",
        arguments: [Language.english, .german])
    func alphabetic(_ language: Language) throws {
        let f = try Self.file(language)
        let months = try #require(f.months)
        #expect(months.values.allSatisfy { (1...12).contains($0) })
        #expect(Set(months.values) == Set(1...12))
        let weekdays = try #require(f.weekdays)
        #expect(weekdays.values.allSatisfy { (1...7).contains($0) })
        #expect(Set(weekdays.values) == Set(1...7))
        #expect(f.dayWords.values.allSatisfy { (-3...3).contains($0) })
        #expect((f.shifts ?? [:]).values.allSatisfy { (-2...2).contains($0) })
        #expect((f.weekdayWeekShifts ?? [:]).values.allSatisfy { [-1, 1].contains($0) })
        for word in (f.weekdayWeekShifts ?? [:]).keys { #expect(weekdays[word] == nil, "weekday shift \(word)") }
        for word in f.monthCues ?? [] {
            #expect(
                f.yearCues?.contains(word) == true || f.parts[word] != nil || f.shifts?[word] != nil,
                "month cue \(word)")
        }
        #expect((f.ordinals ?? [:]).values.allSatisfy { (1...4).contains($0) })
        #expect((f.dayOrdinals ?? [:]).values.allSatisfy { (1...31).contains($0) })
        #expect((f.dayOrdinalTens ?? [:]).values.allSatisfy { [20, 30].contains($0) })
        for (word, entry) in f.relativeWords ?? [:] { #expect(entry.shift != 0, "\(word)") }
        for (word, entry) in f.periodParts ?? [:] { #expect([.year, .month].contains(entry.unit), "\(word)") }
        let all: [String] =
            Array(months.keys) + Array(weekdays.keys) + Array(f.dayWords.keys) + Array((f.shifts ?? [:]).keys)
            + Array((f.weekdayWeekShifts ?? [:]).keys) + (f.decadeWords ?? [])
            + Array((f.units ?? [:]).keys)
            + Array((f.ordinals ?? [:]).keys) + Array(f.parts.keys) + Array((f.sides ?? [:]).keys) + (f.yearCues ?? [])
            + (f.yearWords ?? []) + (f.quantityNouns ?? [])
            + Array(f.holidays.keys) + f.tradingDayAfter + (f.abbreviations ?? []) + (f.capitalisedOnly ?? [])
            + (f.lowercaseOnly ?? [])
            + (f.laterBefore ?? []) + (f.lookBack ?? []) + (f.weekend ?? []) + (f.weekendDeterminers ?? [])
            + Array((f.spanShifts ?? [:]).keys)
            + Array((f.anchorShifts ?? [:]).keys) + (f.dayCues ?? []) + Array((f.cardinals ?? [:]).keys)
            + (f.cardinalAnd ?? []) + (f.yearLinks ?? []) + (f.presentWords ?? []) + (f.weekContaining ?? [])
            + Array((f.decadeNames ?? [:]).keys) + (f.durationOpeners ?? []) + (f.businessDayWords ?? [])
            + (f.workWeeks ?? []) + (f.workWeeksAlone ?? []) + Array((f.spanNumberWords ?? [:]).keys)
            + (f.fortnights ?? []) + (f.dayNouns ?? []) + (f.withinWords ?? []) + (f.singularUnits ?? [])
            + (f.schoolYears ?? []) + (f.listJoiners ?? []) + (f.weekCommencing ?? [])
        #expect(Self.lowerCased(all) == [], "entries must be lower-case, non-empty, single-spaced")
        // Every abbreviation and case-restricted word is a month or weekday; every fiscal word is a year word.
        for word in (f.abbreviations ?? []) + (f.capitalisedOnly ?? []) + (f.lowercaseOnly ?? []) {
            #expect(
                months[word] != nil || weekdays[word] != nil || f.dayWords[word] != nil,
                "\(word) is neither month, weekday nor day word")
        }
        for word in f.fiscalWords ?? [] { #expect(f.yearWords?.contains(word) == true, "\(word)") }
        // "in two weeks" needs a weekend-free, non-empty set of "in" words, and "highest in two years" a look-back list.
        #expect(f.laterBefore?.isEmpty == false && f.lookBack?.isEmpty == false && f.weekend?.isEmpty == false)
        #expect((f.spanShifts ?? [:]).values.allSatisfy { $0 == -1 || $0 == 1 } && f.spanShifts?.isEmpty == false)
        #expect((f.anchorShifts ?? [:]).values.allSatisfy { $0 == -1 || $0 == 1 } && f.anchorShifts?.isEmpty == false)
        // Cardinals for years in words: 1–19, the tens 20–90, 100 and 1000 only.
        #expect(
            (f.cardinals ?? [:]).values.allSatisfy {
                (1...19).contains($0) || ($0 % 10 == 0 && (20...90).contains($0)) || $0 == 100 || $0 == 1000
            })
        // Decades in words name the first year's last two digits: "nineties" 90.
        #expect((f.decadeNames ?? [:]).values.allSatisfy { $0 % 10 == 0 && (0...90).contains($0) })
        // A year link joins a year to a date, so it must be a year cue or "of" ("28 June in 2020", "April of 87").
        for word in f.yearLinks ?? [] {
            #expect(f.yearCues?.contains(word) == true || f.of?.contains(word) == true, "year link \(word)")
        }
        for list in [
            f.abbreviations, f.capitalisedOnly, f.yearCues, f.yearWords, f.quantityNouns, f.holidayTails, f.articles,
            f.laterBefore, f.lookBack,
            f.weekend, f.weekendDeterminers, f.yearLinks, f.presentWords, f.weekContaining, f.durationOpeners,
            f.businessDayWords, f.workWeeks, f.workWeeksAlone, f.fortnights, f.dayNouns, f.withinWords,
            f.singularUnits, f.schoolYears, f.listJoiners, f.weekCommencing,
        ] {
            let l = list ?? []
            #expect(Set(l).count == l.count, "duplicate entries in \(l)")
        }
        // Work weeks after a shift word ("next workweek") are given; a phrase alone ("unter der Woche") is optional.
        #expect(f.workWeeks?.isEmpty == false)
        // A number word counting only in spans ("nächsten beiden Tage") is small and not also an ordinary number word.
        for (word, n) in f.spanNumberWords ?? [:] {
            #expect((1...12).contains(n) && f.numberWords?[word] == nil, "span number word \(word)")
        }
        // A day noun is the unit "day"; a singular unit is a unit of counts; a fortnight is not (it counts two weeks).
        for word in f.dayNouns ?? [] { #expect(f.agoUnits?[word] == .day, "day noun \(word)") }
        for word in f.singularUnits ?? [] { #expect(f.agoUnits?[word] != nil, "singular unit \(word)") }
        for word in f.fortnights ?? [] { #expect(f.agoUnits?[word] == nil, "fortnight \(word)") }
        // A week-commencing abbreviation begins with a letter (the scanner finds it at that word) and holds a symbol.
        for a in f.weekCommencing ?? [] {
            #expect(
                a.unicodeScalars.first.map { DateScanner.isLetter($0.value) } == true
                    && a.unicodeScalars.contains { !DateScanner.isLetter($0.value) }, "week commencing \(a)")
        }
        // School-year phrases need the month the school year begins in.
        if f.schoolYears?.isEmpty == false {
            #expect((1...12).contains(f.schoolYearStartMonth ?? 0), "schoolYearStartMonth")
        }
        // A year cue must not also be a quantity noun, or "in 2000 X" could never be read.
        #expect(Set(f.yearCues ?? []).isDisjoint(with: f.quantityNouns ?? []))
    }

    @Test("a date word's entry stays within 32 bytes (the scanner copies one per token it tries)")
    func entrySize() {
        #expect(MemoryLayout<DateWord>.stride <= 32, "\(MemoryLayout<DateWord>.stride) bytes")
    }

    @Test("German knows the Austrian Jänner and Feber, English the abbreviation Sept.")
    func regional() throws {
        #expect(try Self.file(.german).months?["jänner"] == 1)
        #expect(try Self.file(.german).months?["feber"] == 2)
        #expect(try Self.file(.english).months?["sept"] == 9)
        #expect(try Self.file(.english).abbreviations?.contains("sept") == true)
    }

    @Test("Chinese: every phrase parses, offsets in range, weekday names 1-7, numerals 0-10")
    func chinese() throws {
        let f = try Self.file(.chinese)
        #expect(f.dayWords.values.allSatisfy { (-3...3).contains($0) })
        #expect((f.yearWordsZh ?? [:]).values.allSatisfy { (-2...2).contains($0) })
        #expect(Set((f.weekdayNames ?? [:]).values) == Set(1...7))
        #expect((f.numerals ?? [:]).values.allSatisfy { (0...10).contains($0) })
        #expect(Set((f.numerals ?? [:]).values) == Set(0...10))
        #expect(Set((f.halves ?? [:]).values) == [1, 2])
        for (phrase, entry) in f.relative ?? [:] {
            #expect((-2...2).contains(entry.shift), "\(phrase)")
            #expect([.week, .month, .quarter, .half].contains(entry.unit), "\(phrase)")
        }
        for key in Array((f.weekdayNames ?? [:]).keys) + Array((f.numerals ?? [:]).keys) + Array(f.parts.keys) {
            #expect(key.unicodeScalars.count == 1, "\(key) must be one character")
        }
        // Eras begin after 1900 (older eras are history, see RecognizersDateTime); ends are first or last; sides
        // halve a week; seasons begin in March, June, September or December; spans go back or ahead.
        #expect((f.eras ?? [:]).values.allSatisfy { (1900...2100).contains($0) } && f.eras?.isEmpty == false)
        #expect((f.ends ?? [:]).values.allSatisfy { $0 != .mid } && Set((f.ends ?? [:]).values) == [.early, .late])
        #expect((f.classifiers ?? []).allSatisfy { $0.unicodeScalars.count == 1 } && f.classifiers?.isEmpty == false)
        for (phrase, side) in f.sides ?? [:] {
            #expect((phrase.hasSuffix("周") || phrase.hasSuffix("週")) && side != .mid, "\(phrase)")
        }
        #expect(Set((f.seasons ?? [:]).values) == [3, 6, 9, 12])
        #expect((f.spanShifts ?? [:]).values.allSatisfy { $0 == -1 || $0 == 1 } && f.spanShifts?.isEmpty == false)
        // Names holding date words ("今日头条") are skipped whole; each must begin with a date word to matter.
        for name in f.notDates ?? [] { #expect(f.dayWords.keys.contains { name.hasPrefix($0) }, "\(name)") }
        let lexicon = DateLexicon.chineseLexicon.chinese!
        for phrase in f.tradingDayAfter {
            #expect(
                lexicon.phrases[phrase.unicodeScalars.first!]?.contains { $0.1 == .tradingDayAfter(.springFestival) }
                    == true)
        }
    }

    @Test(
        "the words a number rule reads after a number are marked (suffix, unit, month, of, joiner), others are not",
        arguments: [
            (Language.english, "th", true), (.english, "days", true), (.english, "March", true), (.english, "of", true),
            (.english, "to", true), (.english, "the", false), (.english, "in", false), (.german, "März", true),
            (.german, "Tagen", true), (.german, "vierter", true), (.german, "bis", true), (.german, "der", false),
        ])
    func wordsAfterNumbers(_ language: Language, _ word: String, _ follows: Bool) throws {
        let lexicon = try #require(DateLexicon.forLanguage(language))
        let slot = lexicon.words.slot(of: DateLexicon.hash(word))
        #expect(slot >= 0, "\(word) is a date word")
        #expect(slot < 0 || lexicon.followsNumberSlots[slot] == follows, "\(word)")
    }

    @Test(
        "the decade suffix's hash is the hash the scanner gives the suffix as a word",
        arguments: [Language.english, .german])
    func decadeSuffixHash(_ language: Language) throws {
        let lexicon = try #require(DateLexicon.forLanguage(language))
        let text = Array("1990\(String(String.UnicodeScalarView(lexicon.decadeSuffix))) ".unicodeScalars)
        let tokens = DateScanner.tokens(text, range: ScalarRange(start: 0, end: text.count), lexicon: lexicon)
        #expect(tokens.count == 2 && tokens[1].kind == .word)
        #expect(tokens.last?.wordHash == lexicon.decadeSuffixHash)
    }

    @Test("range joiners need only openers (or closers) the language lists", arguments: Language.analysed)
    func ranges(_ language: Language) throws {
        let f = try Self.file(language)
        let openers = f.rangeOpeners ?? []
        #expect(!openers.isEmpty && !(f.rangeJoiners ?? [:]).isEmpty)
        for (joiner, opener) in f.rangeJoiners ?? [:] {
            #expect(joiner == joiner.lowercased(), "\(joiner)")
            if let opener {
                #expect(
                    openers.contains(opener) || f.rangeClosers?.contains(opener) == true, "\(joiner) needs \(opener)")
            }
        }
    }

    @Test("the publication cues exist for every analysed language and are lower-case")
    func publicationCues() {
        for language in Language.analysed {
            let cues = PublicationDateInference.cues.cues[language.code] ?? []
            #expect(!cues.isEmpty, "\(language.code)")
            #expect(Self.lowerCased(cues) == [])
            #expect(Set(cues).count == cues.count)
        }
    }
}
