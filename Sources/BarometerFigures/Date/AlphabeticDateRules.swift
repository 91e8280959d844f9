import BarometerText

/// A date found by the rules, before it becomes a ``Mention``.
struct DateHit: Sendable, Hashable {
    var range: ScalarRange
    var date: DateRange
    /// Whether the text itself names the year (publication-date inference trusts only such years).
    var yearExplicit: Bool
    /// Whether a relative word fixes the date against the reference ("today", "next Friday", "this May"): its year
    /// is not open, so a range does not move it into the year of its other end.
    var anchored = false
}

/// A partial match: the date, the token after it, whether the year was written.
struct DateMatch {
    var date: DateRange
    var next: Int
    var yearExplicit: Bool
    /// See ``DateHit/anchored``.
    var anchored = false

    /// The same match, marked as fixed by a relative word.
    func anchoredToReference() -> DateMatch {
        var m = self
        m.anchored = true
        return m
    }
}

/// The date rules shared by English and German, over ``DateToken``s. The language-specific forms (day and month
/// order, ordinal dots and suffixes, numeric dates) are in `Date+English.swift` and `Date+German.swift`; every word
/// comes from the language's ``DateLexicon``.
///
/// Patterns, tried at each token in this order (the first that matches wins, and scanning resumes after it):
/// holiday phrases; approximations ("early March", "Ende 2025"); weekdays ("Tuesday, March 5, 2024", "on Monday");
/// relative words ("last week", "letzten Monat", "yesterday"); quarters and halves ("Q3 2023", "third quarter",
/// "1. Quartal 2024"); fiscal and explicit years ("fiscal 2024", "FY2024", "im Jahr 2012"); month-first dates
/// ("March 25, 2024", "in October"); and dates that begin with a number (ISO, numeric, day-first, decades, years
/// after a cue word).
struct AlphabeticDateRules {
    let lexicon: DateLexicon
    let scalars: [Unicode.Scalar]
    let tokens: [DateToken]
    let reference: Day

    /// The rules over the tokens of a range of `text` (``DateScanner/tokens(_:range:lexicon:)``).
    init(lexicon: DateLexicon, text: ScalarText, tokens: [DateToken], reference: Day) {
        self.lexicon = lexicon
        self.scalars = text.folded
        self.tokens = tokens
        self.reference = reference
    }

    func hits() -> [DateHit] {
        var hits: [DateHit] = []
        var i = 0
        var floor = 0
        // A local copy: the loop reads it without retaining the rules' storage per token.
        let tokens = self.tokens
        while true {
            // Most tokens are punctuation or words no date starts with (the scanner marked the others): skip them
            // before any pattern is tried.
            i = Self.nextStart(in: tokens, from: i)
            guard i < tokens.count else { break }
            if let (found, first) = match(at: i) {
                var match = first.date.granularity == .month ? daysWithin(month: first) ?? first : first
                match = onWeekday(after: match)
                if lexicon.language == .german { match.next = germanClosingDot(after: match) }
                // A pattern may begin a few tokens back ("the day after tomorrow" is found at "tomorrow"), never
                // inside the previous date.
                let start = max(found, floor)
                floor = match.next
                // "second of Aug.": the dot after an abbreviation that ends the date may end the sentence, and is
                // left out; inside a date ("Feb. 21") or before a lower-case word ("am 12. Feb. einen") it stays.
                var last = match.next - 1
                if last > start, isSymbol(last, "."), word(last - 1)?.isAbbreviation == true,
                    !(tokens.indices.contains(last + 1) && tokens[last + 1].kind == .word
                        && !tokens[last + 1].capitalised)
                {
                    last -= 1
                }
                let range = ScalarRange(start: tokens[start].start, end: tokens[last].end)
                hits.append(
                    DateHit(
                        range: range, date: match.date, yearExplicit: match.yearExplicit, anchored: match.anchored))
                i = match.next
            } else {
                i += 1
            }
        }
        return hits
    }

