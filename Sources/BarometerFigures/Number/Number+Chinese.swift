import BarometerText
import Foundation

/// Chinese numerals: "二十", "两千余", "十万柒仟捌佰伍拾肆", "九万四" (94000: a trailing digit counts in the unit
/// below the last scale), "八点五", "负四十五亿", fractions "三分之二", and "百分之十五" (marked as a percentage).
/// Digit sequences without scales ("二〇二四") read digit by digit. A lone scale character (百, 千, 万) is not a
/// number, nor a lone 一 before a classifier that makes it an article ("一家公司"), nor a numeral inside a listed word ("一些", "统一", "百度") or after an ordinal prefix ("第三").
extension NumberRecognizer {
    func scanChinese(_ f: [Unicode.Scalar], at start: Int, range: ScalarRange) -> (Int, NumberMatch?) {
        let limit = range.end
        let roles = ChineseNumeralRoles.shared
        if start > range.start, roles.has(f[start - 1], .ordinalPrefix) {
            return (numeralRunEnd(f, from: start, limit: limit), nil)
        }
        if inListedWord(f, at: start, range: range) { return (start + 1, nil) }
        var i = start
        var negative = false
        if roles.has(f[i], .negative) {
            guard i + 1 < limit, isNumeral(f[i + 1]) || ScalarClass.isDigit(f[i + 1]) else { return (i + 1, nil) }
            negative = true
            i += 1
            if ScalarClass.isDigit(f[i]) {
                let (next, match) = scanDigits(f, at: i, limit: limit)
                guard var match else { return (next, nil) }
                match.value = -match.value
                match.range = ScalarRange(start: start, end: match.range.end)
                return (next, match)
            }
        }
        // "百分之十五": a percentage written as a fraction of a hundred.
        if let (percentStart, parts) = percentPrefixEnd(f, at: i, limit: limit) {
            var parsed =
                chineseValue(f, from: percentStart, limit: limit) ?? digitValue(f, from: percentStart, limit: limit)
            if parsed == nil, percentStart < limit, lexicon.chineseSmallScales[f[percentStart].value] == 100 {
                parsed = (percentStart + 1, 100)  // "百分之百"
            }
            guard var (end, value) = parsed else { return (percentStart, nil) }
            let inner = (range: ScalarRange(start: percentStart, end: end), value: value)
            value = value * 100 / parts  // "千分之一" is 0.1 %
            if end < limit,
                let abbreviation = lexicon.abbreviations.match(
                    f, at: end, limit: limit, acceptsEnd: { $0 >= limit || !ScalarClass.isLetter(f[$0]) })
            {
                value *= abbreviation.value
                end = abbreviation.end
            }
            var match = NumberMatch(range: ScalarRange(start: start, end: end), value: negative ? -value : value)
            match.isPercentPrefixed = true
            if !negative, end == inner.range.end {
                match.percentNumberRange = inner.range
                match.percentNumberValue = inner.value
            }
            match.isDigits = false
            return (end, match)
        }
        guard let (runEnd, runValue) = chineseValue(f, from: i, limit: limit) else {
            return (numeralRunEnd(f, from: i, limit: limit), nil)
        }
        // A run of one scalar is worth that scalar's digit (the run goes on past a decimal point or a thousands group),
        // so a lone 一 is found without comparing decimals, which cost some 300 instructions each.
        let isLoneOne =
            runEnd == i + 1 && (ChineseIntegerScales.shared.digits[f[i]] == 1 || ScalarClass.digit(f[i]) == 1)
        if isLoneOne, runEnd < limit, roles.has(f[runEnd], .articleClassifier) {
            return (runEnd, nil)  // "一家中国初创公司": an indefinite article, as German "eine"
        }
        var value = runValue
        var end = runEnd
        // "三分之二": denominator, 分之, numerator.
        if let markerEnd = spacedWord(Self.fractionMarker, in: f, at: end, limit: limit), value != 0,
            let (numeratorEnd, numerator) = chineseValue(f, from: skipSpaces(f, markerEnd, limit), limit: limit)
                ?? digitValue(f, from: skipSpaces(f, markerEnd, limit), limit: limit)
        {
            value = (numerator / value).rounded(NumberRecognizer.fractionPlaces)
            end = numeratorEnd
        }
        // "三百五十又3分之1": a whole and a fraction.
        if let joinEnd = spacedWord(Self.fractionJoiner, in: f, at: end, limit: limit),
            let (fractionEnd, part) = chineseFraction(f, at: skipSpaces(f, joinEnd, limit), limit: limit)
        {
            value += part
            end = fractionEnd
        }
        // "五十打": dozens.
        if end < limit, roles.has(f[end], .dozen), let dozen = lexicon.chineseDozens[f[end].value],
            end + 1 >= limit || !lexicon.chineseDozenNotBefore.contains(f[end + 1].value)
        {
            value *= dozen
            end += 1
        } else if runEnd == i + 1, roles.has(f[i], .financialForm) {
            return (runEnd, nil)  // "入伍", "陆地", "收拾"
        }
        var bound: Bound?
        if let glued = chineseGluedBound(f, at: skipSpaces(f, end, limit), limit: limit) {
            bound = glued.bound
            end = glued.end
            // "十多万", "十 余 万": a scale after the glued word still belongs to the number.
            if let (scaleEnd, scale) = lexicon.chineseScaleRun(f, at: skipSpaces(f, end, limit), limit: limit) {
                value *= scale
                end = scaleEnd
            }
        }
        var match = NumberMatch(range: ScalarRange(start: start, end: end), value: negative ? -value : value)
        match.bound = bound
        match.isDigits = false
        // "一系列", "一套", "新一轮": a lone 一 is an article unless a word after it makes it a figure ("一倍").
        match.isDeterminer =
            isLoneOne && end == runEnd && !negative
            && lexicon.oneFigureWords.match(f, at: end, limit: limit, acceptsEnd: { _ in true }) == nil
        match.isYearLike = runEnd - i == 4 && value >= 1900 && value <= 2100 && isDigitSequence(f, from: i, to: runEnd)
        return (end, match)
    }

