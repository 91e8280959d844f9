import BarometerText

/// Chinese date rules, scanning scalars (Chinese has no spaces to tokenise on). Words are in
/// `Resources/date/zh.json`.
///
/// Forms: "2024年6月30日", "2月23日", "16日" (day of the current month, Arabic digits only: "一日" is as often
/// "one day"), "2023年", "二〇二三年", "1990年代"/"90年代", "2023年第三季度"/"三季度", "2024年上半年"/"上半年",
/// "2023年底"/"年底"/"3月底"/"上旬", "2025财年", ISO "2024-12-18", relative words (昨天, 去年, 上周, 上个月,
/// 下季度), weekdays with an optional week (周一, 星期三, 上周五), 春节 and 春节后首个交易日; "今年前三季度",
/// "2021年的最后4个月", "去年的前10天" (the first or last units of a year), "2021年的第三个月", "十月的第一周",
/// "四月的最后一个星期一", "今年夏天", "十九世纪七十年代", "民国三年", "零八年", "18年10月1日" (a two-digit year
/// before a month), "八月十五" (a day in numerals without 日), "从一月十日到十二日" (days of one month), "过去三个月",
/// "下半周".
/// A bare number with 年 that is not four digits ("2年") is a duration, not a date.
struct ChineseDateRules {
    let lexicon: ChineseDateLexicon
    let s: [Unicode.Scalar]
    let range: ScalarRange
    let reference: Day

    init(lexicon: ChineseDateLexicon, text: ScalarText, range: ScalarRange, reference: Day) {
        self.lexicon = lexicon
        self.s = text.folded
        self.range = range
        self.reference = reference
    }

    static let nian: Unicode.Scalar = "年"
    static let yue: Unicode.Scalar = "月"
    static let ri: Unicode.Scalar = "日"
    static let hao: Unicode.Scalar = "号"
    static let di: Unicode.Scalar = "第"
    static let ji: Unicode.Scalar = "季"
    static let du: Unicode.Scalar = "度"
    static let fen: Unicode.Scalar = "份"
    static let dai: Unicode.Scalar = "代"
    static let chu: Unicode.Scalar = "初"
    static let qian: Unicode.Scalar = "千"
    static let ling: Unicode.Scalar = "零"

    func hits() -> [DateHit] {
        var hits: [DateHit] = []
        var p = range.start
        while p < range.end {
            p = lexicon.nextStart(in: s, from: p, end: range.end)
            guard p < range.end else { break }
            guard lexicon.mayStartMatch(in: s, at: p, end: range.end) else {
                p += 1
                continue
            }
            if let name = lexicon.notDatesByFirst[s[p]]?.first(where: { has($0, at: p) }) {
                p += name.count
            } else if var m = match(at: p) {
                if m.date.granularity == .day, let end = weekdayAfterDate(at: m.next) { m.next = end }
                var start = p
                if m.date.granularity == .day, let r = sameMonthRange(m) {
                    m = r
                    if p > range.start, lexicon.rangeOpeners.contains(s[p - 1]) { start = p - 1 }
                }
                hits.append(
                    DateHit(range: ScalarRange(start: start, end: m.next), date: m.date, yearExplicit: m.yearExplicit))
                p = m.next
            } else if isASCIIDigit(p) {
                // The other digits of the run start nothing: ``number(at:)`` reads no number from a run's middle, and
                // no phrase or not-date name begins with a digit (``ChineseDateLexicon`` checks). Passed together,
                // they cost no trip through the rules each (digits were a third of the positions tried).
                p += 1
                while isASCIIDigit(p) { p += 1 }
            } else {
                p += 1
            }
        }
        return hits
    }

    func at(_ p: Int) -> Unicode.Scalar? { p < range.end ? s[p] : nil }

    /// Whether `word` is written at `p`, inside the range. A plain loop: comparing slices with `elementsEqual` cost
    /// several times as much, and the scanner asks at most positions of a text.
    @inline(__always)
    func has(_ word: [Unicode.Scalar], at p: Int) -> Bool {
        guard p + word.count <= range.end else { return false }
        for k in word.indices where s[p + k] != word[k] { return false }
        return true
    }

