import BarometerText
import Foundation

/// Finds amounts of money: a number with a currency sign, name or ISO 4217 code before or after it
/// ("US$66,700", "$14 million", "480,000 yuan", "EUR131m", "USD 5m", "3 Milliarden Euro", "10亿美元").
///
/// The currency is an ISO code when the text settles it. A sign or name that several currencies share ("$",
/// "dollars", "¥", "Pfund") stays ambiguous (`code` nil, the written form kept) unless the sentence names one of
/// its candidates explicitly ("US$", "USD", "人民币", "yen"); Barometer never guesses from the story's country.
///
///     let text = ScalarText("more than 480,000 yuan (US$66,700)")
///     MoneyRecognizer(language: .english).mentions(in: text, range: ScalarRange(start: 0, end: text.count))
///     // [money "480,000 yuan" = 480000 CNY, bound min; money "US$66,700" = 66700 USD]
public struct MoneyRecognizer: NumberBasedRecognizer {
    public let language: Language
    let words: CurrencyWords
    let bounds: BoundWords
    /// The number lexicon's scale words ("$3 million"), held here: fetching the shared lexicon for each amount copied
    /// every table in it.
    private let scaleWords: WordTable<Decimal>

    public init(language: Language) {
        self.language = language
        words = CurrencyWords.shared(for: language)
        bounds = BoundWords.shared(for: language)
        scaleWords = NumberLexicon.shared(for: language).scaleWords
    }

    func mentions(numbers: [NumberMatch], in text: ScalarText, range: ScalarRange) -> [Mention] {
        var found: [Mention] = []
        append(numbers: numbers, in: text, range: range, tokens: nil, to: &found)
        return found
    }

    /// Appends the money mentions to `found` (one array for every dimension's candidates, grown once rather than
    /// one array per dimension). With the date scanner's `tokens` of the same range (English, German), the names
    /// that settle an ambiguous sign are looked for at word tokens only; the result is the same.
    func append(
        numbers: [NumberMatch], in text: ScalarText, range: ScalarRange, tokens: [DateToken]?,
        to found: inout [Mention]
    ) {
        guard language.isAnalysed else { return }
        let f = text.folded
        var previousEnd = range.start
        // Currencies the sentence names, read when a sign is ambiguous; only the kinds of settler (words, symbols) its
        // candidates have are looked for, each kind once.
        var named: Set<String> = []
        var lookedFor: SettlerKinds = []
        var skipped: Int?  // a number already read as hundredths
        for (index, number) in numbers.enumerated() where !number.isPercentPrefixed && index != skipped {
            let written: (span: ScalarRange, currency: LocatedCurrency)
            // Chinese writes the currency after the amount ("4人民币5美元"); English and German mostly before a sign.
            // A sign that already closed the previous amount ("10 $ 30 $") is not this one's.
            let before = currencyBefore(f, number: number, range: range).flatMap { $0.start >= previousEnd ? $0 : nil }
            let after = before == nil || language == .chinese ? currencyAfter(f, number: number, range: range) : nil
            if let after {
                written = (ScalarRange(start: number.range.start, end: after.end), after.currency)
            } else if let before {
                written = (ScalarRange(start: before.start, end: number.range.end), before.currency)
            } else {
                continue
            }
            let word = words.word(of: written.currency)
            let currencyText =
                word.listedText(text.original, written.currency.range) ?? text.mentionText(written.currency.range)
            var code = word.code
            if code == nil, !word.candidates.isEmpty {
                let missing = word.settlerKinds.subtracting(lookedFor)
                if !missing.isEmpty {
                    let looked = namedCurrencies(in: f, range: range, tokens: tokens, kinds: missing, into: &named)
                    lookedFor.formUnion(looked)
                }
                let settled = word.candidates.filter { named.contains($0) }
                code = settled.count == 1 ? settled[0] : nil
            }
            var span = written.span
            var value = word.isScaled ? number.value * word.scale : number.value
            // "75 USD million": a scale word after the code.
            if let after, span.end == after.end, let (scaleEnd, scale) = scaleWord(f, after: span.end, range: range) {
                value *= scale
                span = ScalarRange(start: span.start, end: scaleEnd)
            }
            // "15 dollars 50", "17 USD 25": two digits after the currency are its hundredths.
            if let after, span.end == after.end, index + 1 < numbers.count,
                let hundredthsEnd = hundredthsEnd(f, after: span.end, number: numbers[index + 1], range: range)
            {
                value += numbers[index + 1].value / 100
                span = ScalarRange(start: span.start, end: hundredthsEnd)
                skipped = index + 1
            }
            // Built in place: a mention is a large value, and copying it into the array cost more than building it.
            found.append(
                Mention(
                    kind: .money, text: text.mentionText(span), range: span, value: value,
                    currency: Currency(code: code, text: currencyText)))
            bounds.apply(to: &found[found.count - 1], glued: number.bound, in: text, sentence: range)
            previousEnd = span.end
        }
    }