    /// A fraction "三分之一", "3分之1" at `start`, rounded like every fraction.
    private func chineseFraction(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> (Int, Decimal)? {
        guard let (denominatorEnd, denominator) = chineseValue(f, from: start, limit: limit), denominator != 0,
            let markerEnd = spacedWord(Self.fractionMarker, in: f, at: denominatorEnd, limit: limit),
            let (end, numerator) = chineseValue(f, from: skipSpaces(f, markerEnd, limit), limit: limit)
        else { return nil }
        return (end, (numerator / denominator).rounded(NumberRecognizer.fractionPlaces))
    }

    @inline(__always)
    private func isNumeral(_ c: Unicode.Scalar) -> Bool { ChineseNumeralRoles.shared.has(c, .numeral) }

    /// Whether `c` may go on with a numeral in ``chineseValue(_:from:limit:)``: a space, an Arabic digit, a numeral,
    /// a scale or a decimal point.
    private func mayContinueNumeral(_ c: Unicode.Scalar) -> Bool {
        c == " " || ScalarClass.isDigit(c) || ChineseNumeralRoles.shared.has(c, .continuesNumeral)
    }

    private func numeralRunEnd(_ f: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        let roles = ChineseNumeralRoles.shared
        var i = start
        while i < limit, roles.has(f[i], [.numeral, .negative]) { i += 1 }
        return max(i, start + 1)
    }

    private func isDigitSequence(_ f: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        (start..<end).allSatisfy { ChineseIntegerScales.shared.digits.contains(f[$0]) }
    }

    /// Whether the numeral at `start` belongs to a listed non-number word that covers it. The trie is walked only
    /// from a position whose first two scalars begin a listed word long enough to cover the numeral
    /// (``ChineseListedWordPairs``): a walk from every 一 and from the characters before it cost some 300
    /// instructions a numeral.
    private func inListedWord(_ f: [Unicode.Scalar], at start: Int, range: ScalarRange) -> Bool {
        let pairs = ChineseListedWordPairs.shared
        for back in 0...2 where start - back >= range.start {
            let first = start - back
            guard first + 1 < range.end, pairs.longestWord(beginning: f[first], f[first + 1]) > back else {
                continue
            }
            if let m = lexicon.notNumbers.match(f, at: first, limit: range.end, acceptsEnd: { _ in true }),
                m.end > start
            {
                return true
            }
        }
        return false
    }

    /// After "百分之" (optionally behind 负), the start of the percentage's number.
    /// After "百分之" (or 千分之, 万分之 …, written with scale characters only), the start of the number and how many
    /// parts the whole has (100 for 百分之).
    private func percentPrefixEnd(_ f: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Decimal)? {
        // 分之 must follow the scale characters before their product is taken: a decimal product per numeral cost
        // more than the rest.
        let scaleEnd = lexicon.chineseScaleRunEnd(f, at: i, limit: limit)
        guard scaleEnd > i, let end = spacedWord(Self.fractionMarker, in: f, at: scaleEnd, limit: limit),
            let (_, parts) = lexicon.chineseScaleRun(f, at: i, limit: limit), parts >= 100
        else { return nil }
        return (skipSpaces(f, end, limit), parts)
    }

    /// 分之 of a fraction ("三分之二") and 又 between a whole and a fraction ("三又三分之一"), held as scalars: spacedWord
    /// runs at most numerals, and reading a string's scalars cost more than comparing them.
    static let fractionMarker: [Unicode.Scalar] = ["分", "之"]
    static let fractionJoiner: [Unicode.Scalar] = ["又"]

    /// The end of `word` at `start`, spaces between (and before) its characters allowed ("百 分 之").
    func spacedWord(_ word: [Unicode.Scalar], in f: [Unicode.Scalar], at start: Int, limit: Int) -> Int? {
        var i = start
        for c in word {
            while i < limit, f[i] == " " { i += 1 }
            guard i < limit, f[i] == c else { return nil }
            i += 1
        }
        return i
    }

    /// Digits after 分之 or 百分之 ("五百分之2333", "百分之5").
    private func digitValue(_ f: [Unicode.Scalar], from start: Int, limit: Int) -> (Int, Decimal)? {
        guard start < limit, ScalarClass.isDigit(f[start]) else { return nil }
        let (_, match) = scanDigits(f, at: start, limit: limit)
        guard let match else { return nil }
        return (match.range.end, match.value)
    }

    func skipSpaces(_ f: [Unicode.Scalar], _ start: Int, _ limit: Int) -> Int {
        var i = start
        while i < limit, f[i] == " " { i += 1 }
        return i
    }

    /// An Arabic digit run with an optional decimal part, inside a Chinese numeral: an integer when it has no
    /// decimal part and at most 18 digits (which `Int` holds exactly), else its Decimal.
    private func arabicRun(_ f: [Unicode.Scalar], from start: Int, limit: Int) -> (Int, NumeralPart) {
        var literal = DecimalLiteral()
        var integer = 0
        var digits = 0
        var hasFraction = false
        func append(_ d: Int) {
            literal.append(d)
            digits += 1
            if digits <= 18 { integer = integer * 10 + d }
        }
        var i = start
        var firstGroup = 0
        while i < limit, let d = ScalarClass.digit(f[i]) {
            append(d)
            i += 1
            firstGroup += 1
        }
        // Thousands groups: "百分之1,111".
        while firstGroup <= 3, i + 3 < limit, f[i] == ",", (1...3).allSatisfy({ ScalarClass.isDigit(f[i + $0]) }),
            i + 4 >= limit || !ScalarClass.isDigit(f[i + 4])
        {
            for k in 1...3 { append(ScalarClass.digit(f[i + k])!) }
            i += 4
        }
        if i + 1 < limit, f[i] == ".", ScalarClass.isDigit(f[i + 1]) {
            i += 1
            while i < limit, let d = ScalarClass.digit(f[i]) {
                literal.appendFraction(d)
                hasFraction = true
                i += 1
            }
        }
        return (i, !hasFraction && digits <= 18 ? .integer(integer) : .decimal(literal.value))
    }

    /// The value of the numeral run at `start`, with a decimal part after 点: (end, value), or nil when the run
    /// is no number (a lone scale character).
    func chineseValue(_ f: [Unicode.Scalar], from start: Int, limit: Int) -> (Int, Decimal)? {
        // One digit alone ("一家", "三个"), as most numerals of a text are: its value, without the state below.
        let scales = ChineseIntegerScales.shared
        if start < limit, let d = scales.digits[f[start]],
            start + 1 == limit || !mayContinueNumeral(f[start + 1])
        {
            return (start + 1, Decimal(d))
        }
        var i = start
        // The parts are summed as integers while they are ones (see ``NumeralPart``), with the scales as integers.
        var trillions = NumeralPart.zero  // closed by 兆
        var total = NumeralPart.zero  // closed by 亿
        var section = NumeralPart.zero  // closed by 万
        var group = NumeralPart.zero  // below 万
        var digit: NumeralPart?
        var lastScale = 0
        var sawDigit = false
        var sawScale = false
        var sequence = NumeralDigits()
        var afterZero = false
        while i < limit {
            if f[i] == " ", sawDigit || sawScale {
                // "一百 五 十 二": spaces inside a numeral are layout.
                var j = i
                while j < limit, f[j] == " " { j += 1 }
                guard j < limit, isNumeral(f[j]) || ScalarClass.isDigit(f[j]) else { break }
                i = j
                continue
            }
            if ScalarClass.isDigit(f[i]) {
                // Arabic digits inside a Chinese numeral: "5万4千6百", "1.2万亿".
                guard digit == nil else { break }
                let (runEnd, runValue) = arabicRun(f, from: i, limit: limit)
                digit = runValue
                sequence = NumeralDigits()
                sawDigit = true
                i = runEnd
                continue
            }
            if let d = scales.digits[f[i]] {
                if d == 0 {
                    // 零 marks a gap ("一万零十二"); it is not a digit of the next unit.
                    afterZero = sawScale
                    sawDigit = true
                    if digit == nil && !sawScale { sequence = NumeralDigits(0) } else { sequence.append(0) }
                    i += 1
                    continue
                }
                if digit != nil {
                    // "二三十": two digits before a scale say "twenty or thirty", not a number.
                    if i + 1 < limit, ChineseNumeralRoles.shared.has(f[i + 1], .scale) {
                        return nil
                    }
                    sequence.append(d)
                } else {
                    sequence = sequence.isSingleZero ? NumeralDigits(0, d) : NumeralDigits(d)
                }
                digit = .integer(d)
                sawDigit = true
            } else if let s = scales.small[f[i]] {
                if digit == nil && !(s == 10) { break }  // 百, 千 need a digit before them (十 alone is ten)
                if s == 10 { sawDigit = true }
                group = group + (digit ?? .integer(1)) * .integer(s)
                digit = nil
                lastScale = s
                sawScale = true
                sequence = NumeralDigits()
            } else if let s = scales.continued[f[i]] {
                let next = skipSpaces(f, i + 1, limit)
                guard sawDigit || sawScale, next < limit, scales.digits.contains(f[next]) else { break }
                trillions = (trillions + total + section + group + (digit ?? .zero)) * .integer(s)
                total = .zero
                section = .zero
                group = .zero
                digit = nil
                lastScale = s
                sawScale = true
                sequence = NumeralDigits()
            } else if let s = scales.large[f[i]] {
                guard sawDigit || sawScale else { break }
                if s >= 100_000_000 {
                    total = (total + section + group + (digit ?? .zero)) * .integer(s)
                    section = .zero
                } else {
                    section = (section + group + (digit ?? .zero)) * .integer(s)
                }
                group = .zero
                digit = nil
                lastScale = s
                sawScale = true
                sequence = NumeralDigits()
            } else {
                break
            }
            i += 1
        }
        guard sawDigit else { return nil }
        var value: Decimal
        if !sawScale, sequence.count > 1 {
            // "二〇二四": read digit by digit.
            value = sequence.value
        } else {
            var tail = digit ?? .zero
            // "九万四", "一千五": a trailing digit right after a scale counts in the unit below it.
            if digit != nil, !afterZero, lastScale >= 100, sequence.count == 1, i - start >= 3 {
                tail = tail * .integer(lastScale / 10)
            }
            value = (trillions + total + section + group + tail).decimal
        }
        // Decimal part: "八点五", "四点五".
        let point = skipSpaces(f, i, limit)
        let afterPoint = point < limit ? skipSpaces(f, point + 1, limit) : limit
        if afterPoint < limit, lexicon.chineseDecimalPoint.contains(f[point].value),
            let d = scales.digits[f[afterPoint]],
            !lexicon.chineseNotAfterPoint.contains(f[afterPoint].value)
        {
            var scale = Decimal(1)
            var fraction = Decimal(0)
            var j = afterPoint
            var digitValue: Int? = d
            while let dv = digitValue {
                scale /= 10
                fraction += Decimal(dv) * scale
                j += 1
                digitValue = j < limit ? scales.digits[f[j]] : nil
            }
            value += fraction
            i = j
            if let (scaleEnd, s) = lexicon.chineseScaleRun(f, at: i, limit: limit) {
                value *= s
                i = scaleEnd
            }
        }
        return (i, value)
    }
}

extension NumberRecognizer {
    /// Whether Arabic digits at `start` continue as a Chinese numeral: "5万4千6百", "3分之1", "3又…", but not "10亿"
    /// alone (which the digit rules read, with 多/余 between digits and scale).
    func continuesAsChineseNumeral(_ f: [Unicode.Scalar], digitsAt start: Int, limit: Int) -> Bool {
        if start > 0, ScalarClass.isDigit(f[start - 1]) || f[start - 1] == "." || ScalarClass.isLetter(f[start - 1]) {
            return false
        }
        var i = start
        while i < limit, ScalarClass.isDigit(f[i]) || f[i] == "." && i + 1 < limit && ScalarClass.isDigit(f[i + 1]) {
            i += 1
        }
        while i < limit, f[i] == " " { i += 1 }
        guard i < limit else { return false }
        if f[i] == "分" || f[i] == "又" || f[i] == "点" || f[i] == "點" { return true }
        // Scale characters followed by more digits or numerals: a compound number.
        let roles = ChineseNumeralRoles.shared
        guard roles.has(f[i], .scale) else { return false }
        var j = i
        while j < limit, roles.has(f[j], .scale) { j += 1 }
        while j < limit, f[j] == " " { j += 1 }
        return j < limit && (ScalarClass.isDigit(f[j]) || roles.has(f[j], .digit)) || j > i && f[i - 1] == " "
    }
}

/// The digits of a Chinese numeral since its last scale character, for reading it digit by digit when no scale
/// comes ("二〇二四"). Their value is kept as an integer while it fits one: collecting the digits in an array cost an
/// allocation, and their decimal value a decimal product, at every numeral of a text.
private struct NumeralDigits {
    private(set) var count = 0
    /// The digits' value while there are at most `narrowLimit` of them; beyond, in `wide`.
    private var narrow = 0
    private var wide: Decimal?
    /// Eighteen decimal digits always fit an `Int`.
    private static let narrowLimit = 18