    /// "一月十日到十二日", "1月10日至20日": a day followed by a joiner and a day alone is a range of days of that month.
    func sameMonthRange(_ m: DateMatch) -> DateMatch? {
        guard let c = at(m.next), lexicon.rangeJoiners.contains(c), let d = number(at: m.next + 1), d.digits <= 2,
            at(d.end) == Self.ri || at(d.end) == Self.hao, d.value > m.date.start.day,
            let last = DateResolution.day(m.date.start.year, m.date.start.month, d.value)
        else { return nil }
        return DateMatch(
            date: DateRange(start: m.date.start, end: last, granularity: .day), next: d.end + 1,
            yearExplicit: m.yearExplicit)
    }

    /// Whether the number from `p` to `n.end` is written digit by digit ("18", "一八", "零八"), not as a count with 十.
    func isPositional(_ n: (value: Int, digits: Int, end: Int, arabic: Bool), from p: Int) -> Bool {
        n.arabic || !s[p..<n.end].contains("十")
    }

    /// Whether the number from `p` to `n.end` can count units: Arabic digits, one numeral or a number with 十 ("三",
    /// "十二"); numerals side by side are an estimate ("两三个月": two or three months), not a number.
    func isCount(_ n: (value: Int, digits: Int, end: Int, arabic: Bool), from p: Int) -> Bool {
        n.arabic || n.digits == 1 || !isPositional(n, from: p)
    }

    /// The unit at `p` of a count ("天", "周", "个月"), longest first, and its end.
    func countUnit(at p: Int) -> (Granularity, Int)? {
        for (unit, granularity) in lexicon.agoUnits where has(unit, at: p) {
            return (granularity, p + unit.count)
        }
        return nil
    }

    /// The word for the first or last units of a period at `p` ("前", "最后"), and its end.
    func end(at p: Int) -> (DatePart, Int)? {
        for (word, part) in lexicon.ends where has(word, at: p) {
            return (part, p + word.count)
        }
        return nil
    }

    /// The position after the spaces at `p`.
    func skipSpaces(_ p: Int) -> Int {
        var q = p
        while at(q) == " " { q += 1 }
        return q
    }

    /// "10月12号，星期一", "2月23日（周五）", "2024年3月1日 星期五": a weekday written after a day belongs to it; the end
    /// of the weekday (and of its closing bracket), or nil. The weekday is not checked against the day.
    func weekdayAfterDate(at p: Int) -> Int? {
        var q = p
        var bracket = false
        if let c = at(q), c == "," || c == " " || c == "、" {
            q += 1
        } else if let c = at(q), c == "(" {
            q += 1
            bracket = true
        }
        guard let (entry, end) = longestPhrase(at: q), case .weekdayPrefix(nil) = entry, let c = at(end),
            lexicon.weekdayNames[c] != nil
        else { return nil }
        if bracket { return at(end + 1) == ")" ? end + 2 : nil }
        return end + 1
    }

    static func isHan(_ c: Unicode.Scalar?) -> Bool {
        guard let v = c?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }

    func isASCIIDigit(_ p: Int) -> Bool { at(p).map { DateScanner.isDigit($0.value) } ?? false }

    /// A number at `p`: Arabic digits, or Chinese numerals (digit by digit, "二〇二三", or with 十, "二十三").
    func number(at p: Int) -> (value: Int, digits: Int, end: Int, arabic: Bool)? {
        if isASCIIDigit(p) {
            // Not the tail of a longer number or a decimal.
            if p > range.start, DateScanner.isDigit(s[p - 1].value) { return nil }
            if p > range.start + 1, s[p - 1] == "." || s[p - 1] == ",", DateScanner.isDigit(s[p - 2].value) {
                return nil
            }
            var q = p
            var v = 0
            while isASCIIDigit(q), q - p < 5 {
                v = v * 10 + Int(s[q].value - 0x30)
                q += 1
            }
            if isASCIIDigit(q) { return nil }
            return (v, q - p, q, true)
        }
        guard let first = at(p), lexicon.numerals[first] != nil else { return nil }
        // At most four numerals, read without collecting them: the first, where the first 十 stands and the one after
        // it, and all of them digit by digit (this runs at every numeral of a text; an array cost an allocation).
        var q = p
        var count = 0
        var ten: Int?
        var afterTen = 0
        var positional = 0
        while let c = at(q), let v = lexicon.numerals[c], count < 4 {
            if let t = ten, count == t + 1 { afterTen = v }
            if v == 10, ten == nil { ten = count }
            positional = positional * 10 + v
            count += 1
            q += 1
        }
        if let ten {
            // 十, 十二, 二十, 二十三, 三十一
            guard count <= 3, ten <= 1 else { return nil }
            let tens = ten == 0 ? 1 : lexicon.numerals[first]!
            let ones = ten + 1 < count ? afterTen : 0
            guard tens < 10, ones < 10, count - ten <= 2 else { return nil }
            return (tens * 10 + ones, 2, q, false)
        }
        return (positional, count, q, false)
    }

