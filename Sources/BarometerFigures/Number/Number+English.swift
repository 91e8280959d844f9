import BarometerText
import Foundation

/// English number words: "seven", "twenty-five", "one hundred and six", "a dozen", "five million",
/// fractions "two-thirds", "a quarter", "one half". Fractions are rounded to 10 decimal places
/// (two-thirds is 0.6666666667), the precision `Decimal` keeps exactly for every ratio news reports.
extension NumberRecognizer {
    /// Decimal places kept for fractions written in words: ten places separates every fraction with a
    /// denominator up to a million, more than any news figure needs.
    static let fractionPlaces = 10

    /// The tokens from `t` on that start no English number, passed as the token loop of
    /// ``matches(in:range:tokens:)`` passes them but in a loop of their own (most tokens of a text): a word that is no
    /// number word (told by its hash, ``NumberLexicon/numberWordHashes``), a symbol the pass table passes, and a sign
    /// or point before no digit. Returns the first token left to that loop and the scan position.
    @inline(never)  // a loop of its own: inlined into the scan, its values are kept on the stack
    static func passingEnglishTokens(
        _ tokens: [DateToken], from t: Int, at i: Int, in f: [Unicode.Scalar], limit: Int, numberWords: WordHashSet,
        passes: ASCIIFlags
    ) -> (token: Int, position: Int) {
        tokens.withUnsafeBufferPointer { tokens in
            f.withUnsafeBufferPointer { text in
                passing(tokens, from: t, at: i) { token in
                    token.isPlainWord
                        ? !numberWords.contains(hash: token.wordHash)
                        : token.kind == .symbol
                            && (passes.contains(token.value)
                                || isSignOrPointBeforeNoDigit(token, in: text, limit: limit))
                }
            }
        }
    }

    /// Whether the word token `t` is an article ("a", "an") that starts no number: one makes a number only before a
    /// number word or ordinal after a space or hyphen (``scanEnglishWords(_:at:wordEnd:limit:)``), and a word there
    /// is told from its hash without reading its letters (every such entry is made of letters, so one that matches is
    /// the whole word). False when unsure: the scan decides.
    func isArticleBeforeNoNumber(
        _ tokens: [DateToken], _ t: Int, in f: [Unicode.Scalar], limit: Int, articles: WordHashSet,
        followers: WordHashSet
    ) -> Bool {
        let token = tokens[t]
        guard articles.contains(hash: token.wordHash) else { return false }
        let next = joinerEnd(f, after: token.end, limit: limit)
        guard next > token.end, next < limit, ScalarClass.isLetter(f[next]) else { return true }
        guard t + 1 < tokens.count, tokens[t + 1].start == next, tokens[t + 1].isPlainWord else { return false }
        return !followers.contains(hash: tokens[t + 1].wordHash)
    }

    /// The English number starting with the word `start..<wordEnd`, and where scanning goes on.
    ///
    /// The first word is looked up once, as a whole word (every number word is letters only, so a match there is the
    /// word), and whether a number word follows it is asked once: the article test, the fraction rules and the
    /// parser all start from these two answers instead of walking the trie again.
    func scanEnglishWords(_ f: [Unicode.Scalar], at start: Int, wordEnd: Int, limit: Int) -> (Int, NumberMatch)? {
        // The word (its letters up to `wordEnd`) must be a whole number word and not run on into digits.
        guard wordEnd == limit || !ScalarClass.isDigit(f[wordEnd]),
            let payload = lexicon.words.trie.payload(of: f, from: start, to: wordEnd)
        else { return nil }
        let first = lexicon.words.values[payload]
        switch first {
        case .conjunction, .point: return nil  // "and", "point" start no number
        default: break
        }
        let boundary = WordBoundary(language)
        let endsWord = { boundary.endsWord(f, at: $0, limit: limit) }
        // A letter beyond the scanners' letters (a word scalar) may continue the word: the general reading.
        guard endsWord(wordEnd) else { return scanEnglishWords(f, at: start, limit: limit) }
        let next = joinerEnd(f, after: wordEnd, limit: limit)
        let numberWordFollows =
            next > wordEnd && next < limit && ScalarClass.isLetter(f[next])
            && (lexicon.words.match(f, at: next, limit: limit, acceptsEnd: endsWord) != nil
                || lexicon.ordinalDenominators.match(f, at: next, limit: limit, acceptsEnd: endsWord) != nil)
        // "a", "an" (the most frequent number words) make a number only before another number word: "a dozen",
        // "a third", "a quarter million".
        if case .article = first, !numberWordFollows { return nil }
        // A fraction in words needs a number word or ordinal right after one space or hyphen ("two-thirds").
        if numberWordFollows, next == wordEnd + 1,
            let fraction = scanOrdinalFraction(f, at: start, limit: limit)
        {
            return fraction
        }
        // With no number word after it, the word is read alone: the lexicon has its reading ("one of", "half of").
        if !numberWordFollows {
            switch lexicon.loneReadings[payload] {
            case .number(let value, let isOne):
                return wordsMatch(f, from: start, to: wordEnd, value: value, isLoneOne: isOne, limit: limit)
            case .noNumber: return nil
            case .readOn: break
            }
        }
        return parseEnglishWords(
            f, at: start, first: (wordEnd, first), firstIsOne: lexicon.isCardinalOne[payload],
            secondIsWord: numberWordFollows, limit: limit)
    }