    init() {}

    init(_ d: Int) { append(d) }

    init(_ first: Int, _ second: Int) {
        append(first)
        append(second)
    }

    /// "零" alone: a following digit keeps it ("〇八").
    var isSingleZero: Bool { count == 1 && narrow == 0 }

    mutating func append(_ d: Int) {
        count += 1
        if count <= Self.narrowLimit {
            narrow = narrow * 10 + d
        } else {
            wide = (wide ?? Decimal(narrow)) * 10 + Decimal(d)
        }
    }

    /// The digits read one by one as a decimal number.
    var value: Decimal { wide ?? Decimal(narrow) }
}

/// A part of a Chinese numeral as it is summed (the 兆, 亿, 万 sections, the group below 万, a digit): an integer
/// while every term is one and the sums and products fit 64 bits, a few instructions an operation; otherwise the
/// Decimal that Foundation's arithmetic gives (hundreds to thousands of instructions), as for "1.2万亿". Integer
/// arithmetic is exact, so the value is the one the Decimals give.
private enum NumeralPart {
    case integer(Int)
    case decimal(Decimal)

    static let zero = NumeralPart.integer(0)

    var decimal: Decimal {
        switch self {
        case .integer(let n): Decimal(n)
        case .decimal(let d): d
        }
    }

    static func + (a: NumeralPart, b: NumeralPart) -> NumeralPart {
        if case .integer(let x) = a, case .integer(let y) = b {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .integer(sum) }
        }
        return .decimal(a.decimal + b.decimal)
    }

