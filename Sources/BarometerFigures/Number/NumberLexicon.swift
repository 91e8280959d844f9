import BarometerText
import Foundation

/// A number word's role in a spelled-out number.
enum NumberWord: Sendable, Hashable {
    /// zero … ninety, zwei, dreißig: added.
    case cardinal(Decimal)
    /// hundred, dozen (multiply the group) or thousand, million, Milliarde (close the group).
    case multiplier(Decimal)
    /// third(s), quarter, Drittel: divide what precedes.
    case denominator(Decimal)
    /// German "einhalb" (+0.5), "anderthalb" (1.5).
    case halfAddend(Decimal)
    /// minus, negative: only before a number.
    case negative
    /// point, Komma: the words after it are decimal digits ("five point five").
    case point
    /// a, an, ein, eine: a number only before a multiplier or denominator ("a dozen", "eine Million").
    case article
    /// and, und: joins parts of one number.
    case conjunction
}

/// What ``SpelledNumber`` reads from one number word with no number word after it.
enum LoneReading: Sendable {
    /// A number ("two"): its value, and whether it is a lone cardinal one ("one", maybe a pronoun or a determiner).
    case number(Decimal, isOne: Bool)
    /// No number ("million", "half", "a" alone).
    case noNumber
    /// What follows decides ("minus" before digits): the scan reads on.
    case readOn

    /// The reading of `word` alone, by the parser the scan uses.
    init(_ word: NumberWord) {
        var parser = SpelledNumber()
        guard parser.accept(word, end: 1) else {
            self = .noNumber
            return
        }
        guard !parser.isOnlyNegative, !parser.isFinished else {
            self = .readOn
            return
        }
        guard let (_, value) = parser.result else {
            self = .noNumber
            return
        }
        self = .number(value, isOne: parser.isLoneCardinal && value == 1)
    }
}

/// One language's number words, loaded once from `Resources/number/<language>.json`.
struct NumberLexicon: Sendable {
    private struct File: Decodable {
        var cardinals: [String: String]?
        var multipliers: [String: String]?
        var abbreviations: [String: String]?
        var denominators: [String: String]?
        var halves: [String: String]?
        var articles: [String]?
        var conjunctions: [String]?
        var versionNames: [String]
        var timeWords: [String]?
        var digits: [String: String]?
        var smallScales: [String: String]?
        var largeScales: [String: String]?
        var negative: [String]?
        var decimalPoint: [String]?
        var ordinalPrefix: [String]?
        var notNumbers: [String]?
        var articleClassifiers: [String]?
        var negatives: [String]?
        var financialForms: [String]?
        var pronounOne: [String]?
        var points: [String]?
        var vulgarFractions: [String: String]?
        var nameSuffixes: [String]?
        var continuedLargeScales: [String: String]?
        var dozens: [String: String]?
        var dozenNotBefore: [String]?
        var notAfterPoint: [String]?
        var ordinalDenominators: [String: String]?
        var oneRatioWords: [String]?
        var oneFigureWords: [String]?
    }

    /// Every word of a spelled-out number (German: every morpheme of a compound).
    var words = WordTable<NumberWord>()
    /// For each entry of `words` (by payload), whether it is a cardinal of value one ("one", "eins"): decided once, so
    /// that the scan need not compare Decimals (hundreds of instructions) to know a lone "one".
    private(set) var isCardinalOne: [Bool] = []
    /// For each entry of `words` (by payload), what ``SpelledNumber`` reads from the word when no number word follows
    /// it, read once by the parser itself: the English scan answers such a word ("one of", "two companies", "half of"),
    /// the German scan a whole morpheme ("drei", "zehn"), from here instead of setting up the parser and adding
    /// Decimals (some 1,500 instructions a word).
    private(set) var loneReadings: [LoneReading] = []
    /// Ordinals naming a fraction's denominator ("fifths", "twenty-first"): value and whether plural.
    var ordinalDenominators = WordTable<(value: Int64, plural: Bool)>()
    /// Scale words after digits ("14 million", "3 Milliarden").
    var scaleWords = WordTable<Decimal>()
    /// Abbreviations after digits ("1.5bn", "3 Mio.").
    var abbreviations = WordTable<Decimal>()
    /// Names whose numbers are versions ("Llama 2"), matched right to left from the number.
    var versionNames = WordTable<Bool>(reversed: true)
    var timeWords = WordTable<Bool>()
    /// Words before "one" that make it a pronoun ("the one", "which one"), matched right to left.
    var pronounOne = WordTable<Bool>(reversed: true)
    /// Words after a lone "one" that, with a number after them, make it a ratio's first term ("one in five").
    var oneRatioWords = WordTable<Bool>()
    /// Words right after a lone 一 that make it a figure ("一倍").
    var oneFigureWords = WordTable<Bool>()
    /// Percent and duration units that may be glued to digits ("50bp", "5min"): such digits stay a number.
    var gluedUnits = WordTable<Bool>()
    var groupSeparator: Unicode.Scalar = ","
    var decimalSeparator: Unicode.Scalar = "."