    func match(at p: Int) -> DateMatch? {
        let n = number(at: p)
        if let n, let m = iso(n) { return m }
        // A year with 千 starts with the numeral 2 alone (千 is no date numeral): a number, not in Arabic digits.
        if n?.arabic == false, let m = thousandYear(at: p) { return m }
        // Not from the tail of a longer run of numerals: "三天前" in "两三天前" (two or three days ago).
        if let n, n.arabic || p == range.start || lexicon.numerals[s[p - 1]] == nil {
            return numbered(n, at: p)
        }
        if s[p] == Self.di, let n = number(at: p + 1), let q = quarterSuffix(at: n.end) {
            return DateResolution.periodWithoutYear(.quarter, n.value, reference: reference).map {
                DateMatch(date: $0, next: q, yearExplicit: false)
            }
        }
        return phrase(at: p)
    }

    /// "两千零二十年", "二千零八年", "两千年": a year of this millennium written with 千, then what may follow a year.
    func thousandYear(at p: Int) -> DateMatch? {
        guard let first = at(p), lexicon.numerals[first] == 2, at(p + 1) == Self.qian else { return nil }
        var q = p + 2
        var y = 2000
        if at(q) == Self.ling, let n = number(at: q + 1), !n.arabic, n.value < 100 {
            y += n.value
            q = n.end
        } else if let n = number(at: q), !n.arabic, n.value >= 10, n.value < 100, n.digits == 2 {
            y += n.value  // 两千二十年
            q = n.end
        }
        guard at(q) == Self.nian, DateResolution.isPlausibleYear(y) else { return nil }
        return afterYear(y, at: q + 1, explicit: true)
    }

    /// "2024-12-18", "2024/12/18", "2024.12.18", from the number `y` that starts it.
    func iso(_ y: (value: Int, digits: Int, end: Int, arabic: Bool)) -> DateMatch? {
        guard y.arabic, y.digits == 4, let sep = at(y.end),
            sep == "-" || sep == "/" || sep == ".",
            let m = number(at: y.end + 1), m.arabic, m.digits <= 2, at(m.end) == sep,
            let d = number(at: m.end + 1), d.arabic, d.digits <= 2,
            let day = DateResolution.day(y.value, m.value, d.value)
        else { return nil }
        return DateMatch(date: .day(day), next: d.end, yearExplicit: true)
    }

    /// "5天前", "三个月前", "两年前": the day that many units before the reference; "两周后", "三天后": after it.
    func ago(_ n: (value: Int, digits: Int, end: Int, arabic: Bool)) -> DateMatch? {
        guard let c = at(n.end), lexicon.agoUnitFirsts.contains(c) else { return nil }
        for (unit, granularity) in lexicon.agoUnits {
            guard has(unit, at: n.end) else { continue }
            let q = n.end + unit.count
            for word in lexicon.agoAfter where has(word, at: q) {
                return DateResolution.ago(n.value, granularity, reference: reference).map {
                    DateMatch(date: .day($0), next: q + word.count, yearExplicit: false, anchored: true)
                }
            }
            guard granularity != .year else { continue }
            for word in lexicon.laterAfter where has(word, at: q) {
                return DateResolution.ago(-n.value, granularity, reference: reference).map {
                    DateMatch(date: .day($0), next: q + word.count, yearExplicit: false, anchored: true)
                }
            }
        }
        return nil
    }