    /// A currency written just before the number ("US$", "€", "EUR ", "人民币").
    private func currencyBefore(_ f: [Unicode.Scalar], number: NumberMatch, range: ScalarRange) -> (
        start: Int, currency: LocatedCurrency
    )? {
        let boundary = WordBoundary(language)
        for end in signEnds(f, before: number.range.start, floor: range.start) {
            let floor = max(range.start, end - 24)
            let accepts = { (start: Int) in boundary.startsWord(f, at: start, floor: range.start) }
            // A code in capitals first, then the signs, names and codes in any case. A table none of whose entries
            // ends with the scalar before `end` (a reversed trie's first key) is passed with one table read, and one
            // none of whose entries ends with the two scalars there with one more: most numbers follow a word
            // ("to 5", "was 5") whose last letter some code ends with, but whose last two letters none does.
            let last = f[end - 1]
            var match: (Int, Int)?
            var table = CurrencyWords.Table.codesBefore
            if words.codesBefore.trie.mayStart(with: last),
                words.codesBefore.trie.mayEndPhrase(f, before: end, floor: floor)
            {
                match = words.codesBefore.trie.longestMatch(in: f, endingAt: end, floor: floor, acceptsStart: accepts)
            }
            if match == nil, words.before.trie.mayStart(with: last),
                words.before.trie.mayEndPhrase(f, before: end, floor: floor)
            {
                match = words.before.trie.longestMatch(in: f, endingAt: end, floor: floor, acceptsStart: accepts)
                table = .before
            }
            if let (start, payload) = match {
                return (
                    start, LocatedCurrency(range: ScalarRange(start: start, end: end), table: table, payload: payload)
                )
            }
        }
        return nil
    }

    /// A currency written just after the number ("yuan", "Euro", "美元", "$").
    private func currencyAfter(_ f: [Unicode.Scalar], number: NumberMatch, range: ScalarRange) -> (
        end: Int, currency: LocatedCurrency
    )? {
        let boundary = WordBoundary(language)
        for start in nameStarts(f, after: number.range.end, limit: range.end) {
            let accepts = { (end: Int) in boundary.endsWord(f, at: end, limit: range.end) }
            // A code in capitals first, then the signs, names and codes in any case. A table none of whose entries
            // starts with the two scalars at `start` is passed with one table read.
            var match: (Int, Int)?
            var table = CurrencyWords.Table.codesAfter
            if words.codesAfter.trie.mayStartPhrase(f, at: start, limit: range.end) {
                match = words.codesAfter.trie.longestMatch(in: f, from: start, limit: range.end, acceptsEnd: accepts)
            }
            if match == nil, words.after.trie.mayStartPhrase(f, at: start, limit: range.end) {
                match = words.after.trie.longestMatch(in: f, from: start, limit: range.end, acceptsEnd: accepts)
                table = .after
            }
            if let (end, payload) = match {
                return (
                    end, LocatedCurrency(range: ScalarRange(start: start, end: end), table: table, payload: payload)
                )
            }
        }
        return nil
    }

    /// Where "50" in "15 dollars 50" or "15 Dollar und 50" ends: two plain digits after the currency (and a joiner),
    /// not themselves followed by a currency. Nil when the next number is no such hundredths.
    private func hundredthsEnd(_ f: [Unicode.Scalar], after end: Int, number: NumberMatch, range: ScalarRange) -> Int? {
        guard number.isDigits, number.range.length == 2, number.value >= 1, number.value < 100, end + 1 < range.end,
            f[end] == " "
        else { return nil }
        var start = end + 1
        if start != number.range.start {
            let boundary = WordBoundary(language)
            guard
                let m = words.minorUnitJoiners.match(
                    f, at: start, limit: range.end, acceptsEnd: { boundary.endsWord(f, at: $0, limit: range.end) }),
                m.end + 1 == number.range.start, f[m.end] == " "
            else { return nil }
            start = number.range.start
        }
        guard start == number.range.start, currencyAfter(f, number: number, range: range) == nil else { return nil }
        // Followed by a word ("15 dollars 50 times"), the digits count something else.
        let next = number.range.end
        if next < range.end, ScalarClass.isWordScalar(f[next]) || f[next] == "%" { return nil }
        if next + 1 < range.end, f[next] == " ", ScalarClass.isWordScalar(f[next + 1]) { return nil }
        return number.range.end
    }

