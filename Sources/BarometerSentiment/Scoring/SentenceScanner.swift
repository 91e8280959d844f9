import BarometerText

/// One word (English, German) or one character (Chinese) of a sentence, as the scorer matches it.
struct Token {
    /// Range of its folded, lower-cased scalars in the scalar buffer of the scan (`Workspace.scalars`).
    var start: Int32
    var end: Int32
    /// `TermKey` hash of those scalars.
    var key: UInt64
    /// Unicode scalar offsets in the sentence, end exclusive.
    var originalStart: Int32
    var originalEnd: Int32
    /// Clause number: it goes up at every , ; : dash and sentence stop, so windows do not cross clauses.
    var clause: Int32
    /// Sentence number within the scored text: it goes up at . 。 ! ? so contrast stays inside its sentence.
    var segment: Int32
    /// Position among the sentence's tokens; rule windows count tokens by it.
    var index: Int32
    /// Written in capitals throughout, with at least two letters ("GREAT").
    var allCaps: Bool
    /// Starts with a capital letter (German nouns, for compound splitting).
    var capitalised: Bool
    /// The first token of its clause (the token before it, if any, stands in an earlier clause).
    var opensClause: Bool
}

/// Receives a sentence's tokens in order as the scanner reads them. `scalars` holds the folded scalars read so far,
/// which `Token.start ..< Token.end` index into.
protocol TokenSink {
    /// What the sink makes of the next token from its hash alone: nil when that settles it, else a probe result
    /// that `take` receives with the whole token. The scanner builds a `Token` only when it is not nil.
    mutating func probe(_ key: UInt64) -> TermTable.Hit?
    mutating func take(_ token: Token, _ hit: TermTable.Hit, _ scalars: UnsafeMutableBufferPointer<UInt32>)
    /// A filter over one-token keys that turns away every lower-case word the sink does nothing with while nothing
    /// is pending, for the scanner to skip such words without building them or calling the sink
    /// (`SentenceScanner.skimWords`); nil when the sink takes every token. Read once per sentence.
    var admission: TermTable.Filter? { get }
    /// Whether a longer term is pending, so that `probe` takes the next token whatever it is.
    var isPending: Bool { get }
}

/// What the scanner counts besides tokens.
struct ScanCounts {
    var tokens = 0
    /// Tokens written in capitals throughout.
    var capsTokens = 0
    var exclamations = 0
    var questions = 0
}

/// Scratch space for scoring one sentence; one per call, reused across a document's sentences.
struct Workspace: TokenSink {
    var scalars: [UInt32] = []
    /// Every token, when the workspace itself is the scanner's sink (lexicon build, tests); empty when scoring, where
    /// `TermMatcher` keeps only the tokens a match needs.
    var tokens: [Token] = []
    var units: [MatchedUnit] = []
    var valences: [Double] = []
    /// Per unit: it follows a comparison word in its clause.
    var reference: [Bool] = []
    var counts = ScanCounts()
    /// Tokens covered by a unit.
    var coveredTokens = 0

    init() {
        scalars.reserveCapacity(512)
        units.reserveCapacity(128)
        valences.reserveCapacity(128)
    }

    func probe(_ key: UInt64) -> TermTable.Hit? { TermTable.Hit(index: -1, tags: TermTable.Tags()) }

    var admission: TermTable.Filter? { nil }
    var isPending: Bool { true }

    mutating func take(_ token: Token, _ hit: TermTable.Hit, _ scalars: UnsafeMutableBufferPointer<UInt32>) {
        tokens.append(token)
    }

    /// Empties the workspace for the next sentence. `scalars` is kept: it is a buffer that tokens index into, and the
    /// scanner overwrites it from the start.
    mutating func reset() {
        Self.empty(&tokens)
        Self.empty(&units)
        Self.empty(&valences)
        counts = ScanCounts()
        coveredTokens = 0
    }

    /// Empties an array but keeps its storage; an empty array is left alone (`removeAll` costs a call even then).
    @inline(__always)
    static func empty<T>(_ array: inout [T]) {
        if !array.isEmpty { array.removeAll(keepingCapacity: true) }
    }
}