    // Chinese numerals, keyed by scalar value.
    /// Single-character fractions ("½", "⅔"), rounded to 10 places like every fraction.
    var vulgarFractions: ScalarMap<Decimal> = [:]
    var chineseDigits: ScalarMap<Int> = [:]
    var chineseSmallScales: ScalarMap<Decimal> = [:]
    var chineseLargeScales: ScalarMap<Decimal> = [:]
    var chineseNegative: ScalarKeys = []
    /// 兆 (10^12): a scale only inside a numeral that goes on after it ("五兆六十二亿"); alone it is "mega" (兆瓦).
    var chineseContinuedLargeScales: ScalarMap<Decimal> = [:]
    /// 打 (a dozen) after a numeral ("五十打"), unless the next character makes it the verb ("一打开").
    var chineseDozens: ScalarMap<Decimal> = [:]
    var chineseDozenNotBefore: ScalarKeys = []
    /// Numerals that never follow 点 as a decimal digit ("两百点两" is 两百 and 两).
    var chineseNotAfterPoint: ScalarKeys = []
    var chineseDecimalPoint: ScalarKeys = []
    var chineseOrdinalPrefix: ScalarKeys = []
    /// Classifiers after which a lone 一 is an indefinite article ("一家公司" is "a company").
    var chineseArticleClassifiers: ScalarKeys = []
    /// Financial forms (壹, 伍, 陆, 拾): numbers only within a longer numeral ("伍佰"), never alone ("入伍", "陆地").
    var chineseFinancialForms: ScalarKeys = []
    /// Words that make the digits before them a name ("360公司", "58同城").
    var nameSuffixes = WordTable<Bool>()
    /// Words holding a numeral that are not numbers ("一些", "统一", "百度").
    var notNumbers = WordTable<Bool>()

    private static let all = PerLanguage { NumberLexicon($0) }

    static func shared(for language: Language) -> NumberLexicon { all[language] }

