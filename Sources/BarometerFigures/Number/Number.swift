import BarometerText
import Foundation

/// A number found in text, before any other dimension claims it.
///
/// Percent, money and duration rules start from these; the number rule reports the ones left over.
struct NumberMatch: Sendable, Hashable {
    var range: ScalarRange
    var value: Decimal
    /// A plain four-digit integer from 1900 to 2100 ("2023", "二〇二四"): left to the date rules unless a unit claims it.
    var isYearLike = false
    /// Followed by capitalised words ("360 Security Technology"): part of a name, not a figure on its own.
    var isNameLike = false
    /// Written in digits (possibly with a scale word), rather than in words or numerals.
    var isDigits = true
    /// A bound glued to the number ("两千余" is at least 2000).
    var bound: Bound?
    /// "百分之十五": the value is already a percentage.
    var isPercentPrefixed = false
    /// In "百分之十五", the number after 百分之 ("十五" = 15): a number of its own when the dimensions are read apart.
    var percentNumberRange: ScalarRange?
    var percentNumberValue: Decimal?
    /// The scale word that closes the number ("3 million", "zwei Drittel Millionen"): 10^6.
    var scale: Decimal?
    /// Written as a fraction in words ("a half", "drei Viertel Milliarde").
    var isWordFraction = false
    /// A lone "one" or 一 that quantifies nothing ("one of the biggest", "one company said", "一系列", "新一轮"): a
    /// numeral, as Recognizers-Text counts them, but no figure, so `FigureExtractor` leaves it out (a unit after it
    /// still makes a duration, percent or money: "one year", "一成").
    var isDeterminer = false
}

/// Finds numbers in one language: digits with the language's separators, scale words and abbreviations,
/// number words and Chinese numerals, fractions.
///
///     let text = ScalarText("a round of $14 million")
///     NumberRecognizer(language: .english).mentions(in: text, range: ScalarRange(start: 0, end: text.count))
///     // [number "14 million" = 14000000]
///
/// Not numbers: versions and names (GPT-4, Llama 2, iPhone 15, COVID-19, 360 Security Technology), times of day
/// (11:47 am), ISO and numeric dates, phone-like digit chains, ordinals (5th, "2. Platz" inside a German sentence,
/// 第三), and year-like integers, which the date rules own.
///
/// - Complexity: O(n) in the range's length; each position is visited a bounded number of times.
public struct NumberRecognizer: Sendable {
    public let language: Language
    /// The language's word lists, held by reference: the scan passes the recognizer as `self` from call to call,
    /// and with the lists inline (1.3 KB) each call copied them (a `memcpy` per Chinese numeral in the benchmark).
    private let tables: Tables
    var lexicon: NumberLexicon { tables.lexicon }
    var bounds: BoundWords { tables.bounds }

    private final class Tables: Sendable {
        let lexicon: NumberLexicon
        let bounds: BoundWords

        init(_ language: Language) {
            lexicon = NumberLexicon.shared(for: language)
            bounds = BoundWords.shared(for: language)
        }

        static let all = PerLanguage { Tables($0) }
    }

    public init(language: Language) {
        self.language = language
        self.tables = Tables.all[language]
    }

    /// Number mentions within `range`: every number that is not year-like, part of a name, or a percentage.
    public func mentions(in text: ScalarText, range: ScalarRange) -> [Mention] {
        mentions(from: matches(in: text, range: range), in: text, range: range)
    }

    func mentions(from matches: [NumberMatch], in text: ScalarText, range: ScalarRange) -> [Mention] {
        matches.compactMap { match in
            mentionRange(of: match) == nil ? nil : mention(of: match, in: text, range: range)
        }
    }

    /// The span of the number mention a match makes, or nil when it makes none (year-like, part of a name): what
    /// resolving overlaps needs, known before the mention's text is built.
    func mentionRange(of match: NumberMatch) -> ScalarRange? {
        if match.isPercentPrefixed, let inner = match.percentNumberRange, match.percentNumberValue != nil {
            return inner
        }
        guard !match.isYearLike, !match.isNameLike, !match.isPercentPrefixed else { return nil }
        return match.range
    }