    static func * (a: NumeralPart, b: NumeralPart) -> NumeralPart {
        if case .integer(let x) = a, case .integer(let y) = b {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow { return .integer(product) }
        }
        return .decimal(a.decimal * b.decimal)
    }
}

/// The first two scalars of the listed non-number words ("一些", "统一", "进一步"), with the length of the longest word
/// each pair begins, for ``NumberRecognizer/inListedWord(_:at:range:)``: a word from `first` covers the numeral at
/// `first + back` only when it is longer than `back`.
struct ChineseListedWordPairs: Sendable {
    /// The longest listed word's length by its first two scalars, keyed `first << 16 | second`.
    private var longest = ScalarMap<Int>()
    /// The words' first scalars: the characters before a numeral ("统一", "进一步") are mostly none of them, told by
    /// one read before the pair is hashed.
    private let firsts: ScalarFlags

    static let shared = ChineseListedWordPairs(NumberLexicon.shared(for: .chinese).notNumbers)

    init(_ words: WordTable<Bool>) {
        firsts = ScalarFlags(count: 0x10000, flagged: words.entries.compactMap { $0.text.unicodeScalars.first })
        for (text, _) in words.entries {
            let scalars = Array(text.unicodeScalars)
            // Two scalars at least, each in the BMP and beyond Latin-1: the trie compares them as written (it lowers
            // only Latin letters), and the pair key holds them exactly.
            precondition(
                scalars.count >= 2 && scalars.allSatisfy { (0x100..<0x10000).contains($0.value) },
                "a listed Chinese non-number word must have two or more CJK characters: \(text)")
            let key = scalars[0].value << 16 | scalars[1].value
            longest[key] = max(longest[key] ?? 0, scalars.count)
        }
    }