    /// The first token from `i` on at which a date may begin (``DateToken/mayStartDate``), or the token count: one
    /// test a token, through a pointer that stays within the array (no bound test per token).
    static func nextStart(in tokens: [DateToken], from i: Int) -> Int {
        tokens.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, i < buffer.count else { return max(i, buffer.count) }
            let end = base + buffer.count
            var p = base + i
            while p < end, !p.pointee.mayStartDate { p += 1 }
            return p - base
        }
    }

    /// The first pattern matching at token `i`, with the token its span starts at.
    func match(at i: Int) -> (Int, DateMatch)? {
        let token = tokens[i]
        switch token.kind {
        case .word:
            guard token.slot >= 0 else { return nil }
            return wordMatch(at: i, lexicon.words[slot: token.slot], rules: lexicon.wordRules[token.slot])
        case .number:
            // Each rule below reads a number of so many digits only (a day or ordinal: one or two; a year: four);
            // asking the count first passes the others by without a call.
            let digits = token.digits
            if digits <= 3, followedByNoDatePart(i) { return nil }
            if digits == 4, yearReadByNoRule(i) { return nil }
            if lexicon.language == .german, let m = germanDateAfterArticle(at: i) { return (i - 1, m) }
            if digits == 1, let m = quarter(at: i) { return (fromArticle(i), m) }
            if digits <= 2, let (start, m) = ordinalInDigits(at: i, digits: digits) { return (start, m) }
            // A count of units ("3 days ago", "5 weeks from", "10 previous weeks") needs a unit or a span word next;
            // most numbers have none, and these four rules are not tried.
            if countFollows(i) {
                if let (start, m) = stretch(at: i) { return (start, m) }
                if let m = offset(at: i) { return (i, m) }
                if let m = ago(at: i) { return (i, m) }
                if let m = span(at: i) { return (i, m) }
            }
            if digits <= 2, let m = dayRange(at: i) { return (rangeStart(i), m) }
            if digits <= 2, let m = dayBeforePair(at: i) { return (i, m) }
            if digits <= 2, let m = daysBefore(at: i) { return (rangeStart(i), m) }
            if digits <= 4 || digits == 8, let m = numeric(at: i) ?? compactDate(at: i) { return (i, m) }
            if digits <= 2 || digits == 4, let m = mixedDate(at: i) { return (i, m) }
            if digits == 4, let m = yearThenPeriod(at: i) ?? yearThenMonth(at: i) { return (i, m) }
            if digits <= 2, let m = dayFirst(atNumber: i) { return (i, m) }
            if digits <= 2, let m = dayAlone(at: i) { return (i - 1, m) }
            if digits == 2 || digits == 4, let m = decade(at: i, part: nil) { return (i, m) }
            if digits == 4, let m = cuedYear(at: i) { return (i, m) }
            if digits == 4, let m = attributiveYear(at: i) { return (i, m) }
            return nil
        case .symbol:
            return nil
        }
    }

    /// The word rules of ``match(at:)``, in the cascade's order: one bit each in ``DateLexicon/wordRules``, set
    /// for a word when the rule's test of the word's own fields passes (``rules(for:)``).
    enum WordRule: Int, CaseIterable {
        case holiday, workWeek, schoolYear, within, weekCommencing, present, partOfPeriod, weekContaining, thePeriod
        case decade, part, side, season, stretch, offset, ago, span, weekday, weekOf, shiftedWeekday, relativeDecade
        case dayAfterDayWord, weekendOfHoliday, weekendRelative, relative, quarter, spanAlone, dayRange, dayFirst
        case dayAlone, yearWithWord, spelledYear, isoWeek, periodPart, mixedDate, monthFirst

        /// The rule of a bit set by ``AlphabeticDateRules/rules(for:)``. `init(rawValue:)` was a call per visited
        /// rule (a quarter of a million per 1000 articles); a case without payload is stored as its index, which
        /// is its raw value here, and only bits of cases are ever set.
        @inline(__always)
        init(bit: Int) {
            assert(bit < Self.allCases.count)
            self = unsafeBitCast(UInt8(truncatingIfNeeded: bit), to: WordRule.self)
        }
    }

    /// The word rules that may apply to `w`, one bit per ``WordRule``: built once per slot, so a common starter
    /// ("in", "a", "this", "may") visits its few rules, not the forty tests of the whole cascade.
    static func rules(for w: DateWord) -> UInt64 {
        let counts = w.numberWord != nil
        let dayOrdinal = w.dayOrdinal != nil || w.dayOrdinalTens != nil
        let tests: [(WordRule, Bool)] = [
            (.holiday, w.startsPhrase), (.workWeek, w.shift != nil || w.startsWorkWeek),
            (.schoolYear, w.shift != nil || w.startsSchoolYear), (.within, w.isWithin),
            (.weekCommencing, w.startsWeekCommencing), (.present, w.isPresent),
            (.partOfPeriod, w.ordinal != nil || w.shift == -1 || dayOrdinal), (.weekContaining, w.unit == .week),
            (.thePeriod, w.unit != nil || w.isDayNoun || w.isFortnight), (.decade, w.decadeName != nil),
            (.part, w.part != nil), (.side, w.side != nil), (.season, w.season != nil), (.stretch, counts),
            (.offset, counts), (.ago, counts || w.isAgoBefore || w.isLaterBefore), (.span, counts),
            (.weekday, w.weekday != nil), (.weekOf, w.ordinal != nil || w.shift == -1),
            (.shiftedWeekday, w.weekdayWeekShift != nil), (.relativeDecade, w.shift != nil),
            (.dayAfterDayWord, w.dayOffset != nil), (.weekendOfHoliday, w.isWeekend), (.weekendRelative, w.isWeekend),
            (.relative, w.dayOffset != nil || w.relative != nil || w.isWeekend || w.shift != nil),
            (.quarter, w.quarterLetter != nil || w.ordinal != nil), (.spanAlone, w.spanShift != nil),
            (.dayRange, dayOrdinal), (.dayFirst, dayOrdinal || w.cardinal != nil), (.dayAlone, w.dayOrdinal != nil),
            (.yearWithWord, w.isYearWord), (.spelledYear, w.cardinal != nil), (.isoWeek, w.isWeekNumberWord),
            (.periodPart, w.periodPart != nil), (.mixedDate, w.month != nil), (.monthFirst, w.month != nil),
        ]
        return tests.reduce(0) { $1.1 ? $0 | 1 << UInt64($1.0.rawValue) : $0 }
    }

    /// The first word rule matching at word `i` (entry `w`), visiting only the rules in `rules` (its slot's
    /// ``DateLexicon/wordRules``) in the cascade's order; the tests left here read the tokens around the word.
    func wordMatch(at i: Int, _ w: DateWord, rules: UInt64) -> (Int, DateMatch)? {
        var rest = rules
        // A count word ("a", "three") starts the count rules only before a unit or span word, as a number does;
        // "a", among the commonest words, is mostly followed by neither. Set at `.stretch`, the first of them.
        var counts = false
        while rest != 0 {
            let rule = WordRule(bit: rest.trailingZeroBitCount)
            rest &= rest - 1
            switch rule {
            case .holiday: if let m = holiday(at: i) { return (i, m) }
            case .workWeek: if let m = workWeek(at: i, w) { return (i, m) }
            case .schoolYear: if let m = schoolYear(at: i, w) { return (i, m) }
            case .within: if let m = within(at: i) { return (i, m) }
            case .weekCommencing: if let m = weekCommencing(at: i) { return (i, m) }
            case .present: if let (start, m) = present(at: i) { return (start, m) }
            case .partOfPeriod: if let (start, m) = partOfPeriod(at: i) { return (start, m) }
            case .weekContaining: if let (start, m) = weekContaining(at: i) { return (start, m) }
            case .thePeriod: if let (start, m) = thePeriod(at: i) { return (start, m) }
            case .decade:
                if let d = w.decadeName, word(i - 1)?.isArticle == true || isCued(i),
                    let date = DateResolution.decade(
                        DateResolution.pastYear(endingIn: d, reference: reference), part: nil)
                {
                    return (i, DateMatch(date: date, next: i + 1, yearExplicit: false))
                }
            case .part: if let m = part(at: i) { return (i, m) }
            case .side: if let m = side(at: i) { return (i, m) }
            case .season: if let m = season(at: i) { return (i, m) }
            case .stretch:
                counts = countFollows(i) || w.spanShift != nil
                if counts, let (start, m) = stretch(at: i) { return (start, m) }
            case .offset: if counts, let m = offset(at: i) { return (i, m) }
            case .ago:
                // A word before its count ("in", "vor") needs the count right after it ("in two weeks"): "in the",
                // among the commonest pairs, is turned away here, without the call.
                let before = w.isAgoBefore || w.isLaterBefore
                if before ? count(at: i + 1) != nil : counts, let m = ago(at: i) { return (i, m) }
            case .span: if counts, let m = span(at: i) { return (i, m) }
            case .weekday: if let m = weekday(at: i) { return (i, m) }
            case .weekOf: if let m = weekOf(at: i) { return (fromArticle(i), m) }
            case .shiftedWeekday:
                if let shift = w.weekdayWeekShift, let m = shiftedWeekday(at: i, shift) { return (i, m) }
            case .relativeDecade:
                if word(i + 1)?.isDecadeWord == true, let m = relative(at: i, w) {
                    return (fromArticle(i), m)  // "the next decade"
                }
            case .dayAfterDayWord: if let (start, m) = dayAfterDayWord(at: i, w) { return (start, m) }
            case .weekendOfHoliday: if let (start, m) = weekendOfHoliday(at: i) { return (start, m) }
            case .weekendRelative:
                if let m = relative(at: i, w) { return (word(i - 1)?.isWeekendDeterminer == true ? i - 1 : i, m) }
            // Only a word with a day offset, a relative period, a weekend or a shift reads relative to the
            // reference, and only a quarter letter or an ordinal starts a quarter at a word.
            case .relative: if let m = relative(at: i, w) { return (i, m) }
            // "the first quarter of the year": from the article, as "the first week of May" (``weekOf(at:)``).
            case .quarter: if let m = quarter(at: i) { return (w.ordinal != nil ? fromArticle(i) : i, m) }
            case .spanAlone: if let m = span(at: i) { return (i, m) }
            case .dayRange: if let m = dayRange(at: i) { return (rangeStart(i), m) }
            case .dayFirst: if let m = dayFirst(atWord: i) { return (i, m) }
            case .dayAlone: if let m = dayAlone(at: i) { return (i - 1, m) }
            case .yearWithWord: if let m = yearWithWord(at: i) { return (i, m) }
            case .spelledYear:
                if isCued(i), let (y, next) = spelledYear(at: i),
                    !(tokens.indices.contains(next) && tokens[next].kind == .word && y % 1000 == 0),
                    let date = DateResolution.year(y)
                {
                    return (i, DateMatch(date: date, next: next, yearExplicit: true))
                }
            case .isoWeek: if let m = isoWeek(at: i) { return (i, m) }
            case .periodPart: if let m = periodPart(at: i) { return (i, m) }
            case .mixedDate: if let m = mixedDate(at: i) { return (i, m) }
            case .monthFirst:
                if let m = monthFirst(at: i) {
                    let range = dayRange(after: m)
                    return (range.next == m.next ? i : rangeStart(i), range)  // "from April 9 till the 17th"
                }
            }
        }
        return nil
    }

    /// The rules reading an ordinal in digits, in the cascade's order: a part of a period ("the 2nd day of"), a
    /// week of a month ("the 1st week of"), a century ("21st century"). Each needs the ordinal suffix glued on (a
    /// century also takes a German dot, "19. Jahrhundert"); most numbers have neither, and none is tried.
    ///
    /// Kept out of ``match(at:)``: a longer cascade there made the compiler stop inlining the word tests.
    @inline(never)
    func ordinalInDigits(at i: Int, digits: Int) -> (Int, DateMatch)? {
        let suffixed = word(i + 1)?.isOrdinalSuffix == true && adjacent(i, i + 1)
        guard suffixed || (isSymbol(i + 1, ".") && adjacent(i, i + 1)) else { return nil }
        if suffixed, let (start, m) = partOfPeriod(at: i) { return (start, m) }
        if digits == 1, suffixed, let m = weekOf(at: i) { return (fromArticle(i), m) }
        if let m = century(at: i) { return (i, m) }
        return nil
    }

    // MARK: - Token tests

    /// Whether the token after the number at `i` (of at most three digits) lets none of the number rules of
    /// ``match(at:)`` match: a word that no such rule reads after a number (``DateWord/mayFollowNumber``) and that
    /// is not the decade suffix ("90s"), or a symbol that is no separator of a numeric date or a range (".", "/",
    /// "-", "–", "—", "~"; in English the dot of a decimal, ``isDecimal(at:)``, neither). "5 people", "20%",
    /// "2,000", "10 in", "3.5" have none, and the cascade is not tried (about three numbers in four in news). A rule
    /// that reads something else after a number must be added here.
    @inline(__always)
    func followedByNoDatePart(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        switch next.kind {
        case .word:
            // A slot the table found is within it, and `followsNumberSlots` has one entry a slot.
            return next.wordHash != lexicon.decadeSuffixHash
                && (next.slot < 0 || !lexicon.followsNumberSlots.withUnsafeBufferPointer { $0[next.slot] })
        case .symbol:
            switch next.value {
            case 0x2E: return lexicon.language == .english && isDecimal(at: i)  // .
            case 0x2D, 0x2F, 0x7E, 0x2013, 0x2014: return false  // - / ~ – —
            default: return true
            }
        case .number:
            return false
        }
    }

    /// Whether the four-digit number at `i` lets none of the number rules of ``match(at:)`` match, by the tokens
    /// around it: before it no word those rules read there (a cue, a determiner, a joiner, an article:
    /// ``DateWord/mayPrecedeYear``) and no joining dash or tilde ("2014-2018"); after it no number ("2016 10 16"), no
    /// word they read there (``DateWord/mayFollowYear``, the decade suffix: "1990s") and no symbol that joins a date
    /// or range ("-", "/", ".", "–", "—", "~") or makes a possessive ("2003's"). "of 2024.", "2024 results", "$2024"
    /// try no rule (about half the four-digit numbers in news). A rule that reads something else around a four-digit
    /// number must be added here.
    @inline(__always)
    func yearReadByNoRule(_ i: Int) -> Bool {
        if i > 0 {
            let before = tokens[i - 1]
            switch before.kind {
            case .word:
                // A slot the table found is within it, and `precedesYearSlots` has one entry a slot.
                if before.slot >= 0, lexicon.precedesYearSlots.withUnsafeBufferPointer({ $0[before.slot] }) {
                    return false
                }
            case .symbol:
                switch before.value {
                case 0x2D, 0x7E, 0x2013, 0x2014: return false  // - ~ – —
                default: break
                }
            case .number:
                break
            }
        }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        switch next.kind {
        case .word:
            return next.wordHash != lexicon.decadeSuffixHash
                && (next.slot < 0 || !lexicon.followsYearSlots.withUnsafeBufferPointer { $0[next.slot] })
        case .symbol:
            switch next.value {
            case 0x2D, 0x2F, 0x2E, 0x27, 0x7E, 0x2013, 0x2014: return false  // - / . ' ~ – —
            default: return true
            }
        case .number:
            return false
        }
    }

    /// Whether a month word is among the `n` tokens after `i` (``dayFirst(atNumber:)`` asks it).
    @inline(__always)
    func monthWithin(_ n: Int, after i: Int) -> Bool {
        var k = i + 1
        while k <= i + n, k < tokens.count {
            if tokens[k].kind == .word, tokens[k].slot >= 0, lexicon.words[slot: tokens[k].slot].month != nil {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether the word after token `i` can follow a count in ``stretch(at:)``, ``offset(at:)``, ``ago(at:)`` or
    /// ``span(at:)`` when the count is the token itself: a unit ("days", "fortnight") or a span word ("previous").
    @inline(__always)
    func countFollows(_ i: Int) -> Bool {
        guard let next = word(i + 1) else { return false }
        return next.agoUnit != nil || next.isFortnight || next.spanShift != nil
    }

    @inline(__always)
    func word(_ i: Int) -> DateWord? {
        guard tokens.indices.contains(i), tokens[i].kind == .word else { return nil }
        let slot = tokens[i].slot
        return slot < 0 ? nil : lexicon.words[slot: slot]
    }

    @inline(__always)
    func isSymbol(_ i: Int, _ s: Unicode.Scalar) -> Bool {
        tokens.indices.contains(i) && tokens[i].kind == .symbol && tokens[i].value == Int(s.value)
    }

    @inline(__always)
    func isNumber(_ i: Int) -> Bool { tokens.indices.contains(i) && tokens[i].kind == .number }

    /// Whether the number at `i` is the whole part of a decimal: a dot and a number glued after it, and no second dot
    /// and number glued after those ("3.5", not "3.5.2020"). In English such a number begins no date: a day and
    /// month alone take a slash there (``numeric(at:cued:)``), and neither a day nor an ordinal is followed by a
    /// number after its dot.
    @inline(__always)
    func isDecimal(at i: Int) -> Bool {
        isSymbol(i + 1, ".") && adjacent(i, i + 1) && isNumber(i + 2) && adjacent(i + 1, i + 2)
            && !(isSymbol(i + 3, ".") && adjacent(i + 2, i + 3) && isNumber(i + 4) && adjacent(i + 3, i + 4))
    }

    /// Whether token `j` follows token `i` with no space between.
    @inline(__always)
    func adjacent(_ i: Int, _ j: Int) -> Bool {
        tokens.indices.contains(i) && tokens.indices.contains(j) && tokens[i].end == tokens[j].start
    }

    /// Whether the word before token `i` is a cue for a year or month ("in", "since", "im", "seit").
    func isCued(_ i: Int) -> Bool { word(i - 1)?.isYearCue == true }

    /// Whether a word may be read as a date word given its case: "May" but not "may", "morgen" but not "Morgen",
    /// unless a cue word precedes it ("in may").
    func caseAllowed(_ i: Int, _ w: DateWord, cued: Bool) -> Bool {
        if w.capitalisedOnly, !tokens[i].capitalised, !lowerCaseMonthAllowed(i) { return false }
        if w.lowercaseOnly, tokens[i].capitalised, !isSentenceStart(i) { return false }
        return true
    }

    /// Whether a lower-case "may", "march" or "sun" at `i` is the date word: after a month cue ("in may"), a day
    /// ("25 may") or a hyphen ("mid-may"); never after "this", "and", "to", where it is a verb.
    func lowerCaseMonthAllowed(_ i: Int) -> Bool {
        if word(i - 1)?.isMonthCue == true { return true }
        return i > 0 && (tokens[i - 1].kind == .number || isSymbol(i - 1, "-"))
    }

    /// Whether token `i` begins a sentence (or the scanned range), where every word is capitalised.
    func isSentenceStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let previous = tokens[i - 1]
        guard previous.kind == .symbol, let s = Unicode.Scalar(UInt32(previous.value)) else { return false }
        return Self.sentenceEnds.contains(s)
    }

    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "\"", "„", "“", "»", "«"]

    /// Skips one token if it is the symbol `s` right after the previous token ("Jan." or "25.").
    func skipAdjacent(_ s: Unicode.Scalar, at j: Int) -> Int {
        isSymbol(j, s) && adjacent(j - 1, j) ? j + 1 : j
    }

    /// Skips articles and "of"/"des" words (at most two: "of the").
    func skipFillers(_ j: Int) -> Int {
        var j = j
        for _ in 0..<2 {
            guard let w = word(j), w.isArticle || w.isOf else { break }
            j += 1
        }
        return j
    }

    /// A month name at `i`, with its abbreviation dot: (month, next token).
    func month(at i: Int, cued: Bool) -> (Int, Int)? {
        guard let w = word(i), let m = w.month, caseAllowed(i, w, cued: cued) else { return nil }
        let next = w.isAbbreviation ? skipAdjacent(".", at: i + 1) : i + 1
        // "to march 5 kilometres": a lower-case "march" or "may" before a number stays a verb even after a cue.
        if w.capitalisedOnly, !tokens[i].capitalised, isNumber(next), !isNumber(i - 1) { return nil }
        return (m, next)
    }

    /// A four-digit year at `i` that is not an amount: not followed by a quantity noun, a percent sign, a decimal
    /// or thousands part, or a time, and not after a currency sign.
    func year(at i: Int) -> (Int, Int)? {
        guard isNumber(i), tokens[i].digits == 4, DateResolution.isPlausibleYear(tokens[i].value) else { return nil }
        if let w = word(i + 1), w.isQuantityNoun { return nil }
        if isSymbol(i + 1, "%") { return nil }
        for s: Unicode.Scalar in [".", ",", ":"]
        where isSymbol(i + 1, s) && adjacent(i, i + 1) && isNumber(i + 2) && adjacent(i + 1, i + 2) {
            return nil
        }
        if isAmount(i) { return nil }
        return (tokens[i].value, i + 1)
    }

    /// Whether the number at `i` follows a currency sign: "$12", "€2000".
    func isAmount(_ i: Int) -> Bool {
        // "$12", and with one space, "$ 12".
        guard i > 0, tokens[i - 1].kind == .symbol, tokens[i].start - tokens[i - 1].end <= 1,
            let s = Unicode.Scalar(UInt32(tokens[i - 1].value))
        else {
            return false
        }
        return Self.currencySigns.contains(s)
    }

    /// Signs that make a following number an amount ("$2000"): a short list, searched faster than a set is hashed.
    static let currencySigns: [Unicode.Scalar] = ["$", "€", "£", "¥", "#", "+"]

    /// A year after a month or day ("March 2024", "25 March, 2024"): an optional comma, then a year.
    func trailingYear(at j: Int) -> (Int, Int)? {
        if let y = year(at: j) ?? spelledYear(at: j) { return y }
        if isSymbol(j, ","), let y = year(at: j + 1) { return y }
        // "the fourth of July of 1995", "28 june in 2020", and after "of" two digits: "April of 87".
        guard let link = word(j), link.isOf || link.isYearLink else { return nil }
        if let y = year(at: j + 1) { return y }
        // Two digits only before punctuation or a preposition: "April of 30 banks" is no year.
        guard link.isOf, link.isYearLink, isNumber(j + 1), tokens[j + 1].digits == 2, !isAmount(j + 1),
            j + 2 >= tokens.count || (tokens[j + 2].kind == .symbol && !isNumber(j + 3))
                || word(j + 2)?.isYearCue == true,
            !isSymbol(j + 2, "%")
        else { return nil }
        return (DateResolution.twoDigitYear(tokens[j + 1].value, reference: reference), j + 2)
    }

    /// "in 2017 April": a year after a cue, then a month written in full. The month is asked for before the year's
    /// own tests (``year(at:)`` ends at the next token): most cued years have none.
    func yearThenMonth(at i: Int) -> DateMatch? {
        let j = i + 1
        guard isCued(i), let w = word(j), w.month != nil, !w.isAbbreviation,
            !w.capitalisedOnly || tokens[j].capitalised, let (y, _) = year(at: i),
            let (m, next) = month(at: j, cued: true)
        else { return nil }
        return DateResolution.month(y, m).map { DateMatch(date: $0, next: next, yearExplicit: true) }
    }

    // MARK: - Patterns

    /// "first trading day after the Lunar New Year holiday", "Lunar New Year", "chinesischen Neujahrsfest".
    func holiday(at i: Int) -> DateMatch? {
        // Every phrase beginning here has a second date word: after a word without a slot, or after punctuation a
        // phrase does not skip, none matches ("new products", "first time").
        if lexicon.holidayNeedsSecondWord[tokens[i].slot], !mayContinuePhrase(after: i) { return nil }
        for phrase in lexicon.tradingDayAfter {
            // A phrase matches only where its first word stands.
            guard phrase.first == tokens[i].slot || phrase.isEmpty, let j = matchPhrase(phrase, at: i) else { continue }
            let k = skipFillers(j)
            guard let (holiday, end) = holidayPhrase(at: k) else { continue }
            let next = word(end)?.isHolidayTail == true ? end + 1 : end
            guard let day = DateResolution.latest(holiday.firstTradingDayAfter(in:), reference: reference) else {
                return nil
            }
            return DateMatch(date: .day(day), next: next, yearExplicit: false)
        }
        guard let m = holidayDay(at: i) else { return nil }
        guard word(m.next)?.isWeekend == true else { return m }
        // "labor day weekend", "labor day 2021 weekend", "halloween weekend 2021": the weekend of the holiday.
        if !m.yearExplicit, let (y, next) = year(at: m.next + 1), let (holiday, _) = holidayPhrase(at: i),
            let day = holiday.day(in: y)
        {
            return DateMatch(date: DateResolution.weekend(around: day), next: next, yearExplicit: true)
        }
        return DateMatch(
            date: DateResolution.weekend(around: m.date.start), next: m.next + 1, yearExplicit: m.yearExplicit)
    }

    /// A holiday phrase at `i` with its year: written after it ("Christmas 2023"), shifted ("Christmas last year",
    /// "Ostern im nächsten Jahr", "Fastnachtssonntag letzten Jahres"), else the latest one.
    func holidayDay(at i: Int) -> DateMatch? {
        guard let (holiday, end) = holidayPhrase(at: i) else { return nil }
        if let (y, next) = year(at: end), let day = holiday.day(in: y) {
            return DateMatch(date: .day(day), next: next, yearExplicit: true)
        }
        // "Heilige Drei Könige im Jahr 2020".
        if word(end)?.isYearCue == true, word(end + 1)?.isYearWord == true, let (y, next) = year(at: end + 2),
            let day = holiday.day(in: y)
        {
            return DateMatch(date: .day(day), next: next, yearExplicit: true)
        }
        // "Christmas last year", "Ostern im nächsten Jahr", "Fastnachtssonntag letzten Jahres".
        let k = word(end)?.isYearCue == true ? end + 1 : end
        if let shift = word(k)?.shift, word(k + 1)?.unit == .year, let day = holiday.day(in: reference.year + shift) {
            return DateMatch(date: .day(day), next: k + 2, yearExplicit: false)
        }
        guard let day = DateResolution.latest(holiday.day(in:), reference: reference) else { return nil }
        return DateMatch(date: .day(day), next: end, yearExplicit: false)
    }

    /// "the weekend of halloween", "weekend of thanksgiving 2023": at a weekend word, the weekend of a holiday.
    func weekendOfHoliday(at i: Int) -> (Int, DateMatch)? {
        guard word(i)?.isWeekend == true, word(i + 1)?.isOf == true, word(i + 2)?.startsPhrase == true,
            let m = holidayDay(at: i + 2)
        else { return nil }
        let start = fromArticle(i)
        return (
            start,
            DateMatch(
                date: DateResolution.weekend(around: m.date.start), next: m.next, yearExplicit: m.yearExplicit)
        )
    }

    /// Whether the token after `i` may be read by ``matchPhrase(_:at:)`` as the second word of a phrase: a date word,
    /// or a hyphen or apostrophe it skips before that word.
    func mayContinuePhrase(after i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        switch next.kind {
        case .word: return next.slot >= 0
        case .symbol: return next.value == 0x2D || next.value == 0x27 || next.value == 0x2019  // - ' ’
        case .number: return false
        }
    }

    /// The token after `phrase` matched at `i`, or nil. A possessive mark inside the phrase is skipped: "new year's
    /// day" and "workers' day" match "new year day" and "workers day"; so is a hyphen joining two of its words
    /// without spaces: "Eid al-Fitr" matches "eid al fitr".
    func matchPhrase(_ phrase: [Int], at i: Int) -> Int? {
        var p = i
        for (k, slot) in phrase.enumerated() {
            if k > 0, isSymbol(p, "-"), adjacent(p - 1, p), adjacent(p, p + 1) { p += 1 }
            if k > 0, isSymbol(p, "'") || isSymbol(p, "’"), adjacent(p - 1, p) {
                p += 1
                if tokens.indices.contains(p), adjacent(p - 1, p), tokens[p].end == tokens[p].start + 1,
                    scalars[tokens[p].start] == "s"
                {
                    p += 1
                }
            }
            guard tokens.indices.contains(p), tokens[p].kind == .word, tokens[p].slot == slot else { return nil }
            p += 1
        }
        return p
    }

    /// The end of the first of `phrases` matched at `i`: one slot comparison rejects a phrase whose first word is
    /// not there (the rules try this at every shift word).
    func firstPhrase(_ phrases: [[Int]], at i: Int) -> Int? {
        guard tokens.indices.contains(i), tokens[i].kind == .word else { return nil }
        let slot = tokens[i].slot
        for phrase in phrases where phrase.first == slot {
            if let end = matchPhrase(phrase, at: i) { return end }
        }
        return nil
    }

    /// The first of the lexicon's holiday phrases (longest first) that matches at `i`: only those beginning with the
    /// word at `i` are tried.
    func holidayPhrase(at i: Int) -> (DateHoliday, Int)? {
        guard tokens.indices.contains(i), tokens[i].kind == .word, tokens[i].slot >= 0 else { return nil }
        for index in lexicon.holidaysByFirstSlot[tokens[i].slot] {
            let (phrase, holiday) = lexicon.holidays[index]
            if let end = matchPhrase(phrase, at: i) { return (holiday, end) }
        }
        return nil
    }

    /// "early March", "mid-2023", "end of 2023", "late last year", "Anfang März", "Ende 2025", "Ende des Jahres",
    /// "the early 2000s".
    func part(at i: Int) -> DateMatch? {
        guard let part = word(i)?.part else { return nil }
        var j = skipAdjacent("-", at: i + 1)
        j = skipFillers(j)
        if let (m, next) = month(at: j, cued: true) {
            let (date, after, explicit) = monthRange(m, yearAt: next)
            guard let date else { return nil }
            return DateMatch(date: DateResolution.part(part, ofMonth: date), next: after, yearExplicit: explicit)
        }
        if let d = decade(at: j, part: part) { return d }
        if let (y, next) = year(at: j), let date = DateResolution.part(part, ofYear: y) {
            return DateMatch(date: date, next: next, yearExplicit: true)
        }
        // "last year", "letzten Jahres", "this month"; or, after an article, "the year", "des Monats".
        var shift = 0
        var k = j
        if let s = word(j)?.shift {
            shift = s
            k = j + 1
        } else if j == i + 1 {
            return nil
        }
        guard let unit = word(k)?.unit, let period = DateResolution.relative(unit, shift, reference: reference) else {
            return nil
        }
        switch unit {
        case .year:
            guard let date = DateResolution.part(part, ofYear: period.start.year) else { return nil }
            return DateMatch(date: date, next: k + 1, yearExplicit: false)
        case .month:
            return DateMatch(date: DateResolution.part(part, ofMonth: period), next: k + 1, yearExplicit: false)
        case .week where part != .mid:
            // "end of the week": its second half, Thursday–Sunday, as "later this week".
            let date = DateResolution.side(part, of: period, unit: .week, reference: reference)
            return DateMatch(date: date, next: k + 1, yearExplicit: false)
        default:
            return nil
        }
    }

    /// "nächsten Monat vom 4. bis zum 23.", "next month from the 4th to the 23rd": days of a month written after it,
    /// with an optional opener, as a range in that month. Both days must be marked as days (an ordinal dot or suffix,
    /// a word, an article): "in March from 3 to 5 percent" is no range of days.
    func daysWithin(month m: DateMatch) -> DateMatch? {
        let i = word(m.next)?.isRangeOpener == true ? m.next + 1 : m.next
        func marked(_ start: Int, _ end: Int) -> Bool { end - start >= 2 || tokens[start].kind == .word }
        guard tokens.indices.contains(i), let (first, j) = rangeDay(at: i), marked(i, j), isRangeJoiner(j) else {
            return nil
        }
        // "bis zum 23.": the word after "bis" that the joiner "bis zum" takes.
        let k = word(j + 1)?.isYearCue == true ? j + 2 : j + 1
        guard tokens.indices.contains(k), let (last, next) = rangeDay(at: k), marked(k, next), last > first,
            word(next)?.month == nil,
            let start = DateResolution.day(m.date.start.year, m.date.start.month, first),
            let end = DateResolution.day(m.date.start.year, m.date.start.month, last)
        else { return nil }
        return DateMatch(
            date: DateRange(start: start, end: end, granularity: .day), next: next, yearExplicit: m.yearExplicit,
            anchored: m.anchored)
    }

    /// "from 4-23 in next month", "between the 3rd and the 9th in May": after an opener, days of a month written before
    /// it and "in", as a range in that month (the mirror of ``daysWithin(month:)``).
    func daysBefore(at i: Int) -> DateMatch? {
        guard rangeStart(i) < i, let (first, j) = rangeDay(at: i),
            isRangeJoiner(j) || word(j)?.isPairJoiner == true,
            let (last, k) = rangeDay(at: word(j + 1)?.isArticle == true ? j + 2 : j + 1), last > first,
            word(k)?.isYearCue == true, word(k)?.isYearLink == true, tokens.indices.contains(k + 1),
            let (_, month) = match(at: k + 1), month.date.granularity == .month,
            let start = DateResolution.day(month.date.start.year, month.date.start.month, first),
            let end = DateResolution.day(month.date.start.year, month.date.start.month, last)
        else { return nil }
        return DateMatch(
            date: DateRange(start: start, end: end, granularity: .day), next: month.next,
            yearExplicit: month.yearExplicit, anchored: month.anchored)
    }

    /// A month's range, with the year after it if there is one, else the latest such month.
    func monthRange(_ m: Int, yearAt j: Int) -> (DateRange?, Int, Bool) {
        if let (y, next) = trailingYear(at: j) { return (DateResolution.month(y, m), next, true) }
        return (DateResolution.monthWithoutYear(m, reference: reference), j, false)
    }

    /// "March 25, 2024", "Mar. 25", "March 2024", and, after a cue word, "in October".
    func monthFirst(at i: Int, cued: Bool = false) -> DateMatch? {
        // "in the April.": an article between the cue and a month closing the clause; not "in the January transfer
        // window", "in the June quarter", where the month names something else.
        let cued = cued || isCued(i) || (word(i - 1)?.isArticle == true && isCued(i - 1) && closesClause(i + 1))
        guard let (m, j) = month(at: i, cued: cued) else { return nil }
        // "October, 1st", "June the 28th": a comma or article before a day written as an ordinal.
        let ordinalDay =
            isSymbol(j, ",") || word(j)?.isArticle == true ? (dayOrdinalWord(at: j + 1) ?? suffixedDay(at: j + 1)) : nil
        if let (d, k) = ordinalDay ?? dayNumber(at: j) {
            if let (y, next) = trailingYear(at: k) {
                return DateResolution.dayOrMonth(y, m, d).map { DateMatch(date: $0, next: next, yearExplicit: true) }
            }
            return DateResolution.dayOrMonthWithoutYear(month: m, day: d, reference: reference).map {
                DateMatch(date: $0, next: k, yearExplicit: false)
            }
        }
        if let (y, next) = trailingYear(at: j) ?? hyphenatedYear(at: j) {
            return DateResolution.month(y, m).map { DateMatch(date: $0, next: next, yearExplicit: true) }
        }
        // "May last year", "im März letzten Jahres", "December this year".
        if let shift = word(j)?.shift, word(j + 1)?.unit == .year {
            return DateResolution.month(reference.year + shift, m).map {
                DateMatch(date: $0, next: j + 2, yearExplicit: false)
            }
        }
        // A month alone needs a cue and its full name: "in October", but not "Aug in Aug"; as one end of a range of
        // months ("from Sep to Nov", "Jan-Feb 2017") it needs neither.
        let inRange =
            (isRangeJoiner(j) && word(j + 1)?.month != nil) || (isRangeJoiner(i - 1) && word(i - 2)?.month != nil)
        guard inRange || (cued && word(i)?.isAbbreviation != true) else { return nil }
        return DateResolution.monthWithoutYear(m, reference: reference).map {
            DateMatch(date: $0, next: j, yearExplicit: false)
        }
    }

    /// A day of the month after a month name: 1–31, with an ordinal suffix ("25th") or dot, not a time or amount.
    func dayNumber(at j: Int) -> (Int, Int)? {
        if let (d, next) = dayOrdinalWord(at: j) { return (d, next) }
        guard isNumber(j), tokens[j].digits <= 2, (1...31).contains(tokens[j].value) else { return nil }
        var next = j + 1
        if let w = word(next), w.isOrdinalSuffix, adjacent(j, next) { next += 1 }
        if isSymbol(next, ":") || isSymbol(next, "%") { return nil }
        if isSymbol(next, "."), isNumber(next + 1), adjacent(j, next), adjacent(next, next + 1) { return nil }
        if let w = word(next), w.isQuantityNoun { return nil }
        return (tokens[j].value, next)
    }

    /// "Dec-2018", "Dec/2018": a year joined to a month by a hyphen or slash.
    func hyphenatedYear(at j: Int) -> (Int, Int)? {
        guard isSymbol(j, "-") || isSymbol(j, "/"), adjacent(j - 1, j), adjacent(j, j + 1) else { return nil }
        return year(at: j + 1)
    }

    /// "2017 Q1", "2019-Q1", "2019-H2": a year, then a quarter or half. The quarter is asked for before the year's
    /// own tests (``year(at:)`` ends at the next token): most years have none.
    func yearThenPeriod(at i: Int) -> DateMatch? {
        let j = i + 1
        let k = isSymbol(j, "-") && adjacent(i, j) ? j + 1 : j
        guard let unit = word(k)?.quarterLetter, isNumber(k + 1), adjacent(k, k + 1), tokens[k + 1].digits == 1,
            let (y, _) = year(at: i)
        else {
            return nil
        }
        return period(unit, tokens[k + 1].value, year: y, next: k + 2, explicit: true)
    }

    /// A day as an ordinal word: "fourth", "zweiten", "twenty-first", "twenty first".
    func dayOrdinalWord(at i: Int) -> (Int, Int)? {
        guard let w = word(i) else { return nil }
        if let d = w.dayOrdinal { return (d, i + 1) }
        guard let tens = w.dayOrdinalTens else { return nil }
        let j = skipAdjacent("-", at: i + 1)
        // "twenty-first", and in cardinals "twenty nine" (a date says "May twenty nine").
        guard let unit = word(j)?.dayOrdinal ?? word(j)?.cardinal, (1...9).contains(unit), tens + unit <= 31 else {
            return (tens, i + 1)
        }
        return (tens + unit, j + 1)
    }

    /// ``dayFirst(at:)`` at a number of one or two digits, tried only where a day can stand; most numbers are not.
    /// In English that needs a month word at most four tokens on ("25th of March"). In German it needs a dot after
    /// the number (perhaps after a suffix: "3. 4. 2023", "3. April"), a month word at most four tokens on, or a
    /// cue, a weekday or an article before it (``germanOrdinalMonth(day:dayAt:monthAt:)``: "am 27 11.").
    ///
    /// Kept out of ``match(at:)``: a longer cascade there made the compiler stop inlining the word tests.
    @inline(never)
    func dayFirst(atNumber i: Int) -> DateMatch? {
        let mayBeDay: Bool
        switch lexicon.language {
        case .english:
            mayBeDay = monthWithin(4, after: i)
        case .german:
            mayBeDay =
                isSymbol(i + 1, ".") || isSymbol(i + 2, ".") || monthWithin(4, after: i) || isCued(i)
                || word(i - 1)?.weekday != nil || word(i - 1)?.isArticle == true
        default:
            mayBeDay = true
        }
        return mayBeDay ? dayFirst(at: i) : nil
    }

    /// ``dayFirst(at:)`` at a day word ("fourth", "twenty", "zweiten"). In English the date needs a month word at
    /// most four tokens on ("twenty - first of March"); most ordinal and cardinal words ("first time", "two of
    /// them") have none, and the rule is not tried. German also reads numeric months after a day word
    /// (``germanOrdinalMonth(day:dayAt:monthAt:)``) and is always tried.
    @inline(__always)
    func dayFirst(atWord i: Int) -> DateMatch? {
        guard lexicon.language != .english || monthWithin(4, after: i) else { return nil }
        return dayFirst(at: i)
    }

    /// "25 March 2024", "25th of March", "3. April 2023", "fourth of July", "zweiten Mai".
    func dayFirst(at i: Int) -> DateMatch? {
        let d: Int
        var j: Int
        if let (ordinal, next) = dayOrdinalWord(at: i) {
            d = ordinal
            j = next
        } else if let (n, next) = spelledTwoDigits(at: i), (1...31).contains(n),
            let (_, k) = month(at: next, cued: true),
            trailingYear(at: k) != nil
        {
            // "fifteen August nineteen hundred ninety three": a cardinal day only in a full date.
            d = n
            j = next
        } else {
            guard isNumber(i), tokens[i].digits <= 2, (1...31).contains(tokens[i].value), !isAmount(i) else {
                return nil
            }
            d = tokens[i].value
            j = i + 1
            if let w = word(j), w.isOrdinalSuffix, adjacent(i, j) { j += 1 }
            j = skipAdjacent(".", at: j)
        }
        if word(j)?.isOf == true { j += 1 }
        if lexicon.language == .german, let m = germanSpacedNumericDate(day: d, at: j) { return m }
        if lexicon.language == .german, let m = germanOrdinalMonth(day: d, dayAt: i, monthAt: j) { return m }
        guard let (m, k) = month(at: j, cued: true) else { return nil }
        if let (y, next) = trailingYear(at: k) {
            return DateResolution.dayOrMonth(y, m, d).map { DateMatch(date: $0, next: next, yearExplicit: true) }
        }
        return DateResolution.dayOrMonthWithoutYear(month: m, day: d, reference: reference).map {
            DateMatch(date: $0, next: k, yearExplicit: false)
        }
    }

    /// "on the 18th", "by the fifteenth.": a day of the month alone, only after a day cue word ("on", "by", not
    /// "around") and an article and before
    /// punctuation or the end ("the 18th century" is not a date). The match starts at the article.
    func dayAlone(at i: Int) -> DateMatch? {
        guard word(i - 1)?.isArticle == true, word(i - 2)?.isDayCue == true else { return nil }
        let d: Int
        var j: Int
        if let (ordinal, next) = dayOrdinalWord(at: i) {
            (d, j) = (ordinal, next)
        } else {
            guard isNumber(i), tokens[i].digits <= 2, (1...31).contains(tokens[i].value),
                word(i + 1)?.isOrdinalSuffix == true,
                adjacent(i, i + 1)
            else { return nil }
            (d, j) = (tokens[i].value, i + 2)
        }
        guard j >= tokens.count || tokens[j].kind == .symbol else { return nil }
        return DateResolution.dayOfMonthWithoutMonth(d, reference: reference).map {
            DateMatch(date: .day($0), next: j, yearExplicit: false)
        }
    }

    /// "the 2000s", "1990er Jahre", and with a part, "the early 2000s".
    ///
    /// Two digits ("the 90s", "'90s", "in 80s") are the latest such decade begun by the reference, after an article,
    /// an apostrophe or a cue ("in their 50s" is an age); in English a space may come before the suffix of four
    /// ("1990 s") at the end of a clause.
    func decade(at i: Int, part: DatePart?) -> DateMatch? {
        guard isNumber(i), tokens[i].value % 10 == 0, tokens.indices.contains(i + 1), tokens[i + 1].kind == .word,
            scalars[tokens[i + 1].start..<tokens[i + 1].end].elementsEqual(
                lexicon.decadeSuffix, by: { DateScanner.lower($0) == $1 })
        else { return nil }
        let first: Int
        let spaced =
            lexicon.language == .english && tokens[i + 1].start == tokens[i].end + 1
            && (i + 2 >= tokens.count || tokens[i + 2].kind == .symbol)
        if tokens[i].digits == 4, DateResolution.isPlausibleYear(tokens[i].value), adjacent(i, i + 1) || spaced {
            first = tokens[i].value
        } else if tokens[i].digits == 2, adjacent(i, i + 1),
            word(i - 1)?.isArticle == true || isSymbol(i - 1, "'") || isSymbol(i - 1, "’") || isCued(i)
        {
            first = DateResolution.pastYear(endingIn: tokens[i].value, reference: reference)
        } else {
            return nil
        }
        var next = i + 2
        if word(next)?.isDecadeNoun == true { next += 1 }
        return DateResolution.decade(first, part: part).map {
            DateMatch(date: $0, next: next, yearExplicit: tokens[i].digits == 4)
        }
    }

    /// "the week", "the month", "the year" closing a clause ("partner of the year.", "away for the month"): the
    /// period holding the reference, as Recognizers-Text reads them ("the day" is left out: "day" and "days" are
    /// too common to try a date at each); "the week after next": two on. Before
    /// any other word ("the year before independence", "the day after the vote") the period is one the text tells
    /// of, and no date.
    func thePeriod(at i: Int) -> (Int, DateMatch)? {
        guard word(i - 1)?.isArticle == true, let w = word(i) else { return nil }
        // "the fortnight": this ISO week and the next.
        if w.isFortnight {
            guard closesClause(i + 1) else { return nil }
            let date = DateResolution.fortnight(0, reference: reference)
            return (i - 1, DateMatch(date: date, next: i + 1, yearExplicit: false, anchored: true))
        }
        // "for the day", "the day before.", "the day after?": the reference day, the day before or after it; not in
        // "at the end of the day", an idiom.
        if w.isDayNoun {
            let direction = word(i + 1)?.anchorShift
            let next = direction == nil ? i + 1 : i + 2
            guard word(i - 3)?.part == nil, closesClause(next) else { return nil }
            let date = DateRange.day(reference.adding(days: direction ?? 0))
            return (i - 1, DateMatch(date: date, next: next, yearExplicit: false, anchored: true))
        }
        guard let unit = w.unit, unit == .week || unit == .month || unit == .year else { return nil }
        var shift = 0
        var next = i + 1
        if word(i + 1)?.anchorShift == 1, word(i + 1)?.isYearCue == true, word(i + 2)?.shift == 1 {
            (shift, next) = (2, i + 3)
        }
        guard next >= tokens.count || Self.clauseEnds.contains(Unicode.Scalar(UInt32(tokens[next].value)) ?? " "),
            next >= tokens.count || tokens[next].kind == .symbol,
            let date = DateResolution.relative(unit, shift, reference: reference)
        else { return nil }
        return (i - 1, DateMatch(date: date, next: next, yearExplicit: false, anchored: true))
    }

    /// Whether token `j` ends a clause: punctuation that closes one, or the end of the text.
    func closesClause(_ j: Int) -> Bool {
        j >= tokens.count
            || (tokens[j].kind == .symbol && Self.clauseEnds.contains(Unicode.Scalar(UInt32(tokens[j].value)) ?? " "))
    }

    /// "18 and 19 June": a day number, "and", then a day with its month; the first day is in that month, and the
    /// second is found on its own. After an opener ("between 18 and 19 June") the two are one range instead.
    func dayBeforePair(at i: Int) -> DateMatch? {
        guard isNumber(i), tokens[i].digits <= 2, word(i + 1)?.isPairJoiner == true, rangeStart(i) == i,
            let end = dayFirst(at: i + 2), end.date.granularity == .day, end.date.start.day > tokens[i].value,
            let day = DateResolution.day(end.date.start.year, end.date.start.month, tokens[i].value)
        else { return nil }
        return DateMatch(date: .day(day), next: i + 1, yearExplicit: end.yearExplicit)
    }

    /// Where a match at `i` starts: at the article before it ("the next decade", "the week of April 10th"), else at `i`.
    func fromArticle(_ i: Int) -> Int { word(i - 1)?.isArticle == true ? i - 1 : i }

    static let clauseEnds: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?"]

    /// A year after a cue word: "in 2022", "since 2019", "seit 2019", "in 2019-2022".
    ///
    /// Two years joined as a range ("2014-2018", "2014 to 2018", "between 2014~2018") are each a year here, cued by
    /// the other; ``DateRangeJoiner`` joins them (with "from"/"between" before them).
    func cuedYear(at i: Int) -> DateMatch? {
        guard let (y, next) = year(at: i) else { return nil }
        // Not inside a longer run of numbers: "+86 138-2010-2015" is a telephone number.
        func alone(_ k: Int) -> Bool {
            !(k > 0 && tokens[k - 1].kind == .symbol && adjacent(k - 1, k) && isNumber(k - 2))
        }
        // Nor followed by one: "+86 2010-2015-86".
        func gluedAfter(_ k: Int) -> Bool {
            tokens.indices.contains(k + 1) && tokens[k + 1].kind == .symbol && adjacent(k, k + 1) && isNumber(k + 2)
                && adjacent(k + 1, k + 2)
        }
        let startsRange = isRangeJoiner(next) && year(at: next + 1) != nil && alone(i) && !gluedAfter(next + 1)
        let endsRange = isRangeJoiner(i - 1) && year(at: i - 2) != nil && alone(i - 2) && !gluedAfter(i)
        guard isCued(i) || startsRange || endsRange else { return nil }
        return DateResolution.year(y).map { DateMatch(date: $0, next: next, yearExplicit: true) }
    }

    /// Whether token `i` joins two dates into a range: a dash or tilde, or a word such as "to", "bis".
    func isRangeJoiner(_ i: Int) -> Bool {
        isSymbol(i, "-") || isSymbol(i, "–") || isSymbol(i, "—") || isSymbol(i, "~") || word(i)?.isRangeJoiner == true
    }

    /// Where a range starting at token `i` begins: at its opener ("between", "zwischen dem") when there is one.
    func rangeStart(_ i: Int) -> Int {
        if word(i - 1)?.isRangeOpener == true { return i - 1 }
        if word(i - 1)?.isArticle == true, word(i - 2)?.isRangeOpener == true { return i - 2 }
        return i
    }

    /// A day of the month alone as the start of a range: "21", "21st", "ninth", "the ninth".
    func rangeDay(at i: Int) -> (Int, Int)? {
        let j = word(i)?.isArticle == true ? i + 1 : i
        if let (d, next) = dayOrdinalWord(at: j) { return (d, next) }
        guard isNumber(j), tokens[j].digits <= 2, (1...31).contains(tokens[j].value) else { return nil }
        if word(j + 1)?.isOrdinalSuffix == true, adjacent(j, j + 1) { return (tokens[j].value, j + 2) }
        // The German ordinal dot: "3." in "vom 3. bis 12. September".
        return (tokens[j].value, lexicon.language == .german ? skipAdjacent(".", at: j + 1) : j + 1)
    }

    /// "between 3 and 12 of Sept", "9 to 12 of June", "vom 3. bis 12. September": a day alone, a joiner, then a day
    /// with its month; the range runs in that month. The opener ("between", "from") is taken by the caller.
    func dayRange(at i: Int) -> DateMatch? {
        guard let (d, j) = rangeDay(at: i), isRangeJoiner(j) || (word(j)?.isPairJoiner == true && rangeStart(i) < i)
        else { return nil }
        let k = word(j + 1)?.isArticle == true ? j + 2 : j + 1
        guard let end = dayFirst(at: k), end.date.granularity == .day, end.date.start.day > d,
            let start = DateResolution.day(end.date.start.year, end.date.start.month, d)
        else { return nil }
        return DateMatch(
            date: DateRange(start: start, end: end.date.end, granularity: .day), next: end.next,
            yearExplicit: end.yearExplicit)
    }

    /// "November 19-20", "April 9th through seventeenth": a month-first day extended by a joiner and a later day; an
    /// ordinal day not after the first is in the next month ("April twenty-seventh to the third": 3 May).
    func dayRange(after m: DateMatch) -> DateMatch {
        guard m.date.granularity == .day, isRangeJoiner(m.next), let (d, next) = rangeDay(at: m.next + 1) else {
            return m
        }
        let ordinal = !isNumber(m.next + 1) || word(m.next + 2)?.isOrdinalSuffix == true
        let s = m.date.start
        let monthIndex = s.year * 12 + s.month - 1 + (d > s.day ? 0 : 1)
        guard d > s.day || ordinal,
            let end = DateResolution.day(monthIndex / 12, monthIndex % 12 + 1, d)
        else { return m }
        return DateMatch(
            date: DateRange(start: m.date.start, end: end, granularity: .day), next: next, yearExplicit: m.yearExplicit)
    }

    /// A number from 1 to 99 in words: "fifteen", "ninety six", "twenty-two"; with its end.
    func spelledTwoDigits(at k: Int) -> (Int, Int)? {
        guard let a = word(k)?.cardinal, a < 100 else { return nil }
        if a >= 20, a % 10 == 0 {
            if let b = word(k + 1)?.cardinal, (1...9).contains(b) { return (a + b, k + 2) }
            if isSymbol(k + 1, "-"), adjacent(k, k + 1), adjacent(k + 1, k + 2), let b = word(k + 2)?.cardinal,
                (1...9).contains(b)
            {
                return (a + b, k + 3)
            }
        }
        return (a, k + 1)
    }

    /// A year in words: "nineteen ninety six", "twenty twenty", "two thousand and fifteen", "two thousand".
    func spelledYear(at i: Int) -> (Int, Int)? {
        guard let (y, next) = spelledNumber(at: i), DateResolution.isPlausibleYear(y) else { return nil }
        return (y, next)
    }

    func spelledNumber(at i: Int) -> (Int, Int)? {
        if let x = word(i)?.cardinal, (1...2).contains(x), word(i + 1)?.cardinal == 1000 {
            let j = word(i + 2)?.isCardinalAnd == true ? i + 3 : i + 2
            if let (y, next) = spelledTwoDigits(at: j) { return (x * 1000 + y, next) }
            return (x * 1000, i + 2)
        }
        guard let (hi, j) = spelledTwoDigits(at: i), (19...20).contains(hi) else { return nil }
        // "nineteen hundred ninety three", "nineteen hundred".
        if word(j)?.cardinal == 100 {
            let k = word(j + 1)?.isCardinalAnd == true ? j + 2 : j + 1
            if let (lo, next) = spelledTwoDigits(at: k) { return (hi * 100 + lo, next) }
            return (hi * 100, j + 1)
        }
        guard let (lo, next) = spelledTwoDigits(at: j), lo >= 10 else { return nil }
        return (hi * 100 + lo, next)
    }
}