    /// The number mention of a match that makes one (``mentionRange(of:)`` is not nil).
    func mention(of match: NumberMatch, in text: ScalarText, range: ScalarRange) -> Mention {
        if match.isPercentPrefixed, let inner = match.percentNumberRange, let value = match.percentNumberValue {
            // The percentage's own number: the percent rules claim the whole span when mentions are resolved.
            return Mention(kind: .number, text: text.mentionText(inner), range: inner, value: value)
        }
        var mention = Mention(
            kind: .number, text: text.mentionText(match.range), range: match.range, value: match.value)
        bounds.apply(to: &mention, glued: match.bound, in: text, sentence: range)
        return mention
    }

    /// Splits a word into number morphemes, longest first with backtracking ("eineinhalb" = ein + einhalb); nil
    /// when it does not split (most words, turned away without allocating), empty for an empty range. The word
    /// table is read in place through the shared tables (reading it through `lexicon` copied the lexicon per word).
    func decompose(_ f: [Unicode.Scalar], from start: Int, to end: Int) -> [NumberWord]? {
        if start == end { return [] }
        guard let payloads = tables.lexicon.words.trie.firstSplit(f, from: start, to: end) else { return nil }
        let values = tables.lexicon.words.values
        return payloads.map { values[$0] }
    }

    /// Every number in `range`, in text order, including year-like ones and those inside names (flagged).
    ///
    /// With the date scanner's `tokens` of the same range (English, German), the scan moves from token to token:
    /// white space is never visited and a word's letters are not read again unless the word may start a number. The
    /// result is the same as without them.
    func matches(in text: ScalarText, range: ScalarRange, tokens: [DateToken]? = nil) -> [NumberMatch] {
        guard language.isAnalysed else { return [] }
        let f = text.folded
        var found: [NumberMatch] = []
        var i = range.start
        let limit = range.end
        let passes = lexicon.passedASCII
        if let tokens, language != .chinese {
            let english = language == .english
            let wordPrefixes = tables.lexicon.wordPrefixes
            let numberWords = tables.lexicon.numberWordHashes
            let articles = tables.lexicon.articles
            let articleFollowers = tables.lexicon.articleFollowers
            let germanArticles = tables.lexicon.articleForms
            let separateWords = tables.lexicon.separateWords
            // Token by token: a token the last scan ran past is dropped; a fresh one (the white space before it
            // passed, as the scalar loop passes it) is judged by its kind; inside a token, or at a number or a symbol
            // the pass table does not pass, the scalar rules read on. Past the last token only white space is left.
            var t = 0
            while t < tokens.count {
                // Most words start no number, nor does most punctuation: a run of them (whole tokens the scan has
                // not entered) is passed in a loop of its own, each as the cases below pass it.
                (t, i) =
                    english
                    ? NumberRecognizer.passingEnglishTokens(
                        tokens, from: t, at: i, in: f, limit: limit, numberWords: numberWords, passes: passes)
                    : NumberRecognizer.passingGermanTokens(
                        tokens, from: t, at: i, in: f, limit: limit, prefixes: wordPrefixes, passes: passes)
                guard t < tokens.count else { break }
                let token = tokens[t]
                if token.end <= i {
                    t += 1
                    continue
                }
                if token.start >= i {
                    i = token.start
                    switch token.kind {
                    case .word:
                        // The scanner's word ends where the number rules' letter run ends, unless letters beyond
                        // Latin (Greek, Cyrillic) continue it (the scanner marks that); then the run is measured.
                        let wordEnd =
                            token.continuesIntoLetters
                            ? ScalarClass.letterRunEnd(f, from: token.end, limit: limit) : token.end
                        // A word passed whole is done with (its end is at or past the token's): on to the next token.
                        // (A German word here may begin with a number morpheme: the passing loop took the others.)
                        if english, wordEnd == token.end,
                            !numberWords.contains(hash: token.wordHash)
                                || isArticleBeforeNoNumber(
                                    tokens, t, in: f, limit: limit, articles: articles, followers: articleFollowers)
                        {
                            i = wordEnd
                            t += 1
                        } else if !english, wordEnd == token.end,
                            isGermanArticleBeforeNoNumber(
                                tokens, t, in: f, limit: limit, forms: germanArticles, separateWords: separateWords)
                        {
                            i = wordEnd
                            t += 1
                        } else {
                            i = word(f, at: i, wordEnd: wordEnd, range: range, into: &found)
                        }
                        continue
                    case .symbol:
                        // A symbol token is one scalar, its value.
                        if passes.contains(token.value) {
                            i += 1
                            t += 1
                            continue
                        }
                    case .number:
                        break
                    }
                }
                guard i < limit else { break }
                let c = f[i]
                if passes.contains(Int(c.value)) {
                    i += 1
                    continue
                }
                i = step(text, at: i, range: range, into: &found)
            }
            return joiningFractions(found, in: f)
        }
        let chinese = language == .chinese
        while i < limit {
            let c = f[i]
            // Spaces and punctuation start nothing: pass them before any other test.
            if passes.contains(Int(c.value)) {
                i += 1
                continue
            }
            // Chinese characters that start no numeral (nearly all of them) are passed in a tight loop.
            if chinese, !lexicon.stopsChineseScan(c) {
                i = lexicon.nextChineseCandidate(in: f, from: i + 1, limit: limit)
                continue
            }
            i = step(text, at: i, range: range, into: &found)
        }
        return chinese ? found : joiningFractions(found, in: f)
    }

