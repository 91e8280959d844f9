import BarometerText

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
    /// An era whose year 1 follows this Gregorian year ("民国": 1911).
    case era(Int)
    /// Before a count of units: a span back (-1, "过去十年") or ahead (1, "未来三天").
    case spanShift(Int)
    /// At the start of a clause, before a count of days or weeks: a span back (-1, "前两天", "前1周").
    case clauseSpanShift(Int)
    /// The first or second half of the current week ("上半周", "下半周").
    case weekSide(DatePart)

    var isWeekdayPrefix: Bool {
        if case .weekdayPrefix = self { return true }
        return false
    }
}

/// The Chinese phrases, grouped by first scalar and tried longest first.
struct ChineseDateLexicon: Sendable {
    let phrases: ScalarTable<[([Unicode.Scalar], ChineseDateEntry)]>
    /// ``phrases`` of two or more scalars by their first two, packed `first << 16 | second`, in the same order; and the
    /// one-scalar phrases ("周") by their scalar. "上" and "下" start some thirty phrases each, yet most of their places
    /// in a text ("上涨") start none: the first two scalars leave one or two to compare.
    let phrasesByPair: ScalarMap<[([Unicode.Scalar], ChineseDateEntry)]>
    let oneScalarPhrases: ScalarTable<[([Unicode.Scalar], ChineseDateEntry)]>
    let weekdayNames: ScalarTable<Int>
    /// What follows 周/星期 in "周末": the weekend.
    let weekend: ScalarKeys
    /// Names that hold date words but are no dates: "今日头条" (a news app), "明日之后" (a game).
    let notDates: [[Unicode.Scalar]]
    /// ``notDates`` by their first character, in list order, so a position asks only the names that can start there.
    let notDatesByFirst: ScalarTable<[[Unicode.Scalar]]>
    /// "世纪" after a number: a century.
    let century: [[Unicode.Scalar]]
    let parts: ScalarTable<DatePart>
    let numerals: ScalarTable<Int>
    let dayNotFollowedBy: ScalarKeys
    /// Units of "N天前", "N个月前", longest first, and the word after them ("前").
    let agoUnits: [([Unicode.Scalar], Granularity)]
    /// The first scalars of ``agoUnits``: most numbers are followed by none of them.
    let agoUnitFirsts: ScalarKeys
    /// The scalars after which a number may begin a date other than "N天前": 年, 月, 日, 季(度), a space, a dash of a
    /// span, and the first ones of ``century`` and of the fiscal-year words (see ``ChineseDateRules/numbered(_:at:)``).
    let afterNumber: ScalarKeys
    /// ``agoUnitFirsts`` and ``afterNumber`` by one read: a number followed by none of them ("5%", "100万") is no date
    /// (see ``ChineseDateRules/numbered(_:at:)``), told without the two hashed look-ups.
    let numberFollowers: ScalarFlags
    let agoAfter: [[Unicode.Scalar]]
    /// "后" in "两周后": that many units after the reference (never years: "两年后" is a horizon).
    let laterAfter: [[Unicode.Scalar]]
    /// Seasons after a year ("今年夏天"), by the month they begin in, longest first.
    let seasons: [([Unicode.Scalar], Int)]
    /// The first or last units of a period ("前", "最后"), longest first.
    let ends: [([Unicode.Scalar], DatePart)]
    let classifiers: ScalarKeys
    /// One-character range openers and joiners ("从", "到"): "从一月十日到十二日" ends in the same month.
    let rangeOpeners: ScalarKeys
    let rangeJoiners: ScalarKeys
    /// For every scalar of the Basic Multilingual Plane: whether it may start a match (a numeral, 第, or the first
    /// character of a phrase). The scanner skips every other scalar with one array read.
    let starts: ScalarFlags
    /// Numerals, Arabic digits and 第: the scalars where a number, not only a phrase, may start.
    let numberStarts: ScalarFlags
    /// The scalars where a match may start whatever follows: ``numberStarts``, one-scalar phrases ("周") and the first
    /// characters of not-date names. One read answers ``mayStartMatch(in:at:end:)`` for them, where three took some
    /// forty instructions.
    let sureStarts: ScalarFlags
    /// The second scalars of ``phrasesByPair``'s keys: a start character followed by none of them ("中国", "上涨")
    /// begins no longer phrase, told by one read before the pair is hashed.
    let pairSeconds: ScalarFlags

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
        for (w, v) in file.eras ?? [:] { all.append((w, .era(v))) }
        for (w, v) in file.spanShifts ?? [:] { all.append((w, .spanShift(v))) }
        for (w, v) in file.clauseSpanShifts ?? [:] { all.append((w, .clauseSpanShift(v))) }
        for (w, v) in file.sides ?? [:] { all.append((w, .weekSide(v))) }
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
        self.phrases = ScalarTable(phrases)
        var phrasesByPair = ScalarMap<[([Unicode.Scalar], ChineseDateEntry)]>()
        var oneScalarPhrases: [Unicode.Scalar: [([Unicode.Scalar], ChineseDateEntry)]] = [:]
        for (first, candidates) in phrases {
            for (phrase, entry) in candidates {
                precondition(
                    phrase.allSatisfy { $0.value < 0x10000 }, "a Chinese date phrase beyond the BMP: \(phrase)")
                if phrase.count == 1 {
                    oneScalarPhrases[first, default: []].append((phrase, entry))
                } else {
                    let key = phrase[0].value << 16 | phrase[1].value
                    phrasesByPair[key] = (phrasesByPair[key] ?? []) + [(phrase, entry)]
                }
            }
        }
        self.phrasesByPair = phrasesByPair
        self.oneScalarPhrases = ScalarTable(oneScalarPhrases)
        var names: [Unicode.Scalar: Int] = [:]
        for (w, v) in file.weekdayNames ?? [:] { names[w.unicodeScalars.first!] = v }
        weekdayNames = ScalarTable(names)
        weekend = ScalarKeys(scalars: (file.weekend ?? []).compactMap { $0.unicodeScalars.first })
        notDates = (file.notDates ?? []).map { Array($0.unicodeScalars) }
        var notDatesByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for name in notDates where !name.isEmpty { notDatesByFirst[name[0], default: []].append(name) }
        self.notDatesByFirst = ScalarTable(notDatesByFirst)
        century = (file.century ?? []).map { Array($0.unicodeScalars) }
        var parts: [Unicode.Scalar: DatePart] = [:]
        for (w, v) in file.parts { parts[w.unicodeScalars.first!] = v }
        self.parts = ScalarTable(parts)
        var numerals: [Unicode.Scalar: Int] = [:]
        for (w, v) in file.numerals ?? [:] { numerals[w.unicodeScalars.first!] = v }
        self.numerals = ScalarTable(numerals)
        dayNotFollowedBy = ScalarKeys(scalars: (file.dayNotFollowedBy ?? []).compactMap { $0.unicodeScalars.first })
        agoUnits = (file.agoUnits ?? [:]).map { (Array($0.key.unicodeScalars), $0.value) }.sorted {
            $0.0.count > $1.0.count
        }
        agoUnitFirsts = ScalarKeys(scalars: agoUnits.compactMap { $0.0.first })
        let units = [ChineseDateRules.nian, ChineseDateRules.yue, ChineseDateRules.ri, ChineseDateRules.ji, " "]
        let fiscal = (file.fiscal ?? []).compactMap { $0.unicodeScalars.first }
        afterNumber = ScalarKeys(
            ChineseDateRules.monthSpanDashes.keys + (units + fiscal + century.compactMap(\.first)).map(\.value))
        let followers = agoUnitFirsts.keys + afterNumber.keys
        precondition(followers.allSatisfy { $0 < 0x10000 }, "a Chinese date unit or number follower beyond the BMP")
        numberFollowers = ScalarFlags(count: 0x10000, flagged: followers.compactMap(Unicode.Scalar.init))
        agoAfter = (file.agoAfter ?? []).map { Array($0.unicodeScalars) }
        laterAfter = (file.laterAfter ?? []).map { Array($0.unicodeScalars) }
        seasons = (file.seasons ?? [:]).map { (Array($0.key.unicodeScalars), $0.value) }.sorted {
            $0.0.count > $1.0.count
        }
        ends = (file.ends ?? [:]).map { (Array($0.key.unicodeScalars), $0.value) }.sorted { $0.0.count > $1.0.count }
        classifiers = ScalarKeys(scalars: (file.classifiers ?? []).compactMap { $0.unicodeScalars.first })
        rangeOpeners = ScalarKeys(
            scalars: (file.rangeOpeners ?? []).filter { $0.unicodeScalars.count == 1 }.map { $0.unicodeScalars.first! })
        rangeJoiners = ScalarKeys(
            scalars: (file.rangeJoiners ?? [:]).filter { $0.value == nil && $0.key.unicodeScalars.count == 1 }
                .map { $0.key.unicodeScalars.first! })
        let digits = (0x30...0x39).map { Unicode.Scalar(UInt8($0)) }
        // The scanner passes the digits after the first of a run (``ChineseDateRules/hits()``): none may begin a phrase
        // or a not-date name.
        precondition(
            !(Array(phrases.keys) + notDatesByFirst.keys).contains { DateScanner.isDigit($0.value) },
            "a Chinese date phrase or not-date name begins with an Arabic digit")
        numberStarts = ScalarFlags(count: 0x10000, flagged: Array(numerals.keys) + ["第"] + digits)
        starts = ScalarFlags(count: 0x10000, flagged: Array(phrases.keys) + Array(numerals.keys) + ["第"] + digits)
        sureStarts = ScalarFlags(
            count: 0x10000,
            flagged: Array(numerals.keys) + ["第"] + digits + Array(oneScalarPhrases.keys) + notDatesByFirst.keys)
        pairSeconds = ScalarFlags(
            count: 0x10000, flagged: phrasesByPair.keys.compactMap { Unicode.Scalar($0 & 0xFFFF) })
    }

    /// Whether a match may start at `p` (a start, see ``nextStart(in:from:end:)``): a number, a one-scalar phrase, the
    /// first two scalars of a longer phrase, or a name that is no date. "中", "年", "会" start phrases, yet are
    /// mostly followed by none: one probe here saves the rules' tries of numbers and phrases.
    func mayStartMatch(in s: [Unicode.Scalar], at p: Int, end: Int) -> Bool {
        let c = s[p]
        if sureStarts[c] { return true }
        guard p + 1 < end, pairSeconds[s[p + 1]], c.value < 0x10000 else { return false }
        return phrasesByPair.contains(c.value << 16 | s[p + 1].value)
    }

    /// The first position from `p` before `end` where a match may start.
    func nextStart(in s: [Unicode.Scalar], from p: Int, end: Int) -> Int { starts.next(in: s, from: p, limit: end) }
}

/// Values keyed by a scalar of the Basic Multilingual Plane, found by one array read instead of hashing the scalar
/// (the Chinese scanner asks for a numeral or a phrase at most characters of a text). Scalars above U+FFFF have no
/// value.
struct ScalarTable<Value: Sendable>: Sendable {
    /// For every BMP scalar, 1 + its value's index in `values`, or 0.
    private let index: [UInt16]
    private let values: [Value]

    init(_ dictionary: [Unicode.Scalar: Value]) {
        var index = [UInt16](repeating: 0, count: 0x10000)
        var values: [Value] = []
        for (scalar, value) in dictionary where scalar.value < 0x10000 {
            values.append(value)
            index[Int(scalar.value)] = UInt16(values.count)
        }
        precondition(values.count < Int(UInt16.max), "too many entries for a scalar table")
        self.index = index
        self.values = values
    }

    /// Whether `scalar` has a value (without copying the value out).
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x10000 && index[Int(scalar.value)] != 0 }

    @inline(__always)
    subscript(_ scalar: Unicode.Scalar) -> Value? {
        guard scalar.value < 0x10000 else { return nil }
        let k = Int(index[Int(scalar.value)])
        return k == 0 ? nil : values[k - 1]
    }
}
