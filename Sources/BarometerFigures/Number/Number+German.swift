import BarometerText
import Foundation

/// German number words, written as compounds: "siebenunddreißig", "einhundertneunundneunzig", "dreieinhalb",
/// "dreiviertel", then optionally a separate scale or fraction word ("dreieinhalb Millionen", "zwei Drittel",
/// "eine Million"). A German Billion is 10^12. A bare article ("ein", "eine") is not a number.
extension NumberRecognizer {
    /// The number written from the word `start..<wordEnd` (its whole run of letters) on, and where it ends.
    func scanGermanWords(_ f: [Unicode.Scalar], at start: Int, wordEnd: Int, limit: Int) -> (Int, NumberMatch)? {
        // Most words that reach here are one whole morpheme ("und", "eine", "einem", "drei", "Millionen"): one trie
        // walk finds it, and only compounds ("dreiundzwanzig", "Einfluss") are split into an array of morphemes.
        let words = lexicon.words
        let payload = words.trie.payload(of: f, from: start, to: wordEnd)
        let whole = payload.map { words.values[$0] }
        if case .multiplier(let m)? = whole, m == 100 || m == 1000 {
            // "hundert Neuigkeiten", "tausend Dank": a bare hundred or thousand.
            var match = NumberMatch(range: ScalarRange(start: start, end: wordEnd), value: m)
            match.isDigits = false
            return (wordEnd, match)
        }
        // A conjunction cannot begin a number (``SpelledNumber`` turns it away first): the commonest word here.
        if case .conjunction? = whole { return nil }
        // An article form alone ("einem", "eine") is no number (see the end): only a scale, a fraction or "Komma"
        // after it ("eine Million", "ein Drittel", "ein Komma fünf") makes one. Most are turned away here.
        let isArticleForm: Bool
        switch whole {
        case .article?: isArticleForm = true
        case .cardinal?: isArticleForm = lexicon.isArticleForm(f, from: start, to: wordEnd)
        default: isArticleForm = false
        }
        if isArticleForm, !separateWordFollows(f, after: wordEnd, limit: limit) { return nil }
        // Any other whole morpheme with no scale, fraction or "Komma" after it ("drei", "zehn", "Viertel") is read
        // alone: the lexicon has the parser's reading, so the parser is not set up.
        if let payload, !isArticleForm, !separateWordFollows(f, after: wordEnd, limit: limit) {
            switch lexicon.loneReadings[payload] {
            case .number(let value, _):
                var match = NumberMatch(range: ScalarRange(start: start, end: wordEnd), value: value)
                match.isDigits = false
                return (wordEnd, match)
            case .noNumber: return nil
            case .readOn: break
            }
        }
        // A word that is no morpheme must split into morphemes; most that reach here ("neue", "viele") do not, and
        // are turned away before the parser is set up.
        let morphemes = whole == nil ? decompose(f, from: start, to: wordEnd) : nil
        if whole == nil, morphemes?.isEmpty ?? true { return nil }
        var parser = SpelledNumber()
        if let whole {
            guard parser.accept(whole, end: wordEnd) else { return nil }
        } else if let morphemes {
            guard morphemes.allSatisfy({ parser.accept($0, end: wordEnd) }) else { return nil }
        }
        var end = wordEnd
        // Separate scale or fraction words: "drei Millionen", "ein Drittel", "ein halbes Dutzend", "eine halbe Million";
        // after a scale, the compound that continues the number ("zwei Millionen eintausendeinhundertfünfzig").
        let boundary = WordBoundary(language)
        var lastScale: Decimal?
        var sawDenominator = false
        for _ in 0..<2 where !parser.isFinished && end + 1 < limit && f[end] == " " {
            guard
                let (nextEnd, word) = lexicon.words.match(
                    f, at: end + 1, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
            else { break }
            switch word {
            case .multiplier(let m), .denominator(let m):
                guard parser.accept(word, end: nextEnd) else { break }
                end = nextEnd
                if case .multiplier = word, m >= 1000 { lastScale = m }
                if case .denominator = word { sawDenominator = true }
                continue
            case .point:
                // "zwei Komma drei": the word after Komma gives the decimals.
                var decimalsEnd = nextEnd + 1
                guard decimalsEnd < limit, f[nextEnd] == " " else { break }
                while decimalsEnd < limit, ScalarClass.isLetter(f[decimalsEnd]) { decimalsEnd += 1 }
                guard let digits = decompose(f, from: nextEnd + 1, to: decimalsEnd), !digits.isEmpty else { break }
                var probe = parser
                guard probe.accept(.point, end: nextEnd), digits.allSatisfy({ probe.accept($0, end: decimalsEnd) })
                else { break }
                parser = probe
                end = decimalsEnd
            default: break
            }
            break
        }
        if let lastScale, end + 1 < limit, f[end] == " ", ScalarClass.isLetter(f[end + 1]) {
            var restEnd = end + 1
            while restEnd < limit, ScalarClass.isLetter(f[restEnd]) { restEnd += 1 }
            if let rest = decompose(f, from: end + 1, to: restEnd), !rest.isEmpty {
                var tail = SpelledNumber()
                if rest.allSatisfy({ tail.accept($0, end: restEnd) }), let (_, value) = tail.result, value < lastScale,
                    value > 0,
                    let (_, head) = parser.result
                {
                    var match = NumberMatch(range: ScalarRange(start: start, end: restEnd), value: head + value)
                    match.isDigits = false
                    return (restEnd, match)
                }
            }
        }
        guard let (_, value) = parser.result else { return nil }
        // "ein", "eine" alone are articles; "Millionen" alone is no number either.
        if end == wordEnd, let whole {
            if case .multiplier(let m) = whole, m == 12 || m >= 1_000_000 { return nil }
            if lexicon.isArticleForm(f, from: start, to: wordEnd) { return nil }
        }
        var match = NumberMatch(range: ScalarRange(start: start, end: end), value: value)
        match.isDigits = false
        match.isWordFraction = sawDenominator
        match.scale = sawDenominator ? lastScale : nil
        return (end, match)
    }
}

extension NumberRecognizer {
    /// Whether a separate scale, fraction or "Komma" follows the word ending at `end`: the words
    /// ``scanGermanWords(_:at:wordEnd:limit:)`` reads after a word.
    private func separateWordFollows(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> Bool {
        guard end + 1 < limit, f[end] == " " else { return false }
        let boundary = WordBoundary(language)
        guard
            let (_, word) = lexicon.words.match(
                f, at: end + 1, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) })
        else { return false }
        switch word {
        case .multiplier, .denominator, .point: return true
        default: return false
        }
    }
}

