import BarometerText
import Foundation

/// German number words, written as compounds: "siebenunddreißig", "einhundertneunundneunzig", "dreieinhalb",
/// "dreiviertel", then optionally a separate scale or fraction word ("dreieinhalb Millionen", "zwei Drittel",
/// "eine Million"). A German Billion is 10^12. A bare article ("ein", "eine") is not a number.
extension NumberRecognizer {
    func scanGermanWords(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> (Int, NumberMatch)? {
        var wordEnd = start
        while wordEnd < limit, ScalarClass.isLetter(f[wordEnd]) { wordEnd += 1 }
        guard let morphemes = decompose(f, from: start, to: wordEnd), !morphemes.isEmpty else { return nil }
        var parser = SpelledNumber()
        for morpheme in morphemes {
            guard parser.accept(morpheme, end: wordEnd) else { return nil }
        }
        var end = wordEnd
        // A separate scale or fraction word: "drei Millionen", "ein Drittel", "ein Dutzend".
        if !parser.isFinished, wordEnd + 1 < limit, f[wordEnd] == " " {
            let boundary = WordBoundary(language)
            if let (nextEnd, word) = lexicon.words.match(f, at: wordEnd + 1, limit: limit, acceptsEnd: { boundary.endsWord(f, at: $0, limit: limit) }) {
                switch word {
                case .multiplier, .denominator:
                    if parser.accept(word, end: nextEnd) { end = nextEnd }
                default: break
                }
            }
        }
        guard let (_, value) = parser.result else { return nil }
        // "ein", "eine" alone are articles; "Millionen" alone is no number either.
        if end == wordEnd, morphemes.count == 1 {
            if case .multiplier(let m) = morphemes[0], m == 12 || m >= 1_000_000 { return nil }
            if lexicon.isArticleForm(f, from: start, to: wordEnd) { return nil }
        }
        var match = NumberMatch(range: ScalarRange(start: start, end: end), value: value)
        match.isDigits = false
        return (end, match)
    }

    /// Splits a word into number morphemes, longest first with backtracking ("eineinhalb" = ein + einhalb).
    private func decompose(_ f: [Unicode.Scalar], from start: Int, to end: Int) -> [NumberWord]? {
        if start == end { return [] }
        let options = lexicon.words.trie.allMatches(in: f, from: start, limit: end) { _ in true }
        for option in options.reversed() {
            if let rest = decompose(f, from: option.end, to: end) {
                return [lexicon.words.values[option.payload]] + rest
            }
        }
        return nil
    }
}

extension NumberLexicon {
    /// Whether the word is one of the article forms that double as "one" ("ein", "eine").
    func isArticleForm(_ f: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        let length = end - start
        guard length == 3 || length == 4 else { return false }
        let word = String(String.UnicodeScalarView(f[start..<end])).lowercased()
        return word == "ein" || word == "eine"
    }
}