    /// The tokens from `t` on that `isPassed` passes, each a whole token the scan has not entered (its start at or
    /// after `i`), and those the scan has run past (their end at or before `i`): the language's loop over the words and
    /// punctuation that start no number. Returns the first token left (one `isPassed` turns away, or one the scan
    /// stopped inside) and the scan position (the end of the last token passed, or `i`).
    ///
    /// Tokens follow one another without overlap, so only those before the first one passed can have been run past:
    /// they are dropped first, and the passing loop reads no position but the last token's end.
    @inline(__always)
    static func passing(
        _ tokens: UnsafeBufferPointer<DateToken>, from t: Int, at i: Int, while isPassed: (DateToken) -> Bool
    ) -> (token: Int, position: Int) {
        var t = t
        while t < tokens.count, tokens[t].start < i {
            guard tokens[t].end <= i else { return (t, i) }
            t += 1
        }
        let first = t
        while t < tokens.count, isPassed(tokens[t]) { t += 1 }
        return (t, t > first ? tokens[t - 1].end : i)
    }

    /// Whether a symbol token is a sign or point ("-", ".") with no digit right after it: a number starts there only
    /// before a digit ("-5", ".08"), so ``step(_:at:range:into:)`` would pass it as it passes the pass table's
    /// symbols. `text` holds the scan's folded scalars, `limit` ends its range.
    @inline(__always)
    static func isSignOrPointBeforeNoDigit(
        _ token: DateToken, in text: UnsafeBufferPointer<Unicode.Scalar>, limit: Int
    ) -> Bool {
        (token.value == 0x2D || token.value == 0x2E) && (token.end >= limit || !ScalarClass.isDigit(text[token.end]))
    }

