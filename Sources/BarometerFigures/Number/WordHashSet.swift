/// A set of words held as their hashes (the low 32 bits of ``DateLexicon/hash(_:)``, as ``DateToken/wordHash`` gives
/// them), with a one-hash Bloom filter in front: one array read turns away nearly every word of running text before
/// the set is probed.
struct WordHashSet: Sendable {
    /// One bit per hash of the set (``filterIndex(_:)``, ``filterBit(_:)``).
    private var filter = [UInt64](repeating: 0, count: WordHashSet.filterWords)
    /// The hashes with the lowest bit set, so that none is 0 (``ScalarKeys`` keeps 0 for empty slots).
    private var keys = ScalarKeys()
    /// 512 words = 32,768 bits: with about a hundred words in the set, under 0.5% of other words pass.
    private static let filterWords = 512

    init() {}

    init(_ hashes: [UInt32]) {
        let keys = hashes.map { $0 | 1 }
        self.keys = ScalarKeys(keys)
        for hash in hashes {
            filter[WordHashSet.filterIndex(hash)] |= WordHashSet.filterBit(hash)
        }
    }

    /// Whether a word of this hash may be in the set: false means surely not (words whose hashes differ only in the
    /// lowest bit are not told apart).
    @inline(__always)
    func contains(hash: UInt32) -> Bool {
        // The index is masked into the filter's fixed 512 words: read without a bound test (the English passing loop
        // asks this of every word).
        let word = filter.withUnsafeBufferPointer { $0[WordHashSet.filterIndex(hash)] }
        guard word & WordHashSet.filterBit(hash) != 0 else { return false }
        return keys.contains(hash | 1)
    }

    /// The filter's bit of a hash is its low 15 bits as they are (word, then bit in the word): the hash a word of the
    /// set was added with sets the bit it is read with, and the loop forms it with a shift, a mask and a bit test.
    /// (The filter reads the hash itself, not the key `hash | 1`: it may turn away a word whose hash differs from one
    /// of the set's only in the lowest bit, never a word of the set.)
    @inline(__always)
    private static func filterIndex(_ hash: UInt32) -> Int { Int(hash >> 6) & (filterWords - 1) }

    @inline(__always)
    private static func filterBit(_ hash: UInt32) -> UInt64 { 1 << UInt64(hash & 63) }
}