    private init(_ language: Language) {
        let name = "number/\(language.resourceName).json"
        let file = FigureResource.load(File.self, "number", language.resourceName)
        func decimal(_ s: String) -> Decimal { FigureResource.decimal(s, in: name) }
        for (word, value) in file.cardinals ?? [:] { words.add(word, .cardinal(decimal(value))) }
        for (word, value) in file.multipliers ?? [:] {
            words.add(word, .multiplier(decimal(value)))
            // Scales after digits: hundreds and above, and dozens ("3 dozen", "3 dzs").
            if decimal(value) >= 100 || decimal(value) == 12 { scaleWords.add(word, decimal(value)) }
        }
        for (word, value) in file.denominators ?? [:] { words.add(word, .denominator(decimal(value))) }
        for (word, value) in (file.denominators ?? [:]).merging(
            file.ordinalDenominators ?? [:], uniquingKeysWith: { a, _ in a })
        where file.ordinalDenominators != nil {
            ordinalDenominators.add(word, (Int64(value)!, word.hasSuffix("s")))
        }
        for (word, value) in file.halves ?? [:] { words.add(word, .halfAddend(decimal(value))) }
        for word in file.articles ?? [] where file.cardinals?[word] == nil { words.add(word, .article) }
        for word in file.conjunctions ?? [] { words.add(word, .conjunction) }
        for word in file.negatives ?? [] { words.add(word, .negative) }
        for word in file.points ?? [] { words.add(word, .point) }
        for word in file.pronounOne ?? [] { pronounOne.add(word, true) }
        for word in file.oneRatioWords ?? [] { oneRatioWords.add(word, true) }
        for word in file.oneFigureWords ?? [] { oneFigureWords.add(word, true) }
        for (word, value) in file.abbreviations ?? [:] { abbreviations.add(word, decimal(value)) }
        for word in file.versionNames { versionNames.add(word, true) }
        for word in file.timeWords ?? [] { timeWords.add(word, true) }
        struct UnitFile: Decodable {
            var percent: [String]?
            var percentagePoints: [String]?
            var basisPoints: [String]?
            var units: [String: String]?
        }
        let percent = FigureResource.load(UnitFile.self, "percent", language.resourceName)
        let duration = FigureResource.load(UnitFile.self, "duration", language.resourceName)
        let codes = CurrencyWords.codes
        for code in codes.codes + codes.aliases.keys { gluedUnits.add(code, true) }
        for word in (percent.percent ?? []) + (percent.percentagePoints ?? []) + (percent.basisPoints ?? [])
            + (duration.units ?? [:]).keys
        where word.unicodeScalars.first.map(ScalarClass.isLetter) == true {
            gluedUnits.add(word, true)
        }
        if language == .german {
            groupSeparator = "."
            decimalSeparator = ","
        }
        func scalar(_ s: String) -> UInt32 {
            precondition(s.unicodeScalars.count == 1, "\(name): '\(s)' is not one character")
            return s.unicodeScalars.first!.value
        }
        for (c, v) in file.digits ?? [:] { chineseDigits[scalar(c)] = Int(v)! }
        for (c, v) in file.smallScales ?? [:] { chineseSmallScales[scalar(c)] = decimal(v) }
        for (c, v) in file.largeScales ?? [:] { chineseLargeScales[scalar(c)] = decimal(v) }
        chineseNegative = ScalarKeys((file.negative ?? []).map(scalar))
        for (c, v) in file.continuedLargeScales ?? [:] { chineseContinuedLargeScales[scalar(c)] = decimal(v) }
        for (c, v) in file.dozens ?? [:] { chineseDozens[scalar(c)] = decimal(v) }
        chineseDozenNotBefore = ScalarKeys((file.dozenNotBefore ?? []).map(scalar))
        chineseNotAfterPoint = ScalarKeys((file.notAfterPoint ?? []).map(scalar))
        chineseDecimalPoint = ScalarKeys((file.decimalPoint ?? []).map(scalar))
        chineseOrdinalPrefix = ScalarKeys((file.ordinalPrefix ?? []).map(scalar))
        for (c, v) in file.vulgarFractions ?? [:] { vulgarFractions[scalar(c)] = decimal(v) }
        chineseFinancialForms = ScalarKeys((file.financialForms ?? []).map(scalar))
        chineseArticleClassifiers = ScalarKeys((file.articleClassifiers ?? []).map(scalar))
        for word in file.notNumbers ?? [] { notNumbers.add(word, true) }
        for word in file.nameSuffixes ?? [] { nameSuffixes.add(word, true) }
        if language == .chinese {
            let starts = (chineseDigits.keys + chineseSmallScales.keys + chineseLargeScales.keys + chineseNegative.keys)
                .compactMap(Unicode.Scalar.init)
            numeralStarts = ScalarFlags(count: 0x10000, flagged: starts)
            let fractions = Array(0..<0x80) + Array(0xBC...0xBE) + Array(0x2150...0x215E)
            chineseStops = ScalarFlags(
                count: 0x10000, beyond: true, flagged: starts + fractions.compactMap { Unicode.Scalar(UInt32($0)) })
        }
        buildNumberWordHashes()
        // A conjunction begins no number (``SpelledNumber`` turns it away first, whole or as the first morpheme), so
        // a word that only a conjunction begins ("und") is passed like a word no morpheme begins.
        let finalValues = Dictionary(words.entries.map { ($0.text, $0.value) }, uniquingKeysWith: { $1 })
        let startingMorphemes = finalValues.filter { _, value in
            if case .conjunction = words.values[value] { return false }
            return true
        }
        // Only the German scan asks it (compounds); the 128 KB table is not built for the other languages.
        if language == .german {
            wordPrefixes = PhrasePrefixFilter(phrases: startingMorphemes.keys.sorted().map { words.trie.keys(of: $0) })
            buildArticleForms(finalValues)
        }
        isCardinalOne = words.values.map { word in
            if case .cardinal(let v) = word { return v == 1 }
            return false
        }
        loneReadings = words.values.map(LoneReading.init)
        passedASCII = ASCIIFlags { c in
            !ScalarClass.isWordScalar(c) && c != "-" && c != "." && !isChineseNumeralStart(c)
        }
    }

