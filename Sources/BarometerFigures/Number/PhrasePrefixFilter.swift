/// Whether a word may begin with one of a word list's phrases, read from the word's first four letters: one bit of a
/// 128 KB table (after a pass on the first two letters that most words fail) instead of a walk of the list's trie.
///
/// The German number scan asks this of every word: a compound splits into number morphemes only if one of them begins
/// it (``FigurePhraseTrie/firstSplit(_:from:to:)``). "einundzwanzig" and "Neunte" pass ("ein…", "neun…"), "Regierung",
/// "sie" and "Neues" do not (no morpheme begins "reg", none is "sie", none begins "neue").
///
///     let filter = PhrasePrefixFilter(phrases: ["ein", "neun"].map { words.trie.keys(of: $0) })
///     filter.mayHavePrefix(ScalarText("Neunte").folded, from: 0, to: 6)  // true: may be "neun…"
///     filter.mayHavePrefix(ScalarText("sie").folded, from: 0, to: 3)     // false
///
/// False means surely no phrase is a prefix; true means one may be (the trie decides).
struct PhrasePrefixFilter: Sendable {
    /// For each Latin-1 scalar, the code of the key it is among the first four keys of the phrases (1…31; the keys
    /// beyond the 30th share 31), or 0 when no phrase has it there (0 also stands for the end of a word of three
    /// letters); the last entry is the code of every scalar beyond Latin-1 (31 when some phrase has such a key among
    /// its first four, else 0).
    private var codes = [UInt8](repeating: 0, count: 257)
    /// One bit per (first code, second code, third code, fourth code): whether some phrase is a prefix of a word so
    /// written. Codes take 5 bits, so 2^20 bits.
    private var bits = [UInt64](repeating: 0, count: (1 << 20) / 64)
    /// For pairs of Latin-1 scalars as written (first << 8 | second), whether some phrase may begin a word that begins
    /// so: the first test, on the scalars as they are (no codes), which most words already fail.
    private var pairs = [UInt64](repeating: 0, count: (1 << 16) / 64)
    /// Keys of the shortest phrase made of letters: no phrase is a prefix of a shorter word.
    private(set) var shortest = Int.max

    private static let sharedCode: UInt8 = 31

    init() {}

    /// The filter of phrases given as trie keys (``FigurePhraseTrie/keys(of:)``); phrases with a scalar that is no
    /// letter are left out, since they are a prefix of no word.
    init(phrases: [[UInt32]]) {
        let letterPhrases = phrases.filter { phrase in
            !phrase.isEmpty && phrase.allSatisfy { Unicode.Scalar($0).map(ScalarClass.isLetter) ?? false }
        }
        var next: UInt8 = 1
        for key in letterPhrases.flatMap({ $0.prefix(4) }) {
            if key >= 256 {
                codes[256] = PhrasePrefixFilter.sharedCode
            } else if codes[Int(key)] == 0 {
                codes[Int(key)] = next
                if next < PhrasePrefixFilter.sharedCode { next += 1 }
            }
        }
        // The text is read without lower-casing: a capital has the code of the key it lowers onto.
        for v in 0..<256 where codes[v] == 0 {
            let key = FigurePhraseTrie.lowered(UInt32(v))
            if key != UInt32(v) { codes[v] = codes[Int(key)] }
        }
        // A pair is admitted as its keys may be written: each in lower case or as a capital that lowers onto it; a
        // phrase of one key admits any second scalar.
        func written(_ key: UInt32) -> [Int] {
            (0..<256).filter { FigurePhraseTrie.lowered(UInt32($0)) == key || $0 == key }
        }
        for phrase in letterPhrases where phrase.prefix(2).allSatisfy({ $0 < 256 }) {
            for first in written(phrase[0]) {
                for second in phrase.count > 1 ? written(phrase[1]) : Array(0..<256) {
                    let pair = first << 8 | second
                    pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                }
            }
        }
        let anyCode = 0...Int(PhrasePrefixFilter.sharedCode)
        for phrase in letterPhrases {
            shortest = min(shortest, phrase.count)
            let first = phrase.prefix(4).map { Int(codes[Int(min($0, 256))]) }
            // A phrase shorter than four keys begins any word that begins with it, whatever follows (or nothing: the
            // fourth code of a word of three letters is 0).
            let seconds = first.count > 1 ? first[1]...first[1] : anyCode
            let thirds = first.count > 2 ? first[2]...first[2] : anyCode
            let fourths = first.count > 3 ? first[3]...first[3] : anyCode
            for second in seconds {
                for third in thirds {
                    for fourth in fourths {
                        let index = Reader.index(first[0], second, third, fourth)
                        bits[index >> 6] |= 1 << UInt64(index & 63)
                    }
                }
            }
        }
    }

    /// Whether some phrase may be a prefix of the word `start..<end` of `text` (letters only, as the scanners split
    /// words).
    func mayHavePrefix(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        text.withUnsafeBufferPointer { text in withReader { $0.mayHavePrefix(text, from: start, to: end) } }
    }

    /// Calls `body` with a reader of the tables for a loop over many words; the reader must not outlive the call.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        codes.withUnsafeBufferPointer { codes in
            bits.withUnsafeBufferPointer { bits in
                pairs.withUnsafeBufferPointer { pairs in
                    body(
                        Reader(
                            codes: codes.baseAddress!, bits: bits.baseAddress!, pairs: pairs.baseAddress!,
                            shortest: shortest))
                }
            }
        }
    }

    /// The filter's tables read without bounds checks: every index it forms is in range (a scalar's code index is at
    /// most 256, a pair below 2^16, a bit index below 2^20), and the scanners' loop over the words of a text asks it of each
    /// word.
    struct Reader {
        fileprivate let codes: UnsafePointer<UInt8>
        fileprivate let bits: UnsafePointer<UInt64>
        fileprivate let pairs: UnsafePointer<UInt64>
        fileprivate let shortest: Int

        /// ``PhrasePrefixFilter/mayHavePrefix(_:from:to:)``.
        @inline(__always)
        func mayHavePrefix(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Bool {
            let length = end - start
            guard length >= 3 else { return length >= shortest }
            let first = text[start].value
            let second = text[start + 1].value
            if first | second < 256 {
                let pair = Int(first << 8 | second)
                guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
            }
            let index = Reader.index(
                code(text[start]), code(text[start + 1]), code(text[start + 2]), length > 3 ? code(text[start + 3]) : 0)
            return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
        }

        @inline(__always)
        private func code(_ scalar: Unicode.Scalar) -> Int { Int(codes[Int(min(scalar.value, 256))]) }

        @inline(__always)
        fileprivate static func index(_ first: Int, _ second: Int, _ third: Int, _ fourth: Int) -> Int {
            first << 15 | second << 10 | third << 5 | fourth
        }
    }
}