    /// Reads the number that may start at `i` (a scalar the pass table does not pass) into `found`, and returns
    /// where scanning goes on.
    @inline(__always)
    private func step(_ text: ScalarText, at i: Int, range: ScalarRange, into found: inout [NumberMatch]) -> Int {
        let f = text.folded
        let limit = range.end
        let c = f[i]
        let signOrPoint =
            (c == "-" || c == "." && language != .german && (i == 0 || !ScalarClass.isWordScalar(f[i - 1])))
        if language == .chinese, ScalarClass.isDigit(c), continuesAsChineseNumeral(f, digitsAt: i, limit: limit) {
            let (next, match) = scanChinese(f, at: i, range: range)
            if let match { found.appendNumber(match) }
            return max(next, i + 1)
        } else if ScalarClass.isDigit(c) || (signOrPoint && i + 1 < limit && ScalarClass.isDigit(f[i + 1])) {
            let (next, match) = scanDigits(
                f, at: i, limit: language == .chinese ? clauseEnd(text, digitsAt: i, limit: limit) : limit)
            if let match { found.appendNumber(match) }
            return max(next, i + 1)
        } else if (0xBC...0xBE).contains(c.value) || (0x2150...0x215E).contains(c.value),
            let fraction = lexicon.vulgarFractions[c.value]
        {
            // "½", "⅔": a fraction in one character.
            var match = NumberMatch(range: ScalarRange(start: i, end: i + 1), value: fraction)
            match.isDigits = false
            found.appendNumber(match)
            return i + 1
        } else if language == .chinese {
            if lexicon.isChineseNumeralStart(c) {
                let (next, match) = scanChinese(f, at: i, range: range)
                if let match { found.appendNumber(match) }
                return max(next, i + 1)
            }
            // Chinese characters that start no numeral (nearly all of them) are passed in a tight loop.
            return lexicon.nextChineseCandidate(in: f, from: i + 1, limit: limit)
        } else if ScalarClass.isLetter(c) {
            return word(
                f, at: i, wordEnd: ScalarClass.letterRunEnd(f, from: i + 1, limit: limit), range: range,
                into: &found)
        }
        return i + 1
    }

    /// The number words that may start at the word `i..<wordEnd` (English, German), and where scanning goes on.
    @inline(__always)
    private func word(
        _ f: [Unicode.Scalar], at i: Int, wordEnd: Int, range: ScalarRange, into found: inout [NumberMatch]
    ) -> Int {
        let limit = range.end
        if i == range.start || !ScalarClass.isWordScalar(f[i - 1]),
            lexicon.words.trie.mayStartPhrase(f, at: i, limit: limit)
                || (i + 1 < limit && !ScalarClass.isLetter(f[i + 1])),
            let (next, match) = language == .german
                ? scanGermanWords(f, at: i, wordEnd: wordEnd, limit: limit)
                : scanEnglishWords(f, at: i, wordEnd: wordEnd, limit: limit)
        {
            found.appendNumber(match)
            return next
        }
        // Skip the rest of the word's letters: number words never start inside one
        // (digits glued to it are read next, and judged as labels or currency codes).
        return wordEnd
    }

    /// "three and one fourth", "3 million and a half", "fünf und drei Viertel Milliarde": a whole number, a
    /// conjunction and a fraction in words are one number. A fraction after a scaled whole is a fraction of that
    /// scale (3.5 million); a scale after the fraction scales the whole too (5.75 billion).
    private func joiningFractions(_ matches: [NumberMatch], in f: [Unicode.Scalar]) -> [NumberMatch] {
        guard matches.count > 1, mayJoin(matches, in: f) else { return matches }
        var joined: [NumberMatch] = []
        joined.reserveCapacity(matches.count)
        for match in matches {
            if language == .english, let whole = joined.last, let merged = continuingScale(whole, match, in: f) {
                joined[joined.count - 1] = merged
                continue
            }
            guard match.isWordFraction, let whole = joined.last, !whole.isWordFraction, !whole.isYearLike,
                !whole.isNameLike,
                whole.value == whole.value.rounded(0), whole.value > 0, whole.bound == nil,
                isConjunction(f, from: whole.range.end, to: match.range.start)
            else {
                joined.append(match)
                continue
            }
            var value: Decimal
            if let scale = match.scale {
                guard whole.scale == nil else {
                    joined.append(match)
                    continue
                }
                value = whole.value * scale + match.value
            } else {
                value = whole.value + match.value * (whole.scale ?? 1)
            }
            var merged = whole
            merged.range = ScalarRange(start: whole.range.start, end: match.range.end)
            merged.value = value
            merged.isDigits = false
            merged.isDeterminer = false
            merged.scale = match.scale ?? whole.scale
            joined[joined.count - 1] = merged
        }
        return joined
    }