    /// The length of the longest listed word that begins with `first`, `second`, or 0. Scalars beyond the BMP may
    /// give a false length (their key is cut), never a missing one: the trie then answers.
    @inline(__always)
    func longestWord(beginning first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        firsts[first] ? longest[first.value << 16 | second.value] ?? 0 : 0
    }
}

/// What each scalar of the Basic Multilingual Plane is to a Chinese numeral (a digit, a scale, 负, 第, a classifier …),
/// as the bits of one array entry, taken once from the lexicon's sets and maps: a Chinese numeral's scan asks some ten
/// such questions of the characters around it, and each was a hashed look-up of 15–20 instructions.
struct ChineseNumeralRoles: Sendable {
    struct Role: OptionSet, Sendable {
        let rawValue: UInt16
        static let digit = Role(rawValue: 1 << 0)
        static let smallScale = Role(rawValue: 1 << 1)
        static let largeScale = Role(rawValue: 1 << 2)
        static let continuedScale = Role(rawValue: 1 << 3)
        static let decimalPoint = Role(rawValue: 1 << 4)
        static let negative = Role(rawValue: 1 << 5)
        static let ordinalPrefix = Role(rawValue: 1 << 6)
        static let articleClassifier = Role(rawValue: 1 << 7)
        static let dozen = Role(rawValue: 1 << 8)
        static let financialForm = Role(rawValue: 1 << 9)
        /// 十, 百, 万, 亿 …: what ``NumberRecognizer/continuesAsChineseNumeral(_:digitsAt:limit:)`` looks for.
        static let scale: Role = [.smallScale, .largeScale]
        /// A digit or a scale: the characters of a numeral run.
        static let numeral: Role = [.digit, .smallScale, .largeScale]
        /// What may go on with a numeral beyond spaces and Arabic digits (see `mayContinueNumeral`).
        static let continuesNumeral: Role = [.numeral, .continuedScale, .decimalPoint]
    }

