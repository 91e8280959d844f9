import BarometerText

/// Longest match of lexicon terms over a sentence's tokens, fed by the scanner one token at a time.
///
/// Most words of running text are in no lexicon: such a word is turned away by one probe (mostly by the table's
/// filter) and never stored. Only a word that starts a longer term is kept, with the words after it, until the
/// longest term starting there is known; then matching goes on from the word after that term, over the kept words
/// first. This is the plain loop "at each token, take the longest term that starts there, else try the language's
/// fallbacks, and go on after it", resumed whenever it needs a token not yet read.
struct TermMatcher: TokenSink {
    let lexicon: LanguageLexicon
    /// Read from `lexicon` once, so the per-token path does not reach through it.
    private let table: TermTable
    private let maxTokens: Int
    private let needsScalars: Bool
    let admission: TermTable.Filter?
    /// The sentence's units, counts and scalars, for `SentimentEngine.score`.
    var work = Workspace()
    /// Tokens kept for matching since the sentence began; `window[start...]` are not matched yet, and
    /// `window[start]` begins the current attempt. Emptied once per sentence, not whenever it is used up.
    private var window: [Token] = []
    private var start = 0
    /// The attempt at `window[start]`: the next token to add (`next`), the key of the tokens before it, and the
    /// longest complete term so far (`best`, -1 for none, ending at `window[bestEnd]`).
    private var attempt = false
    private var next = 0
    private var key = TermKey.offsetBasis
    private var best: Int32 = -1
    private var bestEnd = 0

    init(_ lexicon: LanguageLexicon) {
        self.lexicon = lexicon
        table = lexicon.table
        maxTokens = lexicon.maxTokens
        needsScalars = lexicon.needsScalars
        // `probe` turns away a token that no key starts with; a language with fallbacks tries them on a token it
        // does not find, which for a lower-case word means its endings: the skim filter admits the words they find.
        admission = lexicon.skimFilter
        window.reserveCapacity(64)
    }

    /// Scans and matches one sentence into `work` (units, counts, scalars). With `symbols`, emoticons are tokens.
    mutating func read(_ sentence: String, symbols: Bool) {
        work.reset()
        Workspace.empty(&window)
        start = 0
        var scalars: [UInt32] = []
        swap(&scalars, &work.scalars)
        let counts = SentenceScanner.scan(
            sentence, folding: lexicon.folding, symbols: symbols && lexicon.hasSymbols ? lexicon.table : nil,
            scalars: &scalars, into: &self)
        scalars.withUnsafeMutableBufferPointer { finish($0) }
        swap(&scalars, &work.scalars)
        work.counts = counts
    }

    var isPending: Bool { start != window.count }

    /// The scanner's first call for every token it does not skim. With nothing pending, one probe settles a word
    /// found in no entry (nil: no `Token` is built), unless the language has fallbacks to try on it.
    @inline(__always)
    mutating func probe(_ tokenKey: UInt64) -> TermTable.Hit? {
        guard start == window.count else { return TermTable.Hit(index: -1, tags: TermTable.Tags()) }
        let hit = table.find(TermKey.combine(TermKey.offsetBasis, tokenKey))
        return hit.index < 0 && !needsScalars ? nil : hit
    }

    /// A token `probe` did not settle, with that probe's result when nothing was pending.
    @inline(__always)
    mutating func take(_ token: Token, _ hit: TermTable.Hit, _ scalars: UnsafeMutableBufferPointer<UInt32>) {
        if start == window.count {
            if hit.index < 0 {
                // Most short words (der, und, ist) have no fallback: no call for them.
                if token.end - token.start > SentimentEngine.shortestStem { unmatched(token, scalars) }
            } else if !hit.tags.contains(.extends) || maxTokens == 1 {
                settle(hit, token, scalars)
            } else {
                begin(token, TermKey.combine(TermKey.offsetBasis, token.key), hit, scalars)
            }
            return
        }
        window.append(token)
        advance(scalars, final: false)
    }

    /// A token found alone that starts no longer term: its own term, or the fallbacks.
    @inline(never)
    private mutating func settle(
        _ hit: TermTable.Hit, _ token: Token, _ scalars: UnsafeMutableBufferPointer<UInt32>
    ) {
        if hit.tags.contains(.complete) {
            addUnit(hit.index, token, token, allCaps: token.allCaps, fallback: .none)
        } else if needsScalars {
            unmatched(token, scalars)
        }
    }

    /// A token that starts a longer term: kept, with the attempt's first step (its probe `hit`) already taken.
    @inline(never)
    private mutating func begin(
        _ token: Token, _ key: UInt64, _ hit: TermTable.Hit, _ scalars: UnsafeMutableBufferPointer<UInt32>
    ) {
        window.append(token)
        attempt = true
        self.key = key
        best = hit.tags.contains(.complete) ? hit.index : -1
        bestEnd = start
        next = start + 1
        advance(scalars, final: false)
    }

    /// Matches what is left once the sentence has no more tokens.
    private mutating func finish(_ scalars: UnsafeMutableBufferPointer<UInt32>) {
        if start < window.count { advance(scalars, final: true) }
    }

    /// The matching loop over the kept tokens; it returns when it needs a token not yet read (unless `final`).
    @inline(never)
    private mutating func advance(_ scalars: UnsafeMutableBufferPointer<UInt32>, final: Bool) {
        while start < window.count {
            if !attempt {
                attempt = true
                next = start
                key = TermKey.offsetBasis
                best = -1
                bestEnd = start
            }
            while true {
                if next == window.count {
                    if !final { return }
                    break
                }
                if next - start >= maxTokens { break }
                if next > start, window[next].clause != window[start].clause { break }
                key = TermKey.combine(key, window[next].key)
                let hit = table.find(key)
                if hit.index < 0 { break }
                if hit.tags.contains(.complete) {
                    best = hit.index
                    bestEnd = next
                }
                if !hit.tags.contains(.extends) { break }
                next += 1
            }
            attempt = false
            if best >= 0 {
                var caps = true
                for c in start...bestEnd where !window[c].allCaps { caps = false }
                addUnit(best, window[start], window[bestEnd], allCaps: caps, fallback: .none)
                start = bestEnd + 1
            } else {
                if needsScalars { unmatched(window[start], scalars) }
                start += 1
            }
        }
    }

    /// A token that starts no term: the language's fallbacks for unknown words (German endings and compounds).
    /// Only languages with fallbacks (`needsScalars`) call it.
    @inline(never)
    private mutating func unmatched(_ token: Token, _ scalars: UnsafeMutableBufferPointer<UInt32>) {
        let (index, fallback, head) = SentimentEngine.fallbackMatch(lexicon, UnsafeBufferPointer(scalars), token)
        if index >= 0 {
            addUnit(index, token, token, allCaps: token.allCaps, fallback: fallback)
        } else if head.index >= 0,
            let quantity = SentimentEngine.compoundModifier(
                lexicon, UnsafeBufferPointer(scalars), Int(token.start), head.start)
        {
            // Two units on one word, paired like the same words written apart.
            for info in [quantity, head.index] {
                work.units.append(
                    MatchedUnit(
                        info: info, first: token, last: token, allCaps: token.allCaps,
                        fallback: .compoundPart))
            }
            work.coveredTokens += 1
        }
    }

    private mutating func addUnit(_ info: Int32, _ first: Token, _ last: Token, allCaps: Bool, fallback: Fallback) {
        work.units.append(MatchedUnit(info: info, first: first, last: last, allCaps: allCaps, fallback: fallback))
        work.coveredTokens += Int(last.index - first.index) + 1
    }
}