    /// Whether ``joiningFractions(_:in:)`` may join any two of `matches`: a fraction joins only when it is a fraction
    /// in words, and (English) a number continues only one closed by a scale word, after one space or a conjunction
    /// (the first join of a sentence is then between two matches as found). Most sentences have neither, and are
    /// returned as they are, without building a second array.
    private func mayJoin(_ matches: [NumberMatch], in f: [Unicode.Scalar]) -> Bool {
        let english = language == .english
        for index in matches.indices {
            if matches[index].isWordFraction { return true }
            if english, matches[index].scale != nil, index + 1 < matches.count {
                let end = matches[index].range.end
                let next = matches[index + 1].range.start
                if next == end + 1 && f[end] == " " || isConjunction(f, from: end, to: next) { return true }
            }
        }
        return false
    }

    /// In Chinese, a full-width comma after half-width digits ("$20，300美圆") separates clauses, not thousands (full-width
    /// digits keep theirs: "１，０００"): where the digit run starting at `start` must stop.
    private func clauseEnd(_ text: ScalarText, digitsAt start: Int, limit: Int) -> Int {
        let original = text.original
        var i = start
        while i < limit,
            ScalarClass.isDigit(text.folded[i]) || text.folded[i] == "," || text.folded[i] == "."
                || text.folded[i] == "-"
        {
            if original[i].value == 0xFF0C, i > start, original[i - 1].value < 0x80 { return i }
            i += 1
        }
        return limit
    }

    /// "4 thousand 3 hundred and 21": after a number closed by a scale word, a number with a smaller scale (joined by a
    /// space or "and") or, after "hundred and", a number below a hundred continues it.
    private func continuingScale(_ whole: NumberMatch, _ next: NumberMatch, in f: [Unicode.Scalar]) -> NumberMatch? {
        guard let scale = whole.scale, !whole.isWordFraction, whole.bound == nil, !next.isYearLike,
            !next.isWordFraction
        else { return nil }
        let joinedBySpace = next.range.start == whole.range.end + 1 && f[whole.range.end] == " "
        let joinedByAnd = isConjunction(f, from: whole.range.end, to: next.range.start)
        // Both joins below need one of these: the comparisons of values (Decimal arithmetic) wait for them.
        guard joinedBySpace || joinedByAnd else { return nil }
        guard next.value.isPositive, next.value < scale, next.value == next.value.rounded(0) else { return nil }
        if let nextScale = next.scale, nextScale < scale, joinedBySpace || joinedByAnd {
            var merged = whole
            merged.range = ScalarRange(start: whole.range.start, end: next.range.end)
            merged.value = whole.value + next.value
            merged.scale = nextScale
            return merged
        }
        guard scale == 100, joinedByAnd, next.scale == nil, next.value < 100 else { return nil }
        var merged = whole
        merged.range = ScalarRange(start: whole.range.start, end: next.range.end)
        merged.value = whole.value + next.value
        merged.scale = nil
        return merged
    }

    /// Whether the text between two numbers is one conjunction between spaces (" and ", " und ").
    private func isConjunction(_ f: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard end - start >= 3, f[start] == " ", f[end - 1] == " " else { return false }
        guard let m = lexicon.words.match(f, at: start + 1, limit: end - 1, acceptsEnd: { $0 == end - 1 }),
            case .conjunction = m.value
        else {
            return false
        }
        return true
    }
}

extension [NumberMatch] {
    /// Appends a number the scan found. The first one takes room for four: a sentence with one number often has
    /// more, and an array grown from one element is reallocated at each doubling (some 140 instructions each; the
    /// English benchmark grew 10.9k times for 17k numbers). A sentence with none allocates nothing.
    @inline(__always)
    mutating func appendNumber(_ match: NumberMatch) {
        if capacity == 0 { reserveCapacity(4) }
        append(match)
    }
}

/// A dimension whose figures are numbers with something around them (a unit, a currency): it reads the numbers the
/// number rules found, so a sentence is scanned for numbers once.
protocol NumberBasedRecognizer: Sendable {
    var language: Language { get }
    func mentions(numbers: [NumberMatch], in text: ScalarText, range: ScalarRange) -> [Mention]
}

extension NumberBasedRecognizer {
    /// Mentions within `range` of `text`, scanning it for numbers first.
    public func mentions(in text: ScalarText, range: ScalarRange) -> [Mention] {
        mentions(numbers: NumberRecognizer(language: language).matches(in: text, range: range), in: text, range: range)
    }
}