    /// A scale word right after a currency code ("USD million").
    private func scaleWord(_ f: [Unicode.Scalar], after end: Int, range: ScalarRange) -> (Int, Decimal)? {
        guard end + 1 < range.end, f[end] == " " else { return nil }
        let boundary = WordBoundary(language)
        let m = scaleWords.match(f, at: end + 1, limit: range.end) {
            boundary.endsWord(f, at: $0, limit: range.end)
        }
        return m.map { ($0.end, $0.value) }
    }

    /// Adds the currencies the sentence names explicitly ("yen", "人民币", "USD") to `named`: they settle an ambiguous
    /// sign when exactly one of its candidates is among them. Returns the kinds of settler looked for: with the date
    /// scanner's tokens, only `kinds` (settlers of the other kind never cover a token where one of these starts, see
    /// ``SettlerKinds``, so the settlers found are the same as in a scan for both); without them, both.
    private func namedCurrencies(
        in f: [Unicode.Scalar], range: ScalarRange, tokens: [DateToken]?, kinds: SettlerKinds,
        into named: inout Set<String>
    ) -> SettlerKinds {
        guard !words.settlers.trie.isEmpty else { return .all }
        let boundary = WordBoundary(language)
        var i = range.start
        let settlers = words.settlers.trie
        func settler(at i: Int) -> (end: Int, value: String)? {
            guard settlers.mayStartPhrase(f, at: i, limit: range.end) else { return nil }
            return words.settlers.match(
                f, at: i, limit: range.end, acceptsEnd: { boundary.endsWord(f, at: $0, limit: range.end) })
        }
        if let tokens, boundary.spaced {
            // A settler starts a word ("yuan") or is written in characters ("人民币"), so it starts a word token or a
            // symbol token: only those of the kinds asked for are tried, never a position inside a word.
            func trySettler(at start: Int) {
                if start >= i, settlers.mayStart(with: f[start]), boundary.startsWord(f, at: start, floor: range.start),
                    let m = settler(at: start)
                {
                    named.insert(m.value)
                    i = m.end
                }
            }
            guard kinds.contains(.words) else {
                // Symbols only (a dollar sign): every settler written in symbols begins with a CJK character (a test
                // checks the data), so a range the scanner found none in is not walked; else the loop asks nothing
                // but each token's kind.
                guard tokens.first?.rangeHoldsCJK == true else { return kinds }
                for token in tokens where token.kind == .symbol { trySettler(at: token.start) }
                return kinds
            }
            let symbolsToo = kinds.contains(.symbols)
            for token in tokens {
                switch token.kind {
                case .number: continue
                case .symbol: guard symbolsToo else { continue }
                case .word:
                    // A word (Latin letters only) whose hash begins no settler is passed at once.
                    guard token.continuesIntoLetters || words.mayBeginSettler(wordHash: token.wordHash) else {
                        continue
                    }
                }
                trySettler(at: token.start)
            }
            return kinds
        }
        while i < range.end {
            if boundary.spaced {
                // A settler starts a word or is written in characters ("人民币"): try each word's first scalar
                // and each other scalar once, and pass the rest of a word.
                let c = f[i]
                if settlers.mayStart(with: c), boundary.startsWord(f, at: i, floor: range.start),
                    let m = settler(at: i)
                {
                    named.insert(m.value)
                    i = m.end
                    continue
                }
                i += 1
                if ScalarClass.isWordScalar(c) {
                    while i < range.end, ScalarClass.isWordScalar(f[i]) { i += 1 }
                }
                continue
            }
            // Scalars no settler starts with (most of the text) are passed by, one table read each.
            i = settlers.nextPossibleStart(in: f, from: i, limit: range.end)
            guard i < range.end else { break }
            if let m = settler(at: i) {
                named.insert(m.value)
                i = m.end
            } else {
                i += 1
            }
        }
        return .all
    }
}