/// Splits a sentence into tokens by position over its UTF-8 bytes.
///
/// English and German: a word is a run of letters and digits, with an apostrophe or hyphen kept inside it
/// ("can't", "all-time"). Chinese: every Han character is a token of its own (terms are found by longest match
/// over tokens), and runs of Latin letters or digits are words as above. Scalars are folded first: full-width
/// forms to ASCII (`ScalarText.fold`), traditional to simplified characters (the language's folding table), upper
/// to lower case.
enum SentenceScanner {
    /// Scans `sentence` into `work.tokens` and `work.scalars` (the lexicon build and tests read them).
    /// With `symbols`, a whitespace-delimited chunk that starts with a symbol or digit (or a letter and then a
    /// symbol) and is a key of that table becomes one token: emoticons such as ":-)", "<3", "d:".
    static func scan(
        _ sentence: String, folding: CharacterFolding?, symbols: TermTable? = nil, into work: inout Workspace
    ) {
        var scalars: [UInt32] = []
        swap(&scalars, &work.scalars)
        work.counts = scan(sentence, folding: folding, symbols: symbols, scalars: &scalars, into: &work)
        swap(&scalars, &work.scalars)
    }

    /// Scans `sentence`, handing each token to `sink`; the folded scalars go to `scalars`, a buffer that only grows
    /// (a sentence of n UTF-8 bytes has at most n scalars, so one size check per sentence replaces a capacity and
    /// uniqueness check per letter).
    static func scan<Sink: TokenSink>(
        _ sentence: String, folding: CharacterFolding?, symbols: TermTable?, scalars: inout [UInt32],
        into sink: inout Sink
    ) -> ScanCounts {
        var sentence = sentence
        return sentence.withUTF8 { bytes in
            if scalars.count < bytes.count {
                scalars.append(contentsOf: repeatElement(0, count: bytes.count - scalars.count))
            }
            return scalars.withUnsafeMutableBufferPointer { out in
                scanWords(bytes, out, folding: folding, symbols: symbols, into: &sink)
            }
        }
    }

    /// The end of the emoticon chunk starting at `i`, with its hash, if the chunk is one: as written first (entries
    /// with a capital letter, "D:"), then in lower case (":D" finds ":d").
    @inline(never)
    static func symbolChunk(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ symbols: TermTable?) -> (
        end: Int, key: UInt64
    )? {
        // Unwrapped here, in a call made only at chunks that may be emoticons, not at every chunk.
        guard let symbols else { return nil }
        /// VADER's longest symbol entries are 8 characters ("@}-;-'---" aside); longer chunks are not looked up.
        let longest = 10
        var j = i
        var hash = TermKey.offsetBasis
        var written = TermKey.offsetBasis
        while j < bytes.count, j - i <= longest {
            let b = bytes[j]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { break }
            if b >= 0x80 { return nil }
            hash = TermKey.add(hash, ScalarFolding.lowercase(UInt32(b)))
            written = TermKey.add(written, UInt32(b))
            j += 1
        }
        guard j - i >= 2, j - i <= longest else { return nil }
        if written != hash, symbols.lookup(TermKey.combine(TermKey.offsetBasis, written)) >= 0 { return (j, written) }
        return symbols.lookup(TermKey.combine(TermKey.offsetBasis, hash)) >= 0 ? (j, hash) : nil
    }

    /// Whether a chunk starting at `i` (after whitespace) may be an emoticon: an ASCII symbol or digit, or an ASCII
    /// letter followed by an ASCII symbol.
    @inline(__always)
    private static func startsSymbol(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if (b | 0x20) &- 0x61 >= 26 { return isSymbol(b) }
        return i &+ 1 < bytes.count && isSymbol(bytes[i &+ 1])
    }

    /// ASCII that is neither a letter nor a space, one bit per byte value (0x00–0x3F, then 0x40–0x7F): symbols,
    /// digits and control characters.
    private static let symbolsBelow40: UInt64 = ~(1 << 0x20)
    private static let symbolsFrom40: UInt64 = ~(0x07FF_FFFE | (0x07FF_FFFE << 32))

    @inline(__always)
    private static func isSymbol(_ b: UInt8) -> Bool {
        if b < 0x40 { return symbolsBelow40 >> UInt64(b) & 1 != 0 }
        return b < 0x80 && symbolsFrom40 >> UInt64(b &- 0x40) & 1 != 0
    }