    /// For every BMP scalar, its roles' raw bits.
    private let roles: [UInt16]

    static let shared = ChineseNumeralRoles(NumberLexicon.shared(for: .chinese))

    init(_ lexicon: NumberLexicon) {
        var roles = [UInt16](repeating: 0, count: 0x10000)
        func mark(_ keys: [UInt32], _ role: Role) {
            for key in keys {
                precondition(key < 0x10000, "a Chinese numeral character beyond the BMP: U+\(String(key, radix: 16))")
                roles[Int(key)] |= role.rawValue
            }
        }
        mark(lexicon.chineseDigits.keys, .digit)
        mark(lexicon.chineseSmallScales.keys, .smallScale)
        mark(lexicon.chineseLargeScales.keys, .largeScale)
        mark(lexicon.chineseContinuedLargeScales.keys, .continuedScale)
        mark(lexicon.chineseDecimalPoint.keys, .decimalPoint)
        mark(lexicon.chineseNegative.keys, .negative)
        mark(lexicon.chineseOrdinalPrefix.keys, .ordinalPrefix)
        mark(lexicon.chineseArticleClassifiers.keys, .articleClassifier)
        mark(lexicon.chineseDozens.keys, .dozen)
        mark(lexicon.chineseFinancialForms.keys, .financialForm)
        self.roles = roles
    }

