import BarometerText

/// One token of an alphabetic text (English, German) as the date rules see it: a run of letters, a run of digits,
/// or one other scalar. Whitespace separates tokens and is not a token.
///
/// A token takes 16 bytes (the scanner writes one per word): offsets and value in 32 bits, and for a word the slot
/// of its entry in the language's ``DateWordTable``, found once while scanning.
struct DateToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, symbol }
    private var _start: Int32
    private var _end: Int32
    private var _value: Int32
    /// For words: the slot of the word's ``DateWord`` in the lexicon's table, or -1 when it is no date word.
    private var _slot: Int16
    private var _digits: UInt8
    private var _bits: UInt8

    init(
        kind: Kind, start: Int, end: Int, value: Int, digits: Int, slot: Int = -1, capitalised: Bool,
        continuesIntoLetters: Bool = false, mayStartDate: Bool = false
    ) {
        self._start = Int32(truncatingIfNeeded: start)
        self._end = Int32(truncatingIfNeeded: end)
        self._value = Int32(truncatingIfNeeded: value)
        self._slot = Int16(truncatingIfNeeded: slot)
        self._digits = UInt8(truncatingIfNeeded: min(digits, 255))
        self._bits =
            kind.rawValue | (capitalised ? Self.capitalisedFlag : 0) | (continuesIntoLetters ? Self.continuesFlag : 0)
            | (mayStartDate ? Self.mayStartFlag : 0)
    }

    /// The bits of ``capitalised``, ``continuesIntoLetters``, ``mayStartDate`` and ``rangeHoldsCJK`` beside the kind.
    fileprivate static let capitalisedFlag: UInt8 = 0x80
    fileprivate static let continuesFlag: UInt8 = 0x40
    fileprivate static let mayStartFlag: UInt8 = 0x20
    fileprivate static let rangeHoldsCJKFlag: UInt8 = 0x10

    /// The first scalar of the CJK blocks (CJK Radicals Supplement, U+2E80); kana, ideographs, Hangul and every later
    /// block lie above it. The scanner reads such a scalar as a symbol token (``rangeHoldsCJK``).
    static let cjkFloor: UInt32 = 0x2E80

    /// A word token as the scanner finds it, with the fields it stores (no clamping: a word has no value or digits)
    /// and its flags (``capitalisedFlag`` …) as the scanner gathered them.
    fileprivate init(wordFrom start: Int, to end: Int, hash: UInt32, slot: Int, flags: UInt8) {
        self._start = Int32(truncatingIfNeeded: start)
        self._end = Int32(truncatingIfNeeded: end)
        self._value = Int32(bitPattern: hash)
        self._slot = Int16(truncatingIfNeeded: slot)
        self._digits = 0
        self._bits = Kind.word.rawValue | flags
    }

    var kind: Kind { Kind(rawValue: _bits & 0x0F)! }
    var start: Int { Int(_start) }
    var end: Int { Int(_end) }
    /// For numbers: the value (saturating at 10^8; dates need no more); for symbols: the scalar; 0 for words.
    var value: Int { _bits & 0x0F == Kind.word.rawValue ? 0 : Int(_value) }
    /// For words: the low 32 bits of the word's ``DateLexicon`` hash (lower-cased letters), so other scanners can
    /// look the word up without reading its letters again.
    var wordHash: UInt32 { UInt32(bitPattern: _value) }
    /// For numbers: how many digits.
    var digits: Int { Int(_digits) }
    /// For words: the slot of its entry in the lexicon's ``DateWordTable``, or -1.
    var slot: Int { Int(_slot) }
    /// For words: whether the first letter is upper-case.
    var capitalised: Bool { _bits & Self.capitalisedFlag != 0 }
    /// For words: whether letters beyond Latin (Greek, Cyrillic: up to U+052F) follow the word without a break, so
    /// that the number rules' letter run (``ScalarClass/isLetter(_:)``) goes on past it.
    var continuesIntoLetters: Bool { _bits & Self.continuesFlag != 0 }
    /// Whether a date pattern may begin at the token: a number, or a word the lexicon says can start a date
    /// (``DateLexicon/startingSlots``). The date rules pass every other token by this bit.
    var mayStartDate: Bool { _bits & Self.mayStartFlag != 0 }
    /// Whether the token is a word whose letters end where the number rules' letter run ends (a word, not
    /// ``continuesIntoLetters``): one test of the bits, for the number scan's loop over the words of running text.
    var isPlainWord: Bool { _bits & 0x4F == Kind.word.rawValue }
    /// On the first token of a scanned range only: whether a symbol token of the range is a scalar from ``cjkFloor``
    /// on. A reader looking for words written in characters ("人民币", the money rules' settlers) skips a range
    /// without one, instead of walking its tokens.
    var rangeHoldsCJK: Bool { _bits & Self.rangeHoldsCJKFlag != 0 }

    /// Marks the first token of a range that holds a CJK symbol (``rangeHoldsCJK``).
    fileprivate mutating func markRangeHoldsCJK() { _bits |= Self.rangeHoldsCJKFlag }
}