    /// A number followed by 年, 月, 日, 季度 or 财年.
    func numbered(_ n: (value: Int, digits: Int, end: Int, arabic: Bool), at p: Int) -> DateMatch? {
        // What follows most numbers ("5%", "100万", "3家") begins neither a unit of "N天前" nor one of the words below.
        guard let next = at(n.end), lexicon.numberFollowers[next] else { return nil }
        if n.digits <= 3, isCount(n, from: p), let m = ago(n) { return m }
        guard let unit = at(n.end), lexicon.afterNumber.contains(unit) else { return nil }
        // "19世纪", "二十世纪": a century.
        if n.value <= 21, let word = lexicon.century.first(where: { has($0, at: n.end) }) {
            // "十九世纪七十年代": a decade of that century.
            let q = n.end + word.count
            if let t = number(at: q), t.value < 100, t.value % 10 == 0, at(t.end) == Self.nian,
                at(t.end + 1) == Self.dai,
                let date = DateResolution.decade((n.value - 1) * 100 + t.value, part: nil)
            {
                return DateMatch(date: date, next: t.end + 2, yearExplicit: true)
            }
            return DateResolution.century(n.value).map { DateMatch(date: $0, next: q, yearExplicit: true) }
        }
        if unit == Self.nian {
            if at(n.end + 1) == Self.dai { return decade(n, next: n.end + 2) }
            // "08年", "零八年": a two-digit year with a leading zero is 2000–2009 ("10年" stays a count of ten years).
            if n.digits == 2, isPositional(n, from: p), n.value < 10 {
                return afterYear(2000 + n.value, at: n.end + 1, explicit: true)
            }
            // "18年10月1日": a two-digit year before a month is that year of this century (of the last one when it
            // would lie more than ten years ahead: "98年3月").
            if n.digits == 2, isPositional(n, from: p), let mo = number(at: n.end + 1), mo.digits <= 2,
                at(mo.end) == Self.yue,
                (1...12).contains(mo.value)
            {
                let y = DateResolution.twoDigitYear(n.value, reference: reference, yearsAhead: 10)
                return afterYear(y, at: n.end + 1, explicit: true)
            }
            guard n.digits == 4, DateResolution.isPlausibleYear(n.value) else { return nil }
            return afterYear(n.value, at: n.end + 1, explicit: true)
        }
        // "2008 年": a four-digit year may stand apart from its 年.
        if unit == " ", n.digits == 4, at(n.end + 1) == Self.nian, DateResolution.isPlausibleYear(n.value) {
            return afterYear(n.value, at: n.end + 2, explicit: true)
        }
        if unit == Self.yue, n.digits <= 2 { return month(n.value, year: nil, at: n.end + 1) }
        if n.digits <= 2, let m = monthSpan(n, year: nil) { return m }
        // "2008-2010年", "1995 - 1997年": the years from the first through the second.
        if n.digits == 4, DateResolution.isPlausibleYear(n.value) {
            var q = n.end
            while at(q) == " " { q += 1 }
            if let dash = at(q), Self.monthSpanDashes.contains(dash) {
                q += 1
                while at(q) == " " { q += 1 }
                if let e = number(at: q), e.digits == 4, at(e.end) == Self.nian, e.value > n.value,
                    let date = DateResolution.years(n.value, e.value)
                {
                    return DateMatch(date: date, next: e.end + 1, yearExplicit: true)
                }
            }
        }
        if unit == Self.ri, n.arabic, n.digits <= 2, !lexicon.dayNotFollowedBy.contains(at(n.end + 1) ?? " "),
            let day = DateResolution.dayOfMonthWithoutMonth(n.value, reference: reference)
        {
            return DateMatch(date: .day(day), next: n.end + 1, yearExplicit: false)
        }
        if let q = quarterSuffix(at: n.end) {
            return DateResolution.periodWithoutYear(.quarter, n.value, reference: reference).map {
                DateMatch(date: $0, next: q, yearExplicit: false)
            }
        }
        if n.digits == 4, DateResolution.isPlausibleYear(n.value), let (entry, end) = longestPhrase(at: n.end),
            entry == .fiscal
        {
            return DateResolution.year(n.value).map { DateMatch(date: $0, next: end, yearExplicit: true) }
        }
        return nil
    }

    /// The end of "季度" at `p`, if it is there.
    func quarterSuffix(at p: Int) -> Int? {
        at(p) == Self.ji && at(p + 1) == Self.du ? p + 2 : nil
    }

    /// "1990年代", "90年代": a two-digit decade is the latest one not after the reference year.
    func decade(_ n: (value: Int, digits: Int, end: Int, arabic: Bool), next: Int) -> DateMatch? {
        var first = n.value
        if n.digits == 2 || (!n.arabic && n.value < 100) {
            first = DateResolution.pastYear(endingIn: n.value, reference: reference)
        }
        guard first % 10 == 0, DateResolution.isPlausibleYear(first) else { return nil }
        return DateResolution.decade(first, part: nil).map {
            DateMatch(date: $0, next: next, yearExplicit: n.digits == 4)
        }
    }

