import BarometerText

/// One word (English, German) or one character (Chinese) of a sentence, as the scorer matches it.
struct Token {
    /// Range of its folded, lower-cased scalars in `Workspace.scalars`.
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
    /// Written in capitals throughout, with at least two letters ("GREAT").
    var allCaps: Bool
    /// Starts with a capital letter (German nouns, for compound splitting).
    var capitalised: Bool
}

/// Scratch space for scoring one sentence; one per call, reused across a document's sentences.
struct Workspace {
    var scalars: [UInt32] = []
    var tokens: [Token] = []
    var units: [MatchedUnit] = []
    var valences: [Double] = []
    /// Per unit: it follows a comparison word in its clause.
    var reference: [Bool] = []
    var exclamations = 0
    var questions = 0
    /// Tokens written in capitals throughout; tokens covered by a unit.
    var capsTokens = 0
    var coveredTokens = 0

    init() {
        scalars.reserveCapacity(512)
        tokens.reserveCapacity(128)
        units.reserveCapacity(128)
        valences.reserveCapacity(128)
    }

    /// Empties the workspace for the next sentence. `scalars` is kept: it is a buffer that tokens index into, and the
    /// scanner overwrites it from the start.
    mutating func reset() {
        tokens.removeAll(keepingCapacity: true)
        units.removeAll(keepingCapacity: true)
        valences.removeAll(keepingCapacity: true)
        exclamations = 0
        questions = 0
        capsTokens = 0
        coveredTokens = 0
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
    /// With `keepScalars` false, tokens still get their hashes and offsets but their scalars are not stored
    /// (`start == end`); only German's ending and compound fallbacks and the lexicon build need them.
    /// With `symbols`, a whitespace-delimited chunk that starts with a symbol or digit (or a letter and then a
    /// symbol) and is a key of that table becomes one token: emoticons such as ":-)", "<3", "d:".
    static func scan(
        _ sentence: String, folding: CharacterFolding?, keepScalars: Bool = true, symbols: TermTable? = nil,
        into work: inout Workspace
    ) {
        var sentence = sentence
        sentence.withUTF8 { bytes in
            scan(bytes, folding: folding, keepScalars: keepScalars, symbols: symbols, into: &work)
        }
    }

    /// The end of the emoticon chunk starting at `i`, with its hash, if the chunk is one: as written first (entries
    /// with a capital letter, "D:"), then in lower case (":D" finds ":d").
    @inline(never)
    static func symbolChunk(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ symbols: TermTable) -> (
        end: Int, key: UInt64
    )? {
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

    /// Appends the word that just ended; values are passed, not captured, so the scan loop keeps them in registers.
    @inline(__always)
    private static func endWord(
        _ work: inout Workspace, _ n: inout Int, scalarsAtLastWordChar: Int, upper: Int, lower: Int,
        tokenStart: Int32, key: UInt64, originalStart: Int32, originalEnd: Int32, clause: Int32, segment: Int32,
        capitalised: Bool
    ) {
        // Drop joiners (' -) that trailed the last letter.
        n = scalarsAtLastWordChar
        let allCaps = upper >= 2 && lower == 0
        if allCaps { work.capsTokens += 1 }
        work.tokens.append(
            Token(
                start: tokenStart, end: Int32(n), key: key, originalStart: originalStart,
                originalEnd: originalEnd, clause: clause, segment: segment, allCaps: allCaps, capitalised: capitalised))
    }

    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, folding: CharacterFolding?, keepScalars: Bool, symbols: TermTable?,
        into work: inout Workspace
    ) {
        // The folded scalars are written through a pointer into a buffer that only grows: a sentence of n UTF-8 bytes
        // has at most n scalars, so one size check per sentence replaces a capacity and uniqueness check per letter.
        var buffer: [UInt32] = []
        swap(&buffer, &work.scalars)
        if keepScalars, buffer.count < bytes.count {
            buffer.append(contentsOf: repeatElement(0, count: bytes.count - buffer.count))
        }
        buffer.withUnsafeMutableBufferPointer { out in
            scanWords(bytes, out, folding: folding, keepScalars: keepScalars, symbols: symbols, into: &work)
        }
        swap(&buffer, &work.scalars)
    }

    /// The scan itself; `out` receives the folded scalars when `keepScalars` is set, `n` counts them.
    private static func scanWords(
        _ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt32>, folding: CharacterFolding?,
        keepScalars: Bool, symbols: TermTable?, into work: inout Workspace
    ) {
        let count = bytes.count
        var n = 0
        var i = 0
        var offset: Int32 = 0
        var clause: Int32 = 0
        var segment: Int32 = 0
        var inWord = false
        var upper = 0
        var lower = 0
        var firstUpper = false
        var tokenStart: Int32 = 0
        var originalStart: Int32 = 0
        var lastWordEnd: Int32 = 0  // original end after the last word character
        var scalarsAtLastWordChar = 0
        var hash = TermKey.offsetBasis
        var hashAtLastWordChar = TermKey.offsetBasis
        let asciiClasses = ScalarFolding.asciiClasses

        while i < count {
            if let symbols, !inWord, i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A || bytes[i - 1] == 0x09 {
                let b = bytes[i]
                let letter = (b | 0x20) &- 0x61 < 26
                let startsSymbol =
                    b < 0x80 && b != 0x20
                    && (!letter
                        || (i + 1 < count && bytes[i + 1] < 0x80 && (bytes[i + 1] | 0x20) &- 0x61 >= 26
                            && bytes[i + 1] != 0x20))
                if startsSymbol, let chunk = symbolChunk(bytes, at: i, symbols) {
                    let length = Int32(chunk.end - i)
                    let start = Int32(n)
                    // An emoticon is a clause of its own: the writer's mood, outside the reach of a negator or
                    // booster before it ("no cheque :(") and no bridge for one across it ("lacks :D Yay").
                    clause += 1
                    work.tokens.append(
                        Token(
                            start: start, end: start, key: chunk.key, originalStart: offset,
                            originalEnd: offset + length,
                            clause: clause, segment: segment, allCaps: false, capitalised: false))
                    clause += 1
                    offset += length
                    i = chunk.end
                    continue
                }
            }
            // Decode one scalar by hand: this loop is the scorer's hot path. ASCII, most of what is not a lower-case
            // letter, is classified by one table read; it needs no width or traditional folding.
            let b0 = UInt32(bytes[i])
            var value: UInt32
            var kind: ScalarClass
            let here = offset
            offset += 1
            if b0 < 0x80 {
                value = b0
                i += 1
                kind = asciiClasses[Int(b0)]
            } else {
                if b0 < 0xE0 {
                    value = ((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    value =
                        ((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)
                    i += 3
                } else {
                    value =
                        ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                        | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)
                    i += 4
                }
                value = ScalarFolding.foldWidth(value)
                if let folding, value >= 0x3400, ScalarFolding.isHan(value) {
                    if inWord {
                        endWord(
                            &work, &n, scalarsAtLastWordChar: scalarsAtLastWordChar, upper: upper,
                            lower: lower, tokenStart: tokenStart, key: hashAtLastWordChar, originalStart: originalStart,
                            originalEnd: lastWordEnd, clause: clause, segment: segment, capitalised: firstUpper)
                        inWord = false
                    }
                    let folded = folding.fold(value)
                    let start = Int32(n)
                    if keepScalars {
                        out[n] = folded
                        n += 1
                    }
                    work.tokens.append(
                        Token(
                            start: start, end: start + 1, key: TermKey.add(TermKey.offsetBasis, folded),
                            originalStart: here, originalEnd: here + 1, clause: clause, segment: segment,
                            allCaps: false, capitalised: false))
                    continue
                }
                kind = ScalarFolding.classify(value)
            }
            if value == 0x2E || value == 0x2C, i < count, (0x30...0x39).contains(bytes[i]) {
                // A decimal point or thousands separator ("5.2", "1,000") does not end a clause.
                kind = .other
            }
            switch kind {
            case .upper, .lower, .digit:
                if !inWord {
                    inWord = true
                    upper = 0
                    lower = 0
                    tokenStart = Int32(n)
                    originalStart = here
                    firstUpper = kind == .upper
                    hash = TermKey.offsetBasis
                }
                if kind == .upper {
                    upper += 1
                    value = ScalarFolding.lowercase(value)
                } else if kind == .lower {
                    lower += 1
                }
                if keepScalars {
                    out[n] = value
                    n += 1
                }
                hash = TermKey.add(hash, value)
                // Fast path: the rest of a word's lower-case ASCII letters, the bulk of English and German text.
                // German ä ö ü ß (two bytes, C3 xx) stay on it.
                // Positions stay below the sentence's byte count, so the loop adds without overflow checks.
                var letters = 0
                while i < count {
                    let letter: UInt32
                    if bytes[i] &- 0x61 < 26 {
                        letter = UInt32(bytes[i])
                        i &+= 1
                    } else if bytes[i] == 0xC3, i &+ 1 < count, bytes[i &+ 1] &- 0x9F < 0x18, bytes[i &+ 1] != 0xB7 {
                        letter = 0xC0 + UInt32(bytes[i &+ 1] & 0x3F)  // U+00DF…U+00F6 except ÷
                        i &+= 2
                    } else {
                        break
                    }
                    if keepScalars {
                        out[n] = letter
                        n &+= 1
                    }
                    hash = TermKey.add(hash, letter)
                    letters &+= 1
                }
                lower += letters
                offset += Int32(truncatingIfNeeded: letters)
                hashAtLastWordChar = hash
                scalarsAtLastWordChar = n
                lastWordEnd = offset
            case .joiner:
                if inWord {
                    let joiner: UInt32 = value == 0x2010 || value == 0x2011 ? 0x2D : value
                    if keepScalars {
                        out[n] = joiner
                        n += 1
                    }
                    hash = TermKey.add(hash, joiner)
                }
            case .clauseBreak, .stop, .exclamation, .question:
                if inWord {
                    endWord(
                        &work, &n, scalarsAtLastWordChar: scalarsAtLastWordChar, upper: upper,
                        lower: lower, tokenStart: tokenStart, key: hashAtLastWordChar, originalStart: originalStart,
                        originalEnd: lastWordEnd, clause: clause, segment: segment, capitalised: firstUpper)
                    inWord = false
                }
                clause += 1
                if kind != .clauseBreak { segment += 1 }
                if kind == .exclamation { work.exclamations += 1 }
                if kind == .question { work.questions += 1 }
            case .other:
                if inWord {
                    endWord(
                        &work, &n, scalarsAtLastWordChar: scalarsAtLastWordChar, upper: upper,
                        lower: lower, tokenStart: tokenStart, key: hashAtLastWordChar, originalStart: originalStart,
                        originalEnd: lastWordEnd, clause: clause, segment: segment, capitalised: firstUpper)
                    inWord = false
                }
            }
        }
        if inWord {
            endWord(
                &work, &n, scalarsAtLastWordChar: scalarsAtLastWordChar, upper: upper,
                lower: lower, tokenStart: tokenStart, key: hashAtLastWordChar, originalStart: originalStart,
                originalEnd: lastWordEnd, clause: clause, segment: segment, capitalised: firstUpper)
            inWord = false
        }
    }
}
