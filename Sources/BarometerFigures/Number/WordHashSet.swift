/// A set of words held as their hashes (the low 32 bits of ``DateLexicon/hash(_:)``, as ``DateToken/wordHash`` gives
/// them), with a one-hash Bloom filter in front: one array read turns away nearly every word of running text before
/// the set is probed.
struct WordHashSet: Sendable {
    /// One bit per bucket of `keys`.
    private var filter = [UInt64](repeating: 0, count: WordHashSet.filterWords)
    /// The hashes with the lowest bit set, so that none is 0 (``ScalarKeys`` keeps 0 for empty slots).
    private var keys = ScalarKeys()
    /// 512 words = 32,768 bits: with about a hundred words in the set, under 0.5% of other words pass.
    private static let filterWords = 512

    init() {}

    init(_ hashes: [UInt32]) {
        let keys = hashes.map { $0 | 1 }
        self.keys = ScalarKeys(keys)
        for key in keys {
            let bit = key >> 1
            filter[Int(bit >> 6) & (WordHashSet.filterWords - 1)] |= 1 << UInt64(bit & 63)
        }
    }

    /// Whether a word of this hash may be in the set: false means surely not (words whose hashes differ only in the
    /// lowest bit are not told apart).
    @inline(__always)
    func contains(hash: UInt32) -> Bool {
        let key = hash | 1
        let bit = key >> 1
        // The index is masked into the filter's fixed 512 words: read without a bound test (the English passing loop
        // asks this of every word).
        let word = filter.withUnsafeBufferPointer { $0[Int(bit >> 6) & (WordHashSet.filterWords - 1)] }
        guard word & (1 << UInt64(bit & 63)) != 0 else { return false }
        return keys.contains(key)
    }
}