    /// What may follow a year: a month, a quarter, a half, a part (底, 末, 初) or nothing.
    func afterYear(_ y: Int, at p: Int, explicit: Bool) -> DateMatch? {
        // "2018年 12月": one space may separate the year from its month.
        if at(p) == " ", let n = number(at: p + 1), at(n.end) == Self.yue, n.digits <= 2,
            let m = month(n.value, year: y, at: n.end + 1)
        {
            return DateMatch(date: m.date, next: m.next, yearExplicit: explicit)
        }
        if let n = number(at: p), at(n.end) == Self.yue, n.digits <= 2,
            let m = month(n.value, year: y, at: n.end + 1)
        {
            return DateMatch(date: m.date, next: m.next, yearExplicit: explicit)
        }
        if let n = number(at: p), n.digits <= 2, let m = monthSpan(n, year: y) {
            return DateMatch(date: m.date, next: m.next, yearExplicit: explicit)
        }
        var q = p
        if at(q) == Self.nian { q += 1 }  // 今年年底
        if let c = at(q), let part = lexicon.parts[c], part != .mid || !Self.isHan(at(q + 1)),
            let date = DateResolution.part(part, ofYear: y)
        {
            return DateMatch(date: date, next: q + 1, yearExplicit: explicit)
        }
        let r = at(p) == "的" ? p + 1 : p
        if at(r) == Self.di, let n = number(at: r + 1), let end = quarterSuffix(at: n.end),
            let date = DateResolution.quarter(y, n.value)
        {
            return DateMatch(date: date, next: end, yearExplicit: explicit)
        }
        // "2021年的第三个月": a month of the year by its number.
        if at(r) == Self.di, let n = number(at: r + 1), n.value <= 12 {
            var q = n.end
            if let c = at(q), lexicon.classifiers.contains(c) { q += 1 }
            if at(q) == Self.yue, let date = DateResolution.month(y, n.value) {
                return DateMatch(date: date, next: q + 1, yearExplicit: explicit)
            }
        }
        if let m = ends(ofYear: y, at: r) { return DateMatch(date: m.date, next: m.next, yearExplicit: explicit) }
        for (word, first) in lexicon.seasons where has(word, at: r) {
            // "今年冬天": the winter that begins in December of that year.
            return DateResolution.season(first, year: y).map {
                DateMatch(date: $0, next: r + word.count, yearExplicit: explicit)
            }
        }
        // "2021年的第二周": an ISO week of the year.
        if at(r) == Self.di, let n = number(at: r + 1), at(n.end) == "周",
            let date = DateResolution.isoWeek(n.value, year: y)
        {
            return DateMatch(date: date, next: n.end + 1, yearExplicit: explicit)
        }
        if let n = number(at: r), let end = quarterSuffix(at: n.end), let date = DateResolution.quarter(y, n.value) {
            return DateMatch(date: date, next: end, yearExplicit: explicit)
        }
        if let (entry, end) = longestPhrase(at: r), case .half(let h) = entry, let date = DateResolution.half(y, h) {
            return DateMatch(date: date, next: end, yearExplicit: explicit)
        }
        return DateResolution.year(y).map { DateMatch(date: $0, next: p, yearExplicit: explicit) }
    }

    /// "今年前三季度", "2021年的前2周", "今年的最後 3 週", "去年的前10天": the first or last units of year `y` (whole
    /// ISO weeks of that year, whole months or quarters, days).
    func ends(ofYear y: Int, at p: Int) -> DateMatch? {
        guard let (part, e) = end(at: p), let n = number(at: skipSpaces(e)), isCount(n, from: skipSpaces(e)),
            n.value >= 1
        else { return nil }
        let u = skipSpaces(n.end)
        if let q = quarterSuffix(at: u), n.value <= 4 {
            let (a, b) = part == .early ? (1, n.value) : (5 - n.value, 4)
            guard let first = DateResolution.quarter(y, a), let last = DateResolution.quarter(y, b) else { return nil }
            return DateMatch(
                date: DateRange(start: first.start, end: last.end, granularity: .quarter), next: q, yearExplicit: true)
        }
        guard let (unit, next) = countUnit(at: u), let year = DateResolution.year(y) else { return nil }
        let date: DateRange?
        switch unit {
        case .day:
            let days = year.end.daysSinceEpoch - year.start.daysSinceEpoch + 1
            guard n.value <= days else { return nil }
            date =
                part == .early
                ? DateRange(start: year.start, end: year.start.adding(days: n.value - 1), granularity: .day)
                : DateRange(start: year.end.adding(days: 1 - n.value), end: year.end, granularity: .day)
        case .week:
            let lastWeek = DateResolution.isoWeek(53, year: y) != nil ? 53 : 52
            guard n.value <= lastWeek else { return nil }
            let (a, b) = part == .early ? (1, n.value) : (lastWeek + 1 - n.value, lastWeek)
            date = DateResolution.isoWeek(a, year: y).flatMap { first in
                DateResolution.isoWeek(b, year: y).map {
                    DateRange(start: first.start, end: $0.end, granularity: .week)
                }
            }
        case .month:
            guard n.value <= 12 else { return nil }
            let (a, b) = part == .early ? (1, n.value) : (13 - n.value, 12)
            date = DateResolution.months(y, a, b, granularity: .month)
        default:
            date = nil
        }
        return date.map { DateMatch(date: $0, next: next, yearExplicit: true) }
    }