extension NumberRecognizer {
    /// The tokens from `t` on that start no German number, passed as the token loop of
    /// ``matches(in:range:tokens:)`` passes them but in a loop of their own (most tokens of a text): a word that no
    /// number morpheme but a conjunction begins (so it starts no number, see
    /// ``scanGermanWords(_:at:wordEnd:limit:)``), told by its first four letters (``PhrasePrefixFilter``), a
    /// symbol the pass table passes, and a sign or point before no digit. Returns the first token left to that loop
    /// and the scan position.
    @inline(never)  // a loop of its own: inlined into the scan, its values are kept on the stack
    static func passingGermanTokens(
        _ tokens: [DateToken], from t: Int, at i: Int, in f: [Unicode.Scalar], limit: Int,
        prefixes: PhrasePrefixFilter, passes: ASCIIFlags
    ) -> (token: Int, position: Int) {
        tokens.withUnsafeBufferPointer { tokens in
            f.withUnsafeBufferPointer { text in
                prefixes.withReader { prefixes in
                    passing(tokens, from: t, at: i) { token in
                        switch token.kind {
                        case .word:
                            !token.continuesIntoLetters
                                && !prefixes.mayHavePrefix(text, from: token.start, to: token.end)
                        case .symbol:
                            passes.contains(token.value) || isSignOrPointBeforeNoDigit(token, in: text, limit: limit)
                        case .number: false
                        }
                    }
                }
            }
        }
    }
}

extension NumberRecognizer {
    /// Whether the word token `t` is a German article form ("ein", "eine", "einem", ...) with no scale, fraction or
    /// "Komma" after it, so that it starts no number (``scanGermanWords(_:at:wordEnd:limit:)`` turns it away): its
    /// letters are compared with the forms, the next word is told by its hash (every entry is made of letters, so one
    /// that matches there is the whole word). False when unsure: the scan decides.
    func isGermanArticleBeforeNoNumber(
        _ tokens: [DateToken], _ t: Int, in f: [Unicode.Scalar], limit: Int, forms: [[UInt32]],
        separateWords: WordHashSet
    ) -> Bool {
        let token = tokens[t]
        let length = token.end - token.start
        let isForm = forms.contains { form in
            form.count == length
                && form.indices.allSatisfy { FigurePhraseTrie.lowered(f[token.start + $0].value) == form[$0] }
        }
        guard isForm else { return false }
        guard token.end + 1 < limit, f[token.end] == " " else { return true }
        guard t + 1 < tokens.count, tokens[t + 1].start == token.end + 1, tokens[t + 1].isPlainWord else {
            return false
        }
        return !separateWords.contains(hash: tokens[t + 1].wordHash)
    }
}

extension NumberLexicon {
    /// Whether the word is one of the article forms that double as "one" ("ein", "eine").
    func isArticleForm(_ f: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        // Compared scalar by scalar: lower-casing a String for this cost more than the rest of the German scan.
        let length = end - start
        guard length == 3 || length == 4 else { return false }
        let article: [Unicode.Scalar] = ["e", "i", "n", "e"]
        for k in 0..<length where FigurePhraseTrie.lowered(f[start + k].value) != article[k].value { return false }
        return true
    }
}