/// A currency as a word list gives it: settled (`code`) or ambiguous (`candidates`). A class, built once per entry:
/// the money rules read the word of every amount found, and copying a struct of strings, an array and a Decimal
/// (then destroying the copy) cost more than a retain and a release.
final class CurrencyWord: Sendable {
    let code: String?
    let candidates: [String]
    /// The entry as the word list writes it ("US$", "yuan", "USD"), and its scalars.
    let text: String
    private let scalars: [Unicode.Scalar]
    /// "MUSD", "MEUR": a code with the finance prefix M stands for millions of the currency.
    let scale: Decimal
    /// Whether `scale` is not 1: a Decimal multiplication costs more than reading the amount, so it is skipped.
    let isScaled: Bool
    /// The kinds of settler that name one of the `candidates`: only those need looking for in the sentence ("$" is
    /// settled by "美元" or "港元" but by no Latin word; "pounds" by nothing at all).
    let settlerKinds: SettlerKinds

    init(text: String, code: String?, candidates: [String], scale: Decimal = 1, settlerKinds: SettlerKinds = []) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        self.code = code
        self.candidates = candidates
        self.scale = scale
        isScaled = scale != 1
        self.settlerKinds = settlerKinds
    }

    /// The listed ``text`` when `range` of the original text is written exactly so (most currencies in the news are:
    /// "$", "yuan", "EUR"), so that the currency's text is that string rather than a new one built from the
    /// scalars; nil when it is written otherwise ("Yuan", "usd").
    func listedText(_ original: [Unicode.Scalar], _ range: ScalarRange) -> String? {
        guard range.length == scalars.count else { return nil }
        for index in scalars.indices where original[range.start + index] != scalars[index] { return nil }
        return text
    }
}

/// The two kinds of settler as the date scanner's tokens show them: a word of letters ("yuan", "RMB"), which starts a
/// word token and ends with it, or one with no letter at all ("人民币"), which starts a symbol token and covers no word
/// token. Neither kind covers the start of a token where the other may start, so a scan for one kind finds what a scan
/// for both finds of it (the data test holds every settler to one kind).
struct SettlerKinds: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let words = SettlerKinds(rawValue: 1)
    static let symbols = SettlerKinds(rawValue: 2)
    static let all: SettlerKinds = [.words, .symbols]

    /// The kind of `settler`: words when it is made of letters only (as the date scanner reads letters), symbols when
    /// it has none; nil when it mixes both.
    static func of(_ settler: String) -> SettlerKinds? {
        let letters = settler.unicodeScalars.map { DateScanner.isLetter(ScalarText.fold($0).value) }
        if !letters.isEmpty, letters.allSatisfy({ $0 }) { return .words }
        return letters.contains(true) ? nil : .symbols
    }
}

/// A currency found in the text: its span, and which entry of which table it is. A plain value (the word itself holds
/// strings), so that looking for a currency at every number copies and frees nothing; the word is read for the few
/// found.
struct LocatedCurrency {
    var range: ScalarRange
    var table: CurrencyWords.Table
    var payload: Int
}

/// Currency signs, names and codes, loaded once from `Resources/money/<language>.json` and the shared
/// `Resources/money/iso4217.json`.
struct CurrencyWords: Sendable {
    struct Entry: Decodable {
        var text: String
        var code: String?
        var candidates: [String]?
    }

    private struct File: Decodable {
        var before: [Entry]
        var after: [Entry]
        var minorUnitJoiners: [String]
    }

    struct CodesFile: Decodable {
        var codes: [String]
        var historicCodes: [String]
        /// Codes that are also words ("TRY", "CAD"): matched in capitals only.
        var wordCodes: [String]
        var aliases: [String: String]
        var settledBy: [String: [String]]
    }

    /// The four tables a currency is matched in.
    enum Table {
        case before, after, codesBefore, codesAfter
    }

    /// The word of a currency found in the text.
    func word(of currency: LocatedCurrency) -> CurrencyWord {
        switch currency.table {
        case .before: before.values[currency.payload]
        case .after: after.values[currency.payload]
        case .codesBefore: codesBefore.values[currency.payload]
        case .codesAfter: codesAfter.values[currency.payload]
        }
    }

    var before = WordTable<CurrencyWord>(reversed: true)
    var after = WordTable<CurrencyWord>()
    /// ISO codes and aliases, upper-case only ("USD", "RMB").
    var codesBefore = WordTable<CurrencyWord>(caseSensitive: true, reversed: true)
    var codesAfter = WordTable<CurrencyWord>(caseSensitive: true)
    /// Words that name one currency explicitly, to settle an ambiguous sign.
    var settlers = WordTable<String>()
    /// Words between an amount and its hundredths ("15 dollars and 50").
    var minorUnitJoiners = WordTable<Bool>()