    /// After a month and "的": "十月的第一周" (its first Monday–Sunday week with four of its days in the month),
    /// "四月的最后一个星期一", "五月的第二个星期日".
    func weekOfMonth(_ month: DateRange, at p: Int) -> DateMatch? {
        let q = at(p) == "的" ? p + 1 : p
        // The ordinal (0: the last) and its end.
        let ordinal: (n: Int, end: Int)
        if at(q) == Self.di, let k = number(at: q + 1), k.value >= 1, k.value <= 5 {
            ordinal = (k.value, k.end)
        } else if let (part, e) = end(at: q), part == .late {
            ordinal = (0, number(at: e).flatMap { $0.value == 1 ? $0.end : nil } ?? e)  // 最后一个, 最后
        } else {
            return nil
        }
        let n = ordinal.n
        var r = ordinal.end
        if let c = at(r), lexicon.classifiers.contains(c) { r += 1 }
        if at(r) == "周" || at(r) == "週", !(at(r + 1).map { lexicon.weekdayNames[$0] != nil } ?? false) {
            return DateResolution.week(n, of: month).map { DateMatch(date: $0, next: r + 1, yearExplicit: false) }
        }
        guard let (entry, e) = longestPhrase(at: r), case .weekdayPrefix(nil) = entry, let c = at(e),
            let weekday = lexicon.weekdayNames[c],
            let day = DateHoliday.nthWeekday(
                month: month.start.month, weekday: weekday, n: n == 0 ? -1 : n
            ).day(in: month.start.year), day.month == month.start.month
        else { return nil }
        return DateMatch(date: .day(day), next: e + 1, yearExplicit: false)
    }

    /// A month (its year given or not), with a day (日/号), a part (底, 初) or a third (上旬) after it.
    func month(_ m: Int, year y: Int?, at p: Int) -> DateMatch? {
        guard (1...12).contains(m) else { return nil }
        if let d = number(at: p), d.digits <= 2, let unit = at(d.end), unit == Self.ri || unit == Self.hao {
            let date =
                y.flatMap { DateResolution.dayOrMonth($0, m, d.value) }
                ?? (y == nil ? DateResolution.dayOrMonthWithoutYear(month: m, day: d.value, reference: reference) : nil)
            return date.map { DateMatch(date: $0, next: d.end + 1, yearExplicit: y != nil) }
        }
        // "二零零四年八月十五": a day in Chinese numerals after a month in them, without 日, ending the phrase.
        if let d = number(at: p), !d.arabic, d.digits <= 2, p >= 2, lexicon.numerals[s[p - 2]] != nil,
            !Self.isHan(at(d.end)), !isASCIIDigit(d.end)
        {
            let day =
                y.flatMap { DateResolution.day($0, m, d.value) }
                ?? (y == nil ? DateResolution.dayWithoutYear(month: m, day: d.value, reference: reference) : nil)
            return day.map { DateMatch(date: .day($0), next: d.end, yearExplicit: y != nil) }
        }
        guard
            let monthRange = y.map({ DateResolution.month($0, m) })
                ?? DateResolution.monthWithoutYear(m, reference: reference)
        else { return nil }
        var q = p
        if at(q) == Self.fen { q += 1 }
        // "十月初一": 初 before a numeral is a day of a lunar month (初一 … 初十), not the start of the month; without a
        // table of lunar month lengths Barometer does not place it, and reads no month.
        if at(q) == Self.chu, let c = at(q + 1), lexicon.numerals[c] != nil { return nil }
        if let c = at(q), let part = lexicon.parts[c], part != .mid || !Self.isHan(at(q + 1)) {
            return DateMatch(date: DateResolution.part(part, ofMonth: monthRange), next: q + 1, yearExplicit: y != nil)
        }
        if let (entry, end) = longestPhrase(at: q), case .monthThird(let part) = entry {
            return DateMatch(date: DateResolution.third(part, ofMonth: monthRange), next: end, yearExplicit: y != nil)
        }
        if var w = weekOfMonth(monthRange, at: q) {
            w.yearExplicit = y != nil
            return w
        }
        return DateMatch(date: monthRange, next: q, yearExplicit: y != nil)
    }