/// Splits a range of folded scalars into ``DateToken``s in one pass.
///
/// - Complexity: O(n) in the length of the range; no `String` is built.
enum DateScanner {
    /// Lower-cases ASCII and Latin-1 letters (enough for English and German), leaves every other scalar.
    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if (0x41...0x5A).contains(v) || ((0xC0...0xDE).contains(v) && v != 0xD7) {
            return Unicode.Scalar(v + 0x20)!
        }
        return s
    }

    /// ``lower(_:)`` on the scalar value, for hashing.
    @inline(__always)
    static func lowerValue(_ v: UInt32) -> UInt32 {
        (0x41...0x5A).contains(v) || ((0xC0...0xDE).contains(v) && v != 0xD7) ? v + 0x20 : v
    }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || ((0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7)
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || (0x09...0x0D).contains(v) }

    /// What a scalar below U+0100 is to the scanner: 0 other, 1 space, 2 lower-case letter, 3 upper-case letter,
    /// 4 digit; a table read instead of range tests per scalar.
    static let latin1Classes: [UInt8] = (0..<256).map { (v: UInt32) -> UInt8 in
        if isSpace(v) { return 1 }
        if isDigit(v) { return 4 }
        if isLetter(v) { return (0x41...0x5A).contains(v) || ((0xC0...0xDE).contains(v) && v != 0xD7) ? 3 : 2 }
        return 0
    }

    /// The class of any scalar (see ``latin1Classes``): above U+00FF, the Latin letters up to U+024F count as
    /// lower-case letters, everything else as other.
    @inline(__always)
    static func scalarClass(_ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        v < 256 ? table[Int(v)] : (v <= 0x24F ? 2 : 0)
    }

    /// For every scalar below U+0100: the lower-case letter it folds to, or 0 when it is no letter (no letter is
    /// U+0000). The word loop reads one table entry per letter.
    static let latin1Lower: [UInt8] = (0..<256).map { (v: UInt32) -> UInt8 in isLetter(v) ? UInt8(lowerValue(v)) : 0 }

    /// The lower-case letter `v` folds to, or 0: above U+00FF, the Latin letters up to U+024F are kept as they are.
    @inline(__always)
    static func foldedLetter(_ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt32 {
        v < 256 ? UInt32(table[Int(v)]) : (v <= 0x24F ? v : 0)
    }

    /// The lower-case letter `v` folds to, or 0: an ASCII letter by one test (no table read), any other scalar by
    /// ``foldedLetter(_:_:)``.
    @inline(__always)
    static func folded(_ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let ascii = v | 0x20
        if ascii &- 0x61 < 26 { return ascii }
        return v < 0x80 ? 0 : foldedLetter(v, table)
    }

    /// Hashes the letters of a word from `i` on into `hash` and moves `i` past them: ASCII letters by one test each,
    /// whose result is the letter's code (``DateLexicon/letterCode(_:)``), others by ``foldedLetter(_:_:)``. Returns
    /// the hash and the scalar that ends the word. A scalar that is no letter must follow within the text (the
    /// scanner's last break): no bound is tested.
    @inline(__always)
    static func hashLetters(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, from i: inout Int, hash: UInt64,
        _ lower: UnsafeBufferPointer<UInt8>
    ) -> (hash: UInt64, after: UInt64) {
        var h = hash
        var after: UInt64
        while true {
            while true {
                after = UInt64(text[i].value)
                let code = (after &- 0x41) & ~0x20
                guard code < 26 else { break }
                h = DateLexicon.hashStep(h, code)
                i &+= 1
            }
            guard after >= 0x80 else { break }
            let letter = foldedLetter(UInt32(truncatingIfNeeded: after), lower)
            if letter == 0 { break }
            h = DateLexicon.hashStep(h, DateLexicon.letterCode(letter))
            i &+= 1
        }
        return (h, after)
    }

    /// The token of the word `start..<end` with hash `hash`, ended by the scalar `after`: its lexicon slot looked up,
    /// its flags set.
    @inline(__always)
    static func word(
        from start: Int, to end: Int, hash: UInt64, after: UInt64, capitalised: Bool, _ lexicon: DateLexicon,
        _ starters: [Bool]
    ) -> DateToken {
        var flags = capitalised ? DateToken.capitalisedFlag : 0
        let slot = lexicon.slot(hash)
        // A slot the table found is within it, and `starters` has one entry a slot: read without a bound test.
        if slot >= 0, starters.withUnsafeBufferPointer({ $0[slot] }) { flags |= DateToken.mayStartFlag }
        // A letter the scanner does not read (Greek, Cyrillic) continues the number rules' letter run.
        if after >= 0x250, after < 0x530 { flags |= DateToken.continuesFlag }
        return DateToken(wordFrom: start, to: end, hash: UInt32(truncatingIfNeeded: hash), slot: slot, flags: flags)
    }

    /// Tokens of `range`. Texts beyond 2^31 scalars are not supported (offsets are stored in 32 bits).
    ///
    /// One pass, one table read per scalar; a word's hash is built as its letters are read, and its lexicon slot
    /// looked up once. The token array is allocated once for the most tokens the range can hold (one per scalar).
    /// Each token is marked whether a date may begin at it (``DateToken/mayStartDate``).
    static func tokens(_ scalars: [Unicode.Scalar], range: ScalarRange, lexicon: DateLexicon) -> [DateToken] {
        precondition(range.end < Int(Int32.max), "text too long for date scanning")
        precondition(range.end <= scalars.count, "range beyond the text")
        let starters = lexicon.startingSlots
        return latin1Classes.withUnsafeBufferPointer { classes in
            latin1Lower.withUnsafeBufferPointer { lower in
                scalars.withUnsafeBufferPointer { text in
                    [DateToken](unsafeUninitializedCapacity: range.length) { out, count in
                        let end = range.end
                        // The last scalar of the range that is no letter: a word that begins before it ends there at
                        // the latest, so its letters are read without a bound test. Only a word after it (when the
                        // range ends in letters) is read with one.
                        var lastBreak = end - 1
                        while lastBreak >= range.start, folded(text[lastBreak].value, lower) != 0 { lastBreak -= 1 }
                        var next = out.baseAddress!
                        var i = range.start
                        while i < end {
                            let v = text[i].value
                            let start = i
                            let token: DateToken
                            let code = (UInt64(v) | 0x20) &- 0x61
                            if code < 26, start < lastBreak {
                                // An ASCII letter that begins a word before the last break, the commonest token: its
                                // first letter is hashed from this read.
                                i &+= 1
                                let first = DateLexicon.hashStep(DateLexicon.hashBasis, code)
                                let (h, after) = hashLetters(text, from: &i, hash: first, lower)
                                token = word(
                                    from: start, to: i, hash: h, after: after, capitalised: v < 0x61, lexicon, starters)
                                next.initialize(to: token)
                                next += 1
                                // A space after it is passed here (the word ended before the last break).
                                if after == 0x20 { i &+= 1 }
                                continue
                            }
                            switch scalarClass(v, classes) {
                            case 1:
                                i += 1
                                continue
                            case let kind where kind == 2 || kind == 3:
                                var h = DateLexicon.hashBasis
                                // The scalar that ends the word (0 at the end of the range).
                                var after: UInt64 = 0
                                if start < lastBreak {
                                    (h, after) = hashLetters(text, from: &i, hash: h, lower)
                                } else {
                                    while i < end {
                                        let letter = folded(text[i].value, lower)
                                        if letter == 0 { break }
                                        h = DateLexicon.hashStep(h, DateLexicon.letterCode(letter))
                                        i += 1
                                    }
                                    after = i < end ? UInt64(text[i].value) : 0
                                }
                                token = word(
                                    from: start, to: i, hash: h, after: after, capitalised: kind == 3, lexicon, starters
                                )
                            case 4:
                                var value = 0
                                while i < end {
                                    let c = text[i].value
                                    guard c >= 0x30, c <= 0x39 else { break }
                                    if value < 100_000_000 { value = value * 10 + Int(c - 0x30) }
                                    i += 1
                                }
                                token = DateToken(
                                    kind: .number, start: start, end: i, value: value, digits: i - start,
                                    capitalised: false, mayStartDate: true)
                            default:
                                i += 1
                                token = DateToken(
                                    kind: .symbol, start: start, end: i, value: Int(v), digits: 0, capitalised: false)
                                if v >= DateToken.cjkFloor {
                                    // Marked on the range's first token once that is written (perhaps this one): a
                                    // flag carried through the loop cost a register in the word path.
                                    next.initialize(to: token)
                                    next += 1
                                    out.baseAddress!.pointee.markRangeHoldsCJK()
                                    continue
                                }
                            }
                            next.initialize(to: token)
                            next += 1
                            // Most tokens end at one space, which starts nothing: passed here, without a class read.
                            if i < end, text[i].value == 0x20 { i += 1 }
                        }
                        count = next - out.baseAddress!
                    }
                }
            }
        }
    }
}
