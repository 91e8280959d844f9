/// Splits text into sentences by the rules of one language (`Resources/sentence-rules.json`).
///
/// - Line breaks always end a sentence: paragraphs and headlines are separate sentences.
/// - Chinese ends a sentence at 。！？；… (full-width or not), keeping closing quotes and brackets
///   with it: `他说:“好。”` is one sentence; not inside a book or film title (`《南京！南京！》`).
/// - A short attribution after a closing quote stays with the quote: `“我们很高兴。”王锡锌说。`.
/// - A list number is no sentence: "2. Prices rose." and "2。增加了日常任务" stay whole.
/// - English and German end a sentence at `.`, `!`, `?` or an ellipsis followed by white space,
///   except after a listed abbreviation ("U.S.", "Mio.", "z. B."), a single-letter initial
///   ("J. K. Rowling"), a German ordinal ("am 3. April", "im 3. Quartal", "die 50. Super Bowl") or date ("30. 12. 2015"), or when the next word
///   starts with a lower-case letter. Decimals ("5.2", "1,5") have no space after the point.
/// - Sentence texts are trimmed, and so are leading markdown heading markers and list bullets;
///   a piece without any letter or digit is not a sentence.
///
/// Known limits: an abbreviation that really ends a sentence ("… in the U.S. The company …")
/// does not split it.
///
///     SentenceSplitter(language: .german).split("Der Umsatz stieg um 5 Mio. Euro. Am 3. April folgt mehr.")
///         .map(\.text)   // ["Der Umsatz stieg um 5 Mio. Euro.", "Am 3. April folgt mehr."]
///
/// - Complexity: O(n); abbreviation lookups happen only at a period followed by white space.
public struct SentenceSplitter: Sendable {
    public let language: Language
    let rules: SentenceRules

    public init(language: Language) {
        self.language = language
        self.rules = SentenceRules.forLanguage(language)
    }

    /// The sentences of `text`, all of it (no furniture removal, no title).
    public func split(_ text: String) -> [Sentence] {
        let scalars = Lines.scalars(text)
        var sentences: [Sentence] = []
        for line in Lines.split(scalars) where !line.isBlank {
            split(scalars, line.content, into: &sentences)
        }
        return sentences
    }

    /// Appends the sentences of `scalars[range]` (one line or part of one) to `sentences`.
    func split(_ scalars: [Unicode.Scalar], _ range: ScalarRange, into sentences: inout [Sentence]) {
        var start = range.start
        var i = range.start
        let end = range.end
        var openPair = -1  // position of an open "《" whose "》" has not been seen, -1 if none
        while i < end {
            let c = scalars[i]
            guard rules.boundaryCandidates.contains(c) else {
                i += 1
                continue
            }
            if rules.unbrokenOpeners.contains(c) {
                openPair = i
                i += 1
                continue
            }
            if openPair >= 0, rules.unbrokenCloser[scalars[openPair]] == c { openPair = -1 }
            if rules.alwaysEnds.contains(c) {
                var j = afterPunctuation(scalars, i, end)
                if isInsideUnbrokenPair(scalars, openPair, i, end) || isListNumber(scalars, start, i) {
                    i = j
                    continue
                }
                if j > i + 1, rules.closers.contains(scalars[j - 1]), let attribution = attributionEnd(scalars, j, end)
                {
                    j = afterPunctuation(scalars, attribution, end)
                }
                emit(scalars, start, j, into: &sentences)
                start = j
                i = j
                continue
            }
            guard rules.endsBeforeSpace.contains(c) else {
                i += 1
                continue
            }
            let j = afterPunctuation(scalars, i, end)
            guard j < end, Lines.isSpace(scalars[j]) else {
                i = j
                continue
            }
            var next = j
            while next < end, Lines.isSpace(scalars[next]) { next += 1 }
            // A lone period, not part of "..." or "?!".
            let single = !(rules.endsBeforeSpace.contains(scalars[i + 1]) || rules.alwaysEnds.contains(scalars[i + 1]))
            if next < end,
                TextFolding.isLowercase(scalars[next])
                    || (c == "." && single
                        && continuesAfterPeriod(scalars, period: i, next: next, end: end, lineStart: range.start))
                    || isInsideUnbrokenPair(scalars, openPair, i, end) || isListNumber(scalars, start, i)
            {
                i = next
                continue
            }
            emit(scalars, start, j, into: &sentences)
            start = j
            i = j
        }
        emit(scalars, start, end, into: &sentences)
    }

    /// After a closing quote at `j - 1`: the position of the full stop ending a short attribution
    /// ("王锡锌说。"), if one follows.
    private func attributionEnd(_ scalars: [Unicode.Scalar], _ j: Int, _ end: Int) -> Int? {
        guard !rules.attributionVerbs.isEmpty else { return nil }
        var q = j
        while q < end, q - j < SentenceRules.attributionReach, !rules.alwaysEnds.contains(scalars[q]) {
            guard TextFolding.isWordScalar(scalars[q]) || Lines.isSpace(scalars[q]) else { return nil }
            q += 1
        }
        guard q < end, q > j, rules.alwaysEnds.contains(scalars[q]) else { return nil }
        for verb in rules.attributionVerbs where verb.count <= q - j {
            if (0..<verb.count).allSatisfy({ scalars[q - verb.count + $0] == verb[$0] }) { return q }
        }
        return nil
    }

    /// Whether the mark opened at `open` closes within reach after `i`: "《南京！南京！》".
    private func isInsideUnbrokenPair(_ scalars: [Unicode.Scalar], _ open: Int, _ i: Int, _ end: Int) -> Bool {
        guard open >= 0, let closer = rules.unbrokenCloser[scalars[open]] else { return false }
        let limit = min(end, open + SentenceRules.unbrokenPairReach)
        var k = i + 1
        while k < limit {
            if scalars[k] == closer { return true }
            k += 1
        }
        return false
    }