    /// The English number starting at `start` (a word of any length): the general reading.
    func scanEnglishWords(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> (Int, NumberMatch)? {
        let boundary = WordBoundary(language)
        // Most words are no number word: find out before setting up the parser.
        guard
            let (firstEnd, first) = lexicon.words.match(
                f, at: start, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
        else {
            return nil
        }
        switch first {
        case .conjunction, .point:
            return nil  // "and", "point" start no number
        case .article:
            // "a", "an" (the most frequent number words) make a number only before another number word: "a dozen",
            // "a third", "a quarter million".
            let next = joinerEnd(f, after: firstEnd, limit: limit)
            let endsWord = { boundary.endsWord(f, at: $0, limit: limit) }
            guard next > firstEnd, next < limit, ScalarClass.isLetter(f[next]),
                lexicon.words.match(f, at: next, limit: limit, acceptsEnd: endsWord) != nil
                    || lexicon.ordinalDenominators.match(f, at: next, limit: limit, acceptsEnd: endsWord) != nil
            else { return nil }
        default:
            break
        }
        if let fraction = scanOrdinalFraction(f, at: start, limit: limit) { return fraction }
        return parseEnglishWords(f, at: start, first: nil, firstIsOne: false, secondIsWord: true, limit: limit)
    }

    /// The number the English words from `start` on spell, read by ``SpelledNumber``. `first` is the first word when
    /// the caller has looked it up already, `firstIsOne` whether it is the cardinal one; `secondIsWord` false says the
    /// word after it is no number word (asked already), so the parser stops there.
    private func parseEnglishWords(
        _ f: [Unicode.Scalar], at start: Int, first: (Int, NumberWord)?, firstIsOne: Bool, secondIsWord: Bool,
        limit: Int
    ) -> (Int, NumberMatch)? {
        let boundary = WordBoundary(language)
        var parser = SpelledNumber()
        var position = start
        var pending = first
        var isFirstWord = true
        var nextToken = start
        while position < limit,
            let (wordEnd, word) = pending
                ?? lexicon.words.match(
                    f, at: position, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
        {
            pending = nil
            guard parser.accept(word, end: wordEnd) else { break }
            if parser.isFinished { break }
            let next = joinerEnd(f, after: wordEnd, limit: limit)
            nextToken = next
            guard next > wordEnd, next < limit, ScalarClass.isLetter(f[next]) else { break }
            if isFirstWord, !secondIsWord { break }
            isFirstWord = false
            position = next
        }
        if parser.isOnlyNegative, nextToken > start, nextToken < limit, ScalarClass.isDigit(f[nextToken]) {
            // "minus 5"
            let (next, digits) = scanDigits(f, at: nextToken, limit: limit)
            guard var digits else { return nil }
            digits.value = -digits.value
            digits.range = ScalarRange(start: start, end: digits.range.end)
            return (next, digits)
        }
        guard let (end, value) = parser.result else { return nil }
        // "the one", "which one": a pronoun, not a figure.
        // The parser's flag is asked before the value: comparing Decimals costs hundreds of instructions. A number
        // that is its known first word alone, a cardinal, has that word's value: the lexicon says whether it is one.
        let isLoneOne: Bool
        if let first, case .cardinal = first.1, end == first.0 {
            isLoneOne = parser.isLoneCardinal && firstIsOne
        } else {
            isLoneOne = parser.isLoneCardinal && value == 1
        }
        return wordsMatch(f, from: start, to: end, value: value, isLoneOne: isLoneOne, limit: limit)
    }

    /// The number the English words `start..<end` make, of value `value`; nil when they are a lone "one" used as a
    /// pronoun ("the one", "which one").
    private func wordsMatch(
        _ f: [Unicode.Scalar], from start: Int, to end: Int, value: Decimal, isLoneOne: Bool, limit: Int
    ) -> (Int, NumberMatch)? {
        if isLoneOne, lexicon.isPronounOne(f, before: start) { return nil }
        var match = NumberMatch(range: ScalarRange(start: start, end: end), value: value)
        match.isDigits = false
        match.isWordFraction = value.isProperFraction
        match.isDeterminer = isLoneOne && !startsRatio(f, after: end, limit: limit)
        return (end, match)
    }

    /// Where the word after a number word may start: words of one number are joined by spaces or a hyphen
    /// ("twenty-five", "two-thirds", "fifty - two"); `end` itself when nothing joins.
    private func joinerEnd(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> Int {
        var next = end
        while next < limit, f[next] == " " { next += 1 }
        if next < limit, f[next] == "-" {
            next += 1
            while next < limit, f[next] == " " { next += 1 }
        }
        return next
    }

    /// Whether a ratio word and a number follow a lone "one" ("one in five", "one out of 3").
    private func startsRatio(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> Bool {
        let boundary = WordBoundary(language)
        guard end + 1 < limit, f[end] == " ",
            let ratio = lexicon.oneRatioWords.match(
                f, at: end + 1, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) }),
            ratio.end + 1 < limit, f[ratio.end] == " "
        else { return false }
        let next = ratio.end + 1
        return ScalarClass.isDigit(f[next])
            || lexicon.words.match(
                f, at: next, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) }) != nil
    }
}