    /// Whether a word may begin with a phrase of `words` (a number morpheme) other than a conjunction, from its first
    /// four letters: the German scan passes the other words without walking the trie (empty in the other languages,
    /// which do not ask it).
    private(set) var wordPrefixes = PhrasePrefixFilter()

    /// For each ASCII scalar, whether the number scanner passes it by without a test: no digit, sign, point or letter,
    /// and no Chinese numeral, starts there (spaces and most punctuation).
    private(set) var passedASCII = ASCIIFlags { _ in false }

    /// Whether the word before `start` (across one space) makes "one" a pronoun.
    func isPronounOne(_ f: [Unicode.Scalar], before start: Int) -> Bool {
        guard start >= 2, f[start - 1] == " " else { return false }
        return pronounOne.match(f, endingAt: start - 1, floor: max(0, start - 12)) { s in
            s == 0 || !ScalarClass.isLetter(f[s - 1])
        } != nil
    }

    /// For each scalar of the Basic Multilingual Plane, whether a Chinese numeral may start with it (one array
    /// read per character instead of four hash look-ups).
    private var numeralStarts = ScalarFlags(count: 0, flagged: [Unicode.Scalar]())

    @inline(__always)
    func isChineseNumeralStart(_ c: Unicode.Scalar) -> Bool { numeralStarts[c] }

    /// The first position from `start` on (or `limit`) holding an ASCII scalar, a Chinese numeral start or a vulgar
    /// fraction: the non-ASCII scalars that the number scanner would pass one by one, passed in one tight loop.
    /// (Inlined: called on the shared lexicon, a call of its own copied the whole lexicon first, once per run.)
    @inline(__always)
    func nextChineseCandidate(in f: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        chineseStops.next(in: f, from: start, limit: limit)
    }

    /// Whether ``nextChineseCandidate(in:from:limit:)`` stops at `c`.
    @inline(__always)
    func stopsChineseScan(_ c: Unicode.Scalar) -> Bool { chineseStops[c] }

    /// For each scalar of the Basic Multilingual Plane, whether ``nextChineseCandidate(in:from:limit:)`` stops
    /// there: ASCII, Chinese numeral starts and vulgar fractions (one read per character). Empty outside Chinese,
    /// where every scalar stops.
    private var chineseStops = ScalarFlags(count: 0, beyond: true, flagged: [Unicode.Scalar]())

    /// The word hashes of the one-word entries of `words` that may start a number: not conjunctions or points, which
    /// `scanEnglishWords(_:at:wordEnd:limit:)` turns away. Asked by a word's ``DateToken/wordHash``: false means
    /// surely no such entry, so the words of running text ("the", "market") are passed without walking the trie.
    private(set) var numberWordHashes = WordHashSet()
    /// The hashes of the article entries ("a", "an"), when they can be told from hashes alone (else empty): see
    /// `isArticleBeforeNoNumber`.
    private(set) var articles = WordHashSet()
    /// The hashes of every entry of `words` and `ordinalDenominators`: what may follow an article to make a number.
    private(set) var articleFollowers = WordHashSet()

