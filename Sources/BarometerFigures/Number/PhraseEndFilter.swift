/// Whether a phrase of a list may end just before a position, from the two scalars there: one bit of an 8 KB table
/// keyed by the last scalar and the one before it as the text writes them, instead of a walk of the list's reversed
/// trie. The digit scan asks it at every number after a space, for the version names ("Llama 2", "iPhone 15"): the
/// word before most numbers ("in", "the", "of") ends no name.
///
///     let filter = PhraseEndFilter(phrases: ["llama", "v"].map { names.trie.keys(of: $0) }, key: names.trie.key)
///     filter.mayEnd(ScalarText("Llama").folded, before: 5, floor: 0)  // true: may be "…llama"
///     filter.mayEnd(ScalarText("in").folded, before: 2, floor: 0)     // false
///
/// False means surely no phrase ends there; true means one may (the trie decides).
struct PhraseEndFilter: Sendable {
    /// For pairs of Latin-1 scalars as written (last << 8 | the one before), whether some phrase ends so; a phrase of
    /// one scalar admits any scalar before it.
    private var pairs = [UInt64](repeating: 0, count: (1 << 16) / 64)
    /// Whether some phrase ends in a key beyond Latin-1 (or has one just before its last): then every position is
    /// admitted.
    private var admitsAll = false

    init() {}

    /// The filter of phrases given as trie keys in text order (``FigurePhraseTrie/keys(of:)``); `key` is the trie's
    /// key of a scalar, so that every way the text may write a key is admitted (a capital that lowers onto it).
    init(phrases: [[UInt32]], key: (Unicode.Scalar) -> UInt32) {
        func written(_ k: UInt32) -> [Int] { (0..<256).filter { key(Unicode.Scalar(UInt8($0))) == k } }
        for phrase in phrases {
            guard let last = phrase.last else { continue }
            guard last < 256, phrase.count < 2 || phrase[phrase.count - 2] < 256 else {
                admitsAll = true
                continue
            }
            let befores = phrase.count > 1 ? written(phrase[phrase.count - 2]) : Array(0..<256)
            for a in written(last) {
                for b in befores {
                    let pair = a << 8 | b
                    pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                }
            }
        }
    }

    /// Whether a phrase may end just before `end` (its last scalar at `end - 1`) and start at or after `floor`.
    func mayEnd(_ f: [Unicode.Scalar], before end: Int, floor: Int) -> Bool {
        guard end > floor else { return false }
        guard !admitsAll, end - 2 >= floor else { return true }
        let a = f[end - 1].value
        let b = f[end - 2].value
        // A last scalar beyond Latin-1 ends no phrase (it would have set `admitsAll`); one before it is not filtered.
        guard a < 256 else { return false }
        guard b < 256 else { return true }
        let pair = Int(a << 8 | b)
        return pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }
}