    /// Whether `c` has any of `role`'s roles.
    @inline(__always)
    func has(_ c: Unicode.Scalar, _ role: Role) -> Bool {
        c.value < 0x10000 && roles[Int(c.value)] & role.rawValue != 0
    }
}

/// The Chinese digits' values and the scale characters' values as integers (十 10, 万 10^4, 兆 10^12), taken once
/// from the lexicon (its scales are Decimals) for ``NumeralPart`` arithmetic, each found by one array read
/// (``ScalarTable``) where the lexicon's maps hash the scalar.
private struct ChineseIntegerScales: Sendable {
    let digits: ScalarTable<Int>
    let small: ScalarTable<Int>
    let large: ScalarTable<Int>
    let continued: ScalarTable<Int>

    static let shared = ChineseIntegerScales(NumberLexicon.shared(for: .chinese))

    private init(_ lexicon: NumberLexicon) {
        func table<V>(_ map: ScalarMap<V>, _ integer: (V) -> Int) -> ScalarTable<Int> {
            var result: [Unicode.Scalar: Int] = [:]
            for key in map.keys {
                precondition(key < 0x10000, "a Chinese numeral character beyond the BMP: U+\(String(key, radix: 16))")
                result[Unicode.Scalar(key)!] = integer(map[key]!)
            }
            return ScalarTable(result)
        }
        func integer(_ value: Decimal) -> Int {
            let integer = (value as NSDecimalNumber).intValue
            precondition(Decimal(integer) == value, "Chinese scale \(value) is no integer")
            return integer
        }
        digits = table(lexicon.chineseDigits) { $0 }
        small = table(lexicon.chineseSmallScales, integer)
        large = table(lexicon.chineseLargeScales, integer)
        continued = table(lexicon.chineseContinuedLargeScales, integer)
    }
}