    private mutating func buildNumberWordHashes() {
        var final: [String: Int] = [:]
        for entry in words.entries { final[entry.text] = entry.value }
        // As the trie stores it: folded scalars; only entries made of letters can equal a word of the text.
        func letterHash(_ text: String) -> UInt32? {
            let scalars = text.unicodeScalars.map(ScalarText.fold)
            guard !scalars.isEmpty, scalars.allSatisfy(ScalarClass.isLetter) else { return nil }
            return UInt32(truncatingIfNeeded: DateLexicon.hash(scalars))
        }
        var hashes: [UInt32] = []
        var articleHashes: [UInt32] = []
        var otherHashes: [UInt32] = []
        for (text, value) in final {
            guard let hash = letterHash(text) else { continue }
            switch words.values[value] {
            case .conjunction, .point:
                otherHashes.append(hash)
                continue
            case .article: articleHashes.append(hash)
            default: otherHashes.append(hash)
            }
            hashes.append(hash)
        }
        numberWordHashes = WordHashSet(hashes)
        // The article test from hashes holds only when every entry a word after an article may be is made of letters
        // (then an entry that matches ends where the word ends), and no other entry shares an article's hash.
        let followers = words.entries.map(\.text) + ordinalDenominators.entries.map(\.text)
        let followerHashes = followers.compactMap(letterHash)
        let otherKeys = Set(otherHashes.map { $0 | 1 })
        guard followerHashes.count == followers.count, !articleHashes.contains(where: { otherKeys.contains($0 | 1) })
        else { return }
        articles = WordHashSet(articleHashes)
        articleFollowers = WordHashSet(followerHashes)
    }

    /// The German article forms ("ein", "eine", "einem", ...) as trie keys, when every entry of `words` is made of
    /// letters (else empty: an entry could then end inside a word of the text), and the hashes of the entries that
    /// make a number of an article form after it (scales, fractions, "Komma"): see `isGermanArticleBeforeNoNumber`.
    private(set) var articleForms: [[UInt32]] = []
    private(set) var separateWords = WordHashSet()

    private mutating func buildArticleForms(_ finalValues: [String: Int]) {
        var forms: [[UInt32]] = []
        var separate: [UInt32] = []
        for (text, value) in finalValues.sorted(by: { $0.key < $1.key }) {
            let scalars = text.unicodeScalars.map(ScalarText.fold)
            guard !scalars.isEmpty, scalars.allSatisfy(ScalarClass.isLetter) else { return }
            switch words.values[value] {
            case .article: forms.append(words.trie.keys(of: text))
            case .cardinal:
                // As scanGermanWords tells them ("ein", "eine" are cardinals too).
                if isArticleForm(scalars, from: 0, to: scalars.count) { forms.append(words.trie.keys(of: text)) }
            case .multiplier, .denominator, .point:
                separate.append(UInt32(truncatingIfNeeded: DateLexicon.hash(scalars)))
            default: break
            }
        }
        articleForms = forms
        separateWords = WordHashSet(separate)
    }

    /// A run of Chinese scale characters after digits ("1.2万亿", "10亿", "3千万"): their product. (Inlined, as
    /// ``nextChineseCandidate(in:from:limit:)``: a call of its own on the shared lexicon copied the lexicon first.)
    @inline(__always)
    func chineseScaleRun(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> (Int, Decimal)? {
        let end = chineseScaleRunEnd(f, at: start, limit: limit)
        guard end > start else { return nil }
        // The first scale as it is, the others multiplied in: a run is mostly one character ("万", "亿"), and
        // Foundation's multiplication by one (some 1,700 instructions) would give the same Decimal. The two tables
        // are taken first: a local function reading them through `self` captured the whole lexicon, copied (1.5 KB)
        // at every number the digit scan read, scale or not.
        let large = chineseLargeScales
        let small = chineseSmallScales
        func scale(_ c: Unicode.Scalar) -> Decimal { large[c.value] ?? small[c.value] ?? 1 }
        var product = scale(f[start])
        for c in f[(start + 1)..<end] { product *= scale(c) }
        return (end, product)
    }

    /// Where the run of scale characters at `start` ends (`start` when none is there), without their product:
    /// callers that test what follows the run first spare the decimal products.
    @inline(__always)
    func chineseScaleRunEnd(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> Int {
        var i = start
        while i < limit, chineseLargeScales.contains(f[i].value) || chineseSmallScales.contains(f[i].value) { i += 1 }
        return i
    }
}