    /// Decodes the UTF-8 sequence of at least two bytes whose lead byte `b0` stands at `i`: its scalar and width.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ b0: UInt32) -> (UInt32, Int) {
        if b0 < 0xE0 {
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[i &+ 1]) & 0x3F), 2)
        } else if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i &+ 1]) & 0x3F) << 6) | (UInt32(bytes[i &+ 2]) & 0x3F), 3)
        }
        return (
            ((b0 & 0x07) << 18) | ((UInt32(bytes[i &+ 1]) & 0x3F) << 12) | ((UInt32(bytes[i &+ 2]) & 0x3F) << 6)
                | (UInt32(bytes[i &+ 3]) & 0x3F), 4
        )
    }

    /// A word read by `plainWord`: where it ends in the bytes and in `out`, its hash and its capitals.
    private struct PlainWord {
        var end: Int
        var n: Int
        var hash: UInt64
        var allCaps: Bool
        var capitalised: Bool
    }

    /// The word at `start` when it is plain: ASCII letters and digits, the Latin-1 letters written C3 xx in UTF-8
    /// (German ä ö ü ß Ä Ö Ü), and ' - between two of those. Such words are nearly all of English and German text,
    /// and this loop reads them with few live values and no decoding. It stops at the first ASCII byte that ends
    /// the word; nil when no word starts here, or the word holds or meets anything else (another scalar, a joiner
    /// before one), which the general loop then reads from the start. Its scalars go to `out` from `n`.
    @inline(__always)
    private static func plainWord(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ out: UnsafeMutableBufferPointer<UInt32>, _ n: Int,
        _ asciiClasses: [ScalarClass]
    ) -> PlainWord? {
        let count = bytes.count
        var i = start
        var end = n
        var hash = TermKey.offsetBasis
        var upper = 0
        var lower = false
        var capitalised = false
        reading: while i < count {
            let b = bytes[i]
            if b &- 0x61 < 26 {
                // A run of lower-case ASCII letters, the bulk of the text: `out` fills in step with `i`.
                let shift = end &- i
                repeat {
                    let letter = UInt32(bytes[i])
                    out[shift &+ i] = letter
                    hash = TermKey.add(hash, letter)
                    i &+= 1
                } while i < count && bytes[i] &- 0x61 < 26
                end = shift &+ i
                lower = true
                continue
            }
            var value = UInt32(b)
            if b < 0x80 {
                // Classified by one table read: most often the space or punctuation that ends the word.
                switch asciiClasses[Int(b)] {
                case .upper:
                    if end == n { capitalised = true }
                    upper &+= 1
                    value |= 0x20
                case .lower, .digit:
                    break
                case .joiner:
                    // A joiner stays only between word characters; one that ends the word is left to the caller.
                    guard end > n else { return nil }
                    let next = i &+ 1 < count ? bytes[i &+ 1] : 0x20
                    if next >= 0x80 || next == 0x27 || next == 0x2D { return nil }
                    guard next &- 0x61 < 26 || next &- 0x41 < 26 || next &- 0x30 < 10 else { break reading }
                default:
                    break reading
                }
                i &+= 1
            } else if b == 0xC3 {
                // U+00C0…U+00FF: lower case from U+00DF to U+00F6, upper case up to U+00DE except ×.
                guard i &+ 1 < count else { return nil }
                let low = bytes[i &+ 1]
                value = 0xC0 &+ UInt32(low & 0x3F)
                if low &- 0x9F < 0x18 {
                    lower = true
                } else if low &- 0x80 < 0x1F, low != 0x97 {
                    if end == n { capitalised = true }
                    upper &+= 1
                    value &+= 0x20
                } else {
                    return nil
                }
                i &+= 2
            } else {
                return nil
            }
            out[end] = value
            end &+= 1
            hash = TermKey.add(hash, value)
        }
        guard end > n else { return nil }
        return PlainWord(end: i, n: end, hash: hash, allCaps: upper >= 2 && !lower, capitalised: capitalised)
    }

    /// What the scan keeps besides positions: the clause and segment numbers that go with each token, and the
    /// counts. (A struct with inlined methods, not local functions capturing the scan's variables: those captures
    /// were kept in memory and checked for exclusive access at run time.)
    private struct TokenState {
        var clause: Int32 = 0
        var segment: Int32 = 0
        var lastClause: Int32 = -1
        var counts = ScanCounts()

        /// Hands one token to the sink, with its position and whether it opens its clause.
        @inline(__always)
        mutating func emit<Sink: TokenSink>(
            _ sink: inout Sink, _ out: UnsafeMutableBufferPointer<UInt32>, _ start: Int, _ end: Int, _ key: UInt64,
            _ originalStart: Int32, _ originalEnd: Int32, allCaps: Bool, capitalised: Bool
        ) {
            if let hit = sink.probe(key) {
                sink.take(
                    Token(
                        start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), key: key,
                        originalStart: originalStart, originalEnd: originalEnd, clause: clause, segment: segment,
                        index: Int32(truncatingIfNeeded: counts.tokens), allCaps: allCaps, capitalised: capitalised,
                        opensClause: clause != lastClause),
                    hit, out)
            }
            lastClause = clause
            counts.tokens &+= 1
            if allCaps { counts.capsTokens &+= 1 }
        }

        /// Counts `words` tokens that the sink turned away unseen: in lower case, no capitals.
        @inline(__always)
        mutating func skipped(_ words: Int) {
            if words > 0 { lastClause = clause }
            counts.tokens &+= words
        }

        /// A clause break or stop just read, before `i`: a new clause (and for a stop a new sentence) begins,
        /// unless it is a decimal point or thousands separator ("5.2", "1,000").
        @inline(__always)
        mutating func punctuation(
            _ kind: ScalarClass, _ value: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, after i: Int
        ) {
            if value == 0x2E || value == 0x2C, i < bytes.count, bytes[i] &- 0x30 < 10 { return }
            clause &+= 1
            if kind != .clauseBreak { segment &+= 1 }
            if kind == .exclamation { counts.exclamations &+= 1 }
            if kind == .question { counts.questions &+= 1 }
        }

        /// An emoticon chunk at `i` becomes one token, a clause of its own: the writer's mood, outside the reach of
        /// a negator or booster before it ("no cheque :(") and no bridge for one across it ("lacks :D Yay").
        @inline(__always)
        mutating func emoticon<Sink: TokenSink>(
            _ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int, offset: inout Int32, _ n: Int, _ symbols: TermTable?,
            _ sink: inout Sink, _ out: UnsafeMutableBufferPointer<UInt32>
        ) {
            guard symbols != nil, i < bytes.count, SentenceScanner.startsSymbol(bytes, at: i),
                let chunk = SentenceScanner.symbolChunk(bytes, at: i, symbols)
            else { return }
            let length = Int32(truncatingIfNeeded: chunk.end &- i)
            clause &+= 1
            emit(&sink, out, n, n, chunk.key, offset, offset &+ length, allCaps: false, capitalised: false)
            clause &+= 1
            offset &+= length
            i = chunk.end
        }
    }

    /// Skims lower-case words that the sink turns away (`admission`), each ended by a space before the next, from
    /// the word at `start`: the bulk of running text, read here with the hash in a register, and neither built nor
    /// handed over. Each still counts as a token. It stops at the start of a word it does not skim (one the sink
    /// wants, or one that goes on with another character), or at the byte that ended the last word skimmed, unless
    /// that is a space before a word of two lower-case letters or more (which starts no emoticon). Returns where it
    /// stopped, how many words it skimmed and how many of their letters took two bytes (offsets count scalars).
    /// `lastStop` is the position of the sentence's last byte that is no lower-case ASCII letter; a run of letters
    /// before it ends there at the latest, so the letter loop tests only the byte it reads. `start < lastStop`.
    /// Lower-case letters written C3 xx (ä ö ü ß é) belong to the word as in `plainWord`.
    @inline(never)
    private static func skimWords(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lastStop: Int, _ admission: TermTable.Filter,
        _ asciiClasses: [ScalarClass]
    ) -> (end: Int, words: Int, twoByteLetters: Int) {
        var i = start
        var words = 0
        var twoByteLetters = 0
        while true {
            var j = i
            var hash = TermKey.offsetBasis
            var letter = bytes[j]
            repeat {
                hash = TermKey.add(hash, UInt32(letter))
                j &+= 1
                letter = bytes[j]
            } while letter &- 0x61 < 26
            var pairs = 0
            if letter == 0xC3 {
                // A word with a lower-case letter U+00DF…U+00F6 (German ä ö ü ß), as `plainWord` reads it: the rest
                // is read one letter at a time. A pair's second byte stands before `lastStop`, so the byte after it
                // is still inside the sentence.
                while true {
                    if letter &- 0x61 < 26 {
                        hash = TermKey.add(hash, UInt32(letter))
                        j &+= 1
                    } else if letter == 0xC3, j &+ 1 < lastStop, bytes[j &+ 1] &- 0x9F < 0x18 {
                        hash = TermKey.add(hash, 0xC0 &+ UInt32(bytes[j &+ 1] & 0x3F))
                        j &+= 2
                        pairs &+= 1
                    } else {
                        break
                    }
                    letter = bytes[j]
                }
            }
            // The word ends at `j` only at ASCII that is no word character, no joiner.
            guard letter < 0x80 else { return (i, words, twoByteLetters) }
            switch asciiClasses[Int(letter)] {
            case .upper, .lower, .digit, .joiner: return (i, words, twoByteLetters)
            default: break
            }
            if admission.admits(TermKey.combine(TermKey.offsetBasis, hash)) { return (i, words, twoByteLetters) }
            words &+= 1
            twoByteLetters &+= pairs
            guard letter == 0x20, j < lastStop, bytes[j &+ 1] &- 0x61 < 26, bytes[j &+ 2] &- 0x61 < 26 else {
                return (j, words, twoByteLetters)
            }
            i = j &+ 1
        }
    }

    /// Reads plain words (`plainWord`) and ASCII between them from `i` on, and returns at the first thing it
    /// leaves to the general loop of `scanWords`: a word that is not plain, a non-ASCII scalar between words.
    /// English text and most German text stay here. It is a function of its own, so that its few values stay in
    /// registers instead of competing with the general loop's.
    @inline(never)
    private static func plainRun<Sink: TokenSink>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt32>, _ symbols: TermTable?,
        at position: inout Int, n scalars: inout Int, offset original: inout Int32, _ tokens: inout TokenState,
        _ sink: inout Sink, _ admission: TermTable.Filter?
    ) {
        // Local copies, written back on return: they stay in registers across the sink's calls.
        var i = position
        var n = scalars
        var offset = original
        var state = tokens
        defer {
            position = i
            scalars = n
            original = offset
            tokens = state
        }
        let count = bytes.count
        let asciiClasses = ScalarFolding.asciiClasses
        // The last byte that is no lower-case ASCII letter, for `skimWords`; -1 (no skimming) without `admission`.
        var lastStop = admission == nil ? -1 : count &- 1
        while lastStop >= 0, bytes[lastStop] &- 0x61 < 26 { lastStop &-= 1 }
        while i < count {
            let b = bytes[i]
            let kind: ScalarClass
            if b < 0x80 {
                kind = asciiClasses[Int(b)]
            } else if b == 0xC3 {
                kind = .lower  // maybe a Latin-1 letter: `plainWord` tells
            } else {
                return
            }
            switch kind {
            case .upper, .lower, .digit:
                guard let word = plainWord(bytes, at: i, out, n, asciiClasses) else { return }
                let length = Int32(truncatingIfNeeded: word.n &- n)
                state.emit(
                    &sink, out, n, word.n, word.hash, offset, offset &+ length, allCaps: word.allCaps,
                    capitalised: word.capitalised)
                n = word.n
                offset &+= length
                i = word.end
            case .joiner, .other:
                // A joiner outside a word is dropped.
                i &+= 1
                offset &+= 1
                guard b == 0x20 || b == 0x0A || b == 0x09 else { continue }
                // A space before a word of two lower-case letters or more, which starts no emoticon: the words from
                // here that the sink turns away are skimmed.
                if i < lastStop, bytes[i] &- 0x61 < 26, bytes[i &+ 1] &- 0x61 < 26, let admission, !sink.isPending {
                    let skimmed = skimWords(bytes, from: i, lastStop: lastStop, admission, asciiClasses)
                    state.skipped(skimmed.words)
                    offset &+= Int32(truncatingIfNeeded: skimmed.end &- i &- skimmed.twoByteLetters)
                    i = skimmed.end
                } else {
                    state.emoticon(bytes, at: &i, offset: &offset, n, symbols, &sink, out)
                }
            case .clauseBreak, .stop, .exclamation, .question:
                i &+= 1
                offset &+= 1
                state.punctuation(kind, UInt32(b), bytes, after: i)
            }
        }
    }

    /// Reads a run of Han characters U+3400…U+9FFF (three UTF-8 bytes each, nearly all of Chinese text) from `i` on,
    /// each folded (`folding`) and handed over as a token of its own, as the general loop of `scanWords` would, and
    /// returns at anything else: where it stopped, the scalars written so far and the offset reached. A function of
    /// its own, like `plainRun`, so that its few values stay in registers (the token state is a local copy too).
    @inline(never)
    private static func hanRun<Sink: TokenSink>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt32>, _ folding: CharacterFolding,
        from start: Int, n scalars: Int, offset original: Int32, _ tokens: inout TokenState, _ sink: inout Sink
    ) -> (end: Int, n: Int, offset: Int32) {
        var (i, n, offset) = (start, scalars, original)
        var state = tokens
        defer { tokens = state }
        let count = bytes.count
        while i < count {
            // Lead bytes E3…E9 start U+3000…U+9FFF; the string is valid UTF-8, so both continuation bytes follow.
            let lead = UInt32(bytes[i])
            guard lead &- 0xE3 < 7 else { break }
            let value = (lead & 0x0F) << 12 | (UInt32(bytes[i &+ 1]) & 0x3F) << 6 | (UInt32(bytes[i &+ 2]) & 0x3F)
            // U+3000…U+33FF: CJK punctuation and symbols, for the general loop.
            guard value >= 0x3400 else { break }
            let folded = folding.fold(value)
            out[n] = folded
            state.emit(
                &sink, out, n, n &+ 1, TermKey.add(TermKey.offsetBasis, folded), offset, offset &+ 1, allCaps: false,
                capitalised: false)
            n &+= 1
            i &+= 3
            offset &+= 1
        }
        return (i, n, offset)
    }

    /// The scan itself; `out` receives the folded scalars, `n` counts them.
    ///
    /// Plain words and the ASCII between them go to `plainRun`, runs of Han characters to `hanRun`. The general loop
    /// reads the rest: what stands between words (other punctuation, other Han characters) and the other words, each
    /// read to its end by the inner loop, which keeps its hash, letter counts and positions in registers. Positions
    /// stay below the sentence's byte count, so they are added without overflow checks.
    private static func scanWords<Sink: TokenSink>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt32>, folding: CharacterFolding?,
        symbols: TermTable?, into sink: inout Sink
    ) -> ScanCounts {
        let count = bytes.count
        var n = 0
        var i = 0
        var offset: Int32 = 0
        var state = TokenState()
        let asciiClasses = ScalarFolding.asciiClasses
        let admission = sink.admission

        state.emoticon(bytes, at: &i, offset: &offset, n, symbols, &sink, out)
        // The scalar at `i`: its folded value, class and width in bytes. `carried` says the word loop has already
        // read it (the scalar that ended the word), so it is not decoded twice.
        var value: UInt32 = 0
        var width = 1
        var kind = ScalarClass.other
        var carried = false
        while i < count {
            // Chinese text (`folding`) has ASCII only in short runs of digits and punctuation: a call per run there
            // costs more than it saves.
            if folding == nil, !carried, bytes[i] < 0x80 || bytes[i] == 0xC3 {
                plainRun(bytes, out, symbols, at: &i, n: &n, offset: &offset, &state, &sink, admission)
                guard i < count else { break }
            }
            // A Han character U+4000…U+9FFF (lead byte E4…E9): the run it starts goes to `hanRun`.
            if let folding, !carried, bytes[i] &- 0xE4 < 6 {
                (i, n, offset) = hanRun(bytes, out, folding, from: i, n: n, offset: offset, &state, &sink)
                guard i < count else { break }
            }
            if carried {
                carried = false
            } else if bytes[i] < 0x80 {
                value = UInt32(bytes[i])
                width = 1
                kind = asciiClasses[Int(value)]
            } else {
                (value, width) = decode(bytes, i, UInt32(bytes[i]))
                value = ScalarFolding.foldWidth(value)
                if let folding, value >= 0x3400, ScalarFolding.isHan(value) {
                    let folded = folding.fold(value)
                    out[n] = folded
                    state.emit(
                        &sink, out, n, n &+ 1, TermKey.add(TermKey.offsetBasis, folded), offset, offset &+ 1,
                        allCaps: false, capitalised: false)
                    n &+= 1
                    i &+= width
                    offset &+= 1
                    continue
                }
                kind = ScalarFolding.classify(value)
            }
            switch kind {
            case .upper, .lower, .digit:
                // A word: read to its end. Joiners (' -) that trail its last letter or digit are dropped, so the
                // state at the last word character is saved when a joiner follows it.
                let tokenStart = n
                let originalStart = offset
                let capitalised = kind == .upper
                var upper = 0
                var lower = 0
                var hash = TermKey.offsetBasis
                var joined = false
                var hashBeforeJoiner = hash
                var nBeforeJoiner = n
                var offsetBeforeJoiner = offset
                while true {
                    // Here `value`, `kind`, `width` describe the scalar at `i`, a word character or a joiner.
                    switch kind {
                    case .upper:
                        upper &+= 1
                        value = ScalarFolding.lowercase(value)
                        joined = false
                    case .lower:
                        lower &+= 1
                        joined = false
                    case .digit:
                        joined = false
                    default:  // joiner
                        if !joined {
                            joined = true
                            hashBeforeJoiner = hash
                            nBeforeJoiner = n
                            offsetBeforeJoiner = offset
                        }
                        if value == 0x2010 || value == 0x2011 { value = 0x2D }
                    }
                    out[n] = value
                    n &+= 1
                    hash = TermKey.add(hash, value)
                    i &+= width
                    offset &+= 1
                    // Fast path: lower-case ASCII letters, the bulk of English and German text; German ä ö ü ß
                    // (two bytes, C3 xx) stay on it.
                    var letters = 0
                    while i < count {
                        let letter: UInt32
                        let b = bytes[i]
                        if b &- 0x61 < 26 {
                            letter = UInt32(b)
                            i &+= 1
                        } else if b == 0xC3, i &+ 1 < count, bytes[i &+ 1] &- 0x9F < 0x18, bytes[i &+ 1] != 0xB7 {
                            letter = 0xC0 + UInt32(bytes[i &+ 1] & 0x3F)  // U+00DF…U+00F6 except ÷
                            i &+= 2
                        } else {
                            break
                        }
                        out[n] = letter
                        n &+= 1
                        hash = TermKey.add(hash, letter)
                        letters &+= 1
                    }
                    if letters > 0 {
                        lower &+= letters
                        offset &+= Int32(truncatingIfNeeded: letters)
                        joined = false
                    }
                    // The next scalar: does the word go on?
                    guard i < count else { break }
                    let b = UInt32(bytes[i])
                    if b < 0x80 {
                        value = b
                        width = 1
                        kind = asciiClasses[Int(b)]
                    } else {
                        (value, width) = decode(bytes, i, b)
                        value = ScalarFolding.foldWidth(value)
                        if folding != nil, value >= 0x3400, ScalarFolding.isHan(value) { break }
                        kind = ScalarFolding.classify(value)
                    }
                    guard kind == .upper || kind == .lower || kind == .digit || kind == .joiner else {
                        carried = true
                        break
                    }
                }
                if joined {
                    hash = hashBeforeJoiner
                    n = nBeforeJoiner
                }
                state.emit(
                    &sink, out, tokenStart, n, hash, originalStart, joined ? offsetBeforeJoiner : offset,
                    allCaps: upper >= 2 && lower == 0, capitalised: capitalised)
                // `i` stands on the scalar after the word (or the end), which the outer loop reads next.
                continue
            case .joiner, .other:
                // A joiner outside a word is dropped.
                i &+= width
                offset &+= 1
                if width == 1, value == 0x20 || value == 0x0A || value == 0x09 {
                    state.emoticon(bytes, at: &i, offset: &offset, n, symbols, &sink, out)
                }
            case .clauseBreak, .stop, .exclamation, .question:
                i &+= width
                offset &+= 1
                state.punctuation(kind, value, bytes, after: i)
            }
        }
        return state.counts
    }
}