    private static let all = PerLanguage { CurrencyWords($0) }

    static func shared(for language: Language) -> CurrencyWords { all[language] }

    static let codes = FigureResource.load(CodesFile.self, "money", "iso4217")
    /// The ISO codes and aliases ("USD", "RMB") as ``codeKey(_:)`` packs them: whether letters glued before digits
    /// name a currency is one set look-up, without building a String (a linear search of String compares was 8,000
    /// instructions a test in Chinese text).
    static let codeKeys = Set((codes.codes + codes.aliases.keys).compactMap { codeKey(ArraySlice($0.unicodeScalars)) })

    /// Three scalars packed into one integer when they are ASCII, as String equality reads them (the Kelvin sign is
    /// canonically "K"); nil otherwise: every code is three ASCII capitals.
    static func codeKey(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt32? {
        guard scalars.count == 3 else { return nil }
        var key: UInt32 = 0
        for scalar in scalars {
            let v = scalar.value == 0x212A ? 0x4B : scalar.value
            guard v < 0x80 else { return nil }
            key = key << 8 | v
        }
        return key
    }
    /// For each code some settler names, the kinds of its settlers.
    static func settlerKinds(_ settledBy: [String: [String]]) -> [String: SettlerKinds] {
        settledBy.mapValues { names in
            names.reduce(into: []) { kinds, name in
                guard let kind = SettlerKinds.of(name) else {
                    preconditionFailure("settler '\(name)' mixes letters with other scalars")
                }
                kinds.formUnion(kind)
            }
        }
    }

    /// The M of "MUSD", "MEUR": mega, 10^6, as finance writes it.
    static let millionPrefixScale: Decimal = 1_000_000

    private init(_ language: Language) {
        let file = FigureResource.load(File.self, "money", language.resourceName)
        let codes = CurrencyWords.codes
        let settlerKinds = CurrencyWords.settlerKinds(codes.settledBy)
        func word(_ e: Entry) -> CurrencyWord {
            let candidates = e.candidates ?? []
            return CurrencyWord(
                text: e.text, code: e.code, candidates: candidates,
                settlerKinds: candidates.reduce(into: []) { $0.formUnion(settlerKinds[$1] ?? []) })
        }
        for e in file.before { before.add(e.text, word(e)) }
        for e in file.after { after.add(e.text, word(e)) }
        for w in file.minorUnitJoiners { minorUnitJoiners.add(w, true) }
        // Codes match in any case ("usd", "Rmb"), except those that are also words; "MUSD" is millions of USD, in
        // capitals only.
        for (written, code) in codes.codes.map({ ($0, $0) }) + codes.aliases.map({ ($0.key, $0.value) }) {
            let word = CurrencyWord(text: written, code: code, candidates: [])
            if codes.wordCodes.contains(written) {
                codesBefore.add(written, word)
                codesAfter.add(written, word)
            } else {
                before.add(written, word)
                after.add(written, word)
            }
            let millions = CurrencyWord(
                text: "M" + written, code: code, candidates: [], scale: CurrencyWords.millionPrefixScale)
            codesBefore.add("M" + written, millions)
            codesAfter.add("M" + written, millions)
        }
        for (code, names) in codes.settledBy {
            for name in names {
                settlers.add(name, code)
                // The settler's first run of letters, hashed as the date scanner hashes a word.
                let letters = name.unicodeScalars.map(ScalarText.fold).prefix { DateScanner.isLetter($0.value) }
                guard !letters.isEmpty else { continue }
                let bit = CurrencyWords.settlerBit(UInt32(truncatingIfNeeded: DateLexicon.hash(letters)))
                settlerFirstWords[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// One bit per bucket of the hashes (low 32 bits) of the first run of letters of every settler. A settler found
    /// at a word must end where a word ends, so its first run of letters is the whole word: a word whose bit is
    /// clear begins none (one array read; a set bit only sends the word on to the trie).
    private var settlerFirstWords = [UInt64](repeating: 0, count: CurrencyWords.settlerFilterWords)
    /// 256 words = 16,384 bits for some dozens of settlers.
    private static let settlerFilterWords = 256

    @inline(__always)
    private static func settlerBit(_ hash: UInt32) -> Int { Int(hash) & (settlerFilterWords * 64 - 1) }

    /// Whether a word with this ``DateToken/wordHash`` may begin a settler.
    @inline(__always)
    func mayBeginSettler(wordHash: UInt32) -> Bool {
        let bit = CurrencyWords.settlerBit(wordHash)
        return settlerFirstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