    /// "1-2月", "1至5月", "6—8月": the months from the first number through the second, in `year` or, without
    /// one, in the latest year in which the last of them has begun by the reference.
    func monthSpan(_ n: (value: Int, digits: Int, end: Int, arabic: Bool), year y: Int?) -> DateMatch? {
        guard let dash = at(n.end), Self.monthSpanDashes.contains(dash), let e = number(at: n.end + 1), e.digits <= 2,
            at(e.end) == Self.yue, (1...12).contains(n.value), (1...12).contains(e.value), n.value < e.value
        else { return nil }
        let year = y ?? (e.value <= reference.month ? reference.year : reference.year - 1)
        return DateResolution.months(year, n.value, e.value, granularity: .month).map {
            DateMatch(date: $0, next: e.end + 1, yearExplicit: y != nil)
        }
    }

    static let monthSpanDashes = ScalarKeys(scalars: ["-", "—", "–", "至", "到", "~"] as [Unicode.Scalar])

    /// The longest lexicon phrase at `p` (a weekday prefix is returned only when a weekday name follows it).
    func longestPhrase(at p: Int) -> (ChineseDateEntry, Int)? {
        guard let c = at(p), c.value < 0x10000 else { return nil }
        if let d = at(p + 1), d.value < 0x10000, let candidates = lexicon.phrasesByPair[c.value << 16 | d.value],
            let found = firstPhrase(of: candidates, at: p)
        {
            return found
        }
        return lexicon.oneScalarPhrases[c].flatMap { firstPhrase(of: $0, at: p) }
    }

    /// The first of `candidates` (longest first) written at `p`; see ``longestPhrase(at:)``.
    private func firstPhrase(of candidates: [([Unicode.Scalar], ChineseDateEntry)], at p: Int) -> (
        ChineseDateEntry, Int
    )? {
        for (phrase, entry) in candidates {
            guard has(phrase, at: p) else { continue }
            if case .weekdayPrefix = entry {
                let c = at(p + phrase.count) ?? " "
                if lexicon.weekdayNames[c] == nil, !lexicon.weekend.contains(c) { continue }
            }
            return (entry, p + phrase.count)
        }
        return nil
    }