/// Builds an exact decimal from digits read one at a time.
struct DecimalLiteral {
    private var significand: UInt64 = 0
    private var exponent = 0
    private var digits = 0
    private var text = ""

    /// Appends a digit (0…9) before the point. The arithmetic wraps without an overflow test: with at most 18
    /// significant digits the significand stays below 10^18 < 2^64, and the scan's digit loop runs this per digit.
    mutating func append(_ digit: Int) {
        if digits < 18 {
            significand = significand &* 10 &+ UInt64(truncatingIfNeeded: digit)
        } else {
            exponent += 1  // beyond 18 significant digits, keep magnitude (rare: "123456789101231" fits)
        }
        digits &+= significand == 0 ? 0 : 1
    }

    /// Appends a digit (0…9) after the point; see ``append(_:)``.
    mutating func appendFraction(_ digit: Int) {
        guard digits < 18 else { return }
        significand = significand &* 10 &+ UInt64(truncatingIfNeeded: digit)
        exponent -= 1
        digits &+= significand == 0 ? 0 : 1
    }

    var value: Decimal {
        guard exponent == 0, significand < Self.smallIntegerCount else {
            return Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
        }
        return Self.smallIntegers[Int(significand)]
    }

    /// The values of the integers below 10,000 (most numbers in news: counts, years, days), built once by the very
    /// initialisers `value` calls, so each is the same Decimal byte for byte: building one through Foundation costs
    /// some 65 instructions per number, reading the table a few.
    private static let smallIntegers: [Decimal] = (0..<smallIntegerCount).map {
        Decimal(sign: .plus, exponent: 0, significand: Decimal($0))
    }
    private static let smallIntegerCount: UInt64 = 10_000

    /// `value * scale`, the same Decimal. A scale that is a power of ten ("million", "bn", "Mio.", 万) only moves the
    /// exponent: Foundation's multiplication costs some 1,700 instructions, this a comparison and a construction.
    /// Any other scale ("dozen") multiplies.
    func times(_ scale: Decimal) -> Decimal {
        let shifted = exponent + scale.exponent
        guard scale.significand == 1, Self.exponentRange.contains(shifted) else { return value * scale }
        return Decimal(sign: .plus, exponent: shifted, significand: Decimal(significand))
    }

    /// Exponents a `Decimal` holds (8 bits, signed), with a margin.
    private static let exponentRange = -120...120
}

extension Decimal {
    /// `self > 0`, answered from the sign and the zero test: Foundation's comparison normalises both sides first,
    /// some hundreds of instructions, and the duration rules ask it of every number found.
    var isPositive: Bool {
        guard !isNaN else { return self > 0 }
        return sign == .plus && !isZero
    }

    /// `self > 0 && self < 1`: never when the exponent is not negative (the value is then an integer).
    var isProperFraction: Bool {
        guard isNaN || exponent < 0 else { return false }
        return self > 0 && self < 1
    }

    /// `(Decimal(numerator) / Decimal(denominator)).rounded(places)`, the same Decimal, by integer division when the
    /// numerator times 10^places fits in 64 bits: Foundation's division costs some 16,000 instructions. A tie rounds
    /// up, as `.plain` does for the values ≥ 0 this takes; anything else divides as Decimals.
    static func fraction(_ numerator: Int, over denominator: Int, places: Int) -> Decimal {
        guard numerator >= 0, denominator > 0, (0...18).contains(places) else {
            return (Decimal(numerator) / Decimal(denominator)).rounded(places)
        }
        var power = 1
        for _ in 0..<places { power *= 10 }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: power)
        guard !overflow else { return (Decimal(numerator) / Decimal(denominator)).rounded(places) }
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator)
        let rounded = remainder * 2 >= denominator ? quotient + 1 : quotient
        return Decimal(sign: .plus, exponent: -places, significand: Decimal(rounded))
    }

    /// Rounded to `places` decimal places (fractions such as two-thirds are stored so).
    func rounded(_ places: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }
}