    /// Whether the sentence so far is only a list number ("2." or "2。" before an item).
    private func isListNumber(_ scalars: [Unicode.Scalar], _ start: Int, _ period: Int) -> Bool {
        var s = start
        while s < period, Lines.isSpace(scalars[s]) { s += 1 }
        guard s < period, period - s <= 3 else { return false }
        return (s..<period).allSatisfy { FurnitureCues.isDigit(scalars[$0]) }
    }

    /// The position after a run of sentence punctuation and the closing quotes or brackets after it.
    private func afterPunctuation(_ scalars: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int {
        var j = i + 1
        while j < end, rules.alwaysEnds.contains(scalars[j]) || rules.endsBeforeSpace.contains(scalars[j]) { j += 1 }
        while j < end, rules.closers.contains(scalars[j]) { j += 1 }
        return j
    }

    /// Whether the period at `period` belongs to an abbreviation, an initial or an ordinal.
    private func continuesAfterPeriod(
        _ scalars: [Unicode.Scalar], period: Int, next: Int, end: Int, lineStart: Int
    ) -> Bool {
        // The token before the period, back to white space or an opening bracket or quote.
        var t = period
        while t > lineStart, !Lines.isSpace(scalars[t - 1]), !Self.isOpener(scalars[t - 1]) { t -= 1 }
        let length = period + 1 - t
        guard length >= 2 else { return false }
        // A single letter: an initial ("J. K. Rowling") or the first part of "z. B.".
        if length == 2, scalars[t].properties.isAlphabetic, !rules.alwaysEnds.contains(scalars[t]) {
            if !TextFolding.isLowercase(scalars[t]) { return true }
        }
        if length <= rules.longestAbbreviation {
            if rules.isAbbreviation(scalars, t, period + 1) { return true }
            // Several dotted parts with spaces: "z. B.", "i. d. R.", looking back ...
            var s = t
            var parts = 1
            while parts < 4, s >= 2, Lines.isSpace(scalars[s - 1]), scalars[s - 2] == "." {
                var u = s - 2
                while u > lineStart, !Lines.isSpace(scalars[u - 1]) { u -= 1 }
                guard s - 1 - u <= 4 else { break }
                if rules.isAbbreviation(scalars, u, period + 1) { return true }
                s = u
                parts += 1
            }
            // ... and forward: "z." followed by "B.".
            if rules.isAbbreviationStart(scalars, s, period + 1) {
                var u = next
                while u < end, u - next < 4, !Lines.isSpace(scalars[u]), scalars[u] != "." { u += 1 }
                if u < end, scalars[u] == ".",
                    rules.isAbbreviation(scalars, s, u + 1) || rules.isAbbreviationStart(scalars, s, u + 1)
                {
                    return true
                }
            }
        }
        // An ordinal: digits after an article ("die 50. Super Bowl") or before a month or a word
        // like "Quartal" ("am 3. April").
        if rules.hasOrdinalRules, length <= 5, (t..<period).allSatisfy({ FurnitureCues.isDigit(scalars[$0]) }) {
            // A day or month in a numeric date written with spaces: "(APA, 30. 12. 2015)".
            if length <= 3, FurnitureCues.isDigit(scalars[next]) { return true }
            var p = t
            while p > lineStart, Lines.isSpace(scalars[p - 1]) { p -= 1 }
            var before = HashedWords.emptyHash
            var w = p
            while w > lineStart, scalars[w - 1].properties.isAlphabetic { w -= 1 }
            if w < p, p < t {
                for k in w..<p { before = HashedWords.hash(before, TextFolding.lowercased(scalars[k])) }
                if rules.ordinalPrecedents.contains(before) { return true }
            }
            var after = HashedWords.emptyHash
            w = next
            while w < end, scalars[w].properties.isAlphabetic {
                after = HashedWords.hash(after, TextFolding.lowercased(scalars[w]))
                w += 1
            }
            if rules.ordinalFollowers.contains(after) { return true }
        }
        return false
    }

    private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "[", "{", "\"", "'", "“", "‘", "„", "«", "»", "‚", "（", "「", "『": return true
        default: return false
        }
    }

    /// Appends `scalars[start..<end]` as a sentence, trimmed, when it holds a letter or a digit.
    private func emit(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, into sentences: inout [Sentence]) {
        var range = Lines.trimmed(scalars, ScalarRange(start: start, end: end))
        range = Self.withoutLeadingMarkers(scalars, range)
        guard !range.isEmpty else { return }
        var hasWord = false
        for k in range.start..<range.end where TextFolding.isWordScalar(scalars[k]) {
            hasWord = true
            break
        }
        guard hasWord else { return }
        sentences.append(Sentence(index: sentences.count, range: range, text: Lines.string(scalars, range)))
    }

    /// The range without a leading markdown heading marker ("## ") or list bullet ("• ", "- ", "* ").
    static func withoutLeadingMarkers(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> ScalarRange {
        var s = range.start
        let e = range.end
        guard s < e else { return range }
        switch scalars[s] {
        case "#":
            while s < e, scalars[s] == "#" { s += 1 }
        case "•", "·", "▪", "●", "◦", "‣", "-", "*", "+":
            s += 1
        default:
            return range
        }
        guard s < e, Lines.isSpace(scalars[s]) else { return range }
        while s < e, Lines.isSpace(scalars[s]) { s += 1 }
        return ScalarRange(start: s, end: e)
    }
}