    /// Relative words, weekdays, halves, parts and holidays.
    func phrase(at p: Int) -> DateMatch? {
        guard let (entry, end) = longestPhrase(at: p) else { return nil }
        switch entry {
        case .dayOffset(let offset):
            return DateMatch(date: .day(reference.adding(days: offset)), next: end, yearExplicit: false)
        case .yearOffset(let offset):
            return afterYear(reference.year + offset, at: end, explicit: false)
        case .relative(let unit, let shift):
            guard let period = DateResolution.relative(unit, shift, reference: reference) else { return nil }
            // "本月十日": a day of that month.
            if unit == .month, let d = number(at: end), d.digits <= 2, at(d.end) == Self.ri || at(d.end) == Self.hao,
                let day = DateResolution.day(period.start.year, period.start.month, d.value)
            {
                return DateMatch(date: .day(day), next: d.end + 1, yearExplicit: false)
            }
            // "上周末": the weekend of that week.
            if unit == .week, let c = at(end), lexicon.weekend.contains(c) {
                return DateMatch(
                    date: DateResolution.weekend(weekShift: shift, reference: reference), next: end + 1,
                    yearExplicit: false)
            }
            // "上月末", "上个月底": a part of the month.
            if unit == .month, let c = at(end), let part = lexicon.parts[c], part != .mid {
                return DateMatch(date: DateResolution.part(part, ofMonth: period), next: end + 1, yearExplicit: false)
            }
            return DateMatch(date: period, next: end, yearExplicit: false)
        case .weekdayPrefix(let shift):
            // "每周一次" (once a week), "一周" (one week): a count or "every" before 周 is not a weekday.
            if shift == nil, p > range.start, s[p - 1] == "每" || lexicon.numerals[s[p - 1]] != nil { return nil }
            guard let c = at(end) else { return nil }
            // "周末", "下下周末": Saturday and Sunday.
            if lexicon.weekend.contains(c) {
                return DateMatch(
                    date: DateResolution.weekend(weekShift: shift ?? 0, reference: reference), next: end + 1,
                    yearExplicit: false)
            }
            guard let weekday = lexicon.weekdayNames[c] else { return nil }
            let day =
                shift.map { DateResolution.weekday(weekday, weekShift: $0, reference: reference) }
                ?? DateResolution.weekdayBefore(weekday, reference: reference)
            return DateMatch(date: .day(day), next: end + 1, yearExplicit: false)
        case .half(let h):
            return DateResolution.periodWithoutYear(.half, h, reference: reference).map {
                DateMatch(date: $0, next: end, yearExplicit: false)
            }
        case .yearPart(let part):
            // "年初一", "大年初二": days of the lunar new year (正月初一 …), not the start of the year.
            if part == .early, let c = at(end), lexicon.numerals[c] != nil { return nil }
            return DateResolution.part(part, ofYear: reference.year).map {
                DateMatch(date: $0, next: end, yearExplicit: false)
            }
        case .monthPart(let part):
            // "正月初一", "十月初二": the day of a lunar month (see ``month(_:year:at:)``), not the start of a month.
            if part == .early, let c = at(end), lexicon.numerals[c] != nil { return nil }
            guard let month = DateResolution.month(reference.year, reference.month) else { return nil }
            return DateMatch(date: DateResolution.part(part, ofMonth: month), next: end, yearExplicit: false)
        case .holiday(let holiday):
            return DateResolution.latest(holiday.day(in:), reference: reference).map {
                DateMatch(date: .day($0), next: end, yearExplicit: false)
            }
        case .tradingDayAfter(let holiday):
            return DateResolution.latest(holiday.firstTradingDayAfter(in:), reference: reference).map {
                DateMatch(date: .day($0), next: end, yearExplicit: false)
            }
        case .era(let base):
            // "民国三年": the era's third year.
            guard let n = number(at: end), at(n.end) == Self.nian else { return nil }
            return afterYear(base + n.value, at: n.end + 1, explicit: true)
        case .spanShift(let shift):
            // "过去三个月", "未来三天", "最近两周": the units before the reference or after it.
            // A span of years is a duration, as "over the past ten years" is in English and German.
            let q = skipSpaces(end)
            guard let n = number(at: q), isCount(n, from: q), let (unit, next) = countUnit(at: skipSpaces(n.end)),
                unit != .year, let date = DateResolution.span(n.value, unit, shift, reference: reference)
            else { return nil }
            return DateMatch(date: date, next: next, yearExplicit: false, anchored: true)
        case .clauseSpanShift(let shift):
            guard let n = number(at: end), isCount(n, from: end), n.value >= 1 else { return nil }
            let u = skipSpaces(n.end)
            let clauseStart =
                p == range.start
                || !(Self.isHan(s[p - 1]) || DateScanner.isLetter(s[p - 1].value)
                    || DateScanner.isDigit(s[p - 1].value))
            // "前三季度", "公司前三季度营收": the first quarters of the latest year in which the last of them has begun
            // (as "三季度" alone is the latest third quarter). "前三个月" stays open: the first three months of a year or
            // the three months before something.
            if quarterSuffix(at: u) != nil, n.value <= 4 {
                let y = n.value * 3 - 2 <= reference.month ? reference.year : reference.year - 1
                guard var m = ends(ofYear: y, at: p) else { return nil }
                m.yearExplicit = false
                return m
            }
            // "前两天", "前1周": only where a clause starts (not "赛前三天": three days before the match), for weeks
            // or more than one day: "前一天" is the idiom "the day before" (a told event's), not yesterday.
            guard clauseStart, let (unit, next) = countUnit(at: u), unit == .week || (unit == .day && n.value > 1),
                let date = DateResolution.span(n.value, unit, shift, reference: reference)
            else { return nil }
            return DateMatch(date: date, next: next, yearExplicit: false, anchored: true)
        case .weekSide(let part):
            let date = DateResolution.side(
                part, of: DateResolution.week(of: reference), unit: .week, reference: reference)
            return DateMatch(date: date, next: end, yearExplicit: false, anchored: true)
        case .monthThird, .fiscal:
            return nil
        }
    }
}
