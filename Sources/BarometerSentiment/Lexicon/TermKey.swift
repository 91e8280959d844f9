/// Hash keys for lexicon terms, computed from Unicode scalars without building a `String`.
///
/// A token's hash is 64-bit FNV-1a over its folded scalar values (one step per scalar); a term's key combines the
/// hashes of its tokens (words, or characters in Chinese) in order. The scanner computes token hashes while it
/// reads a sentence, so extending a match by one token costs one `combine`, and a lookup never allocates.
/// Two bundled terms with the same key would stop the table build (`LanguageLexicon` checks the stored term), so a
/// hit is a real match up to the ~2⁻⁶⁴ chance that an unseen word collides with a stored term.
enum TermKey {
    /// FNV-1a 64-bit offset basis (Fowler–Noll–Vo, http://www.isthe.com/chongo/tech/comp/fnv/).
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a 64-bit prime.
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// Fibonacci hashing multiplier (2⁶⁴/φ), which spreads the combined key over all bits.
    static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// One FNV-1a step over a whole scalar value.
    @inline(__always)
    static func add(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* prime
    }

    /// The key of a term so far (`offsetBasis` before its first token) extended by one token's hash.
    @inline(__always)
    static func combine(_ key: UInt64, _ token: UInt64) -> UInt64 {
        let x = (key ^ token) &* golden
        return x ^ (x >> 29)
    }

    /// The hash of scalars `start..<end`.
    @inline(__always)
    static func token(_ scalars: [UInt32], _ start: Int, _ end: Int) -> UInt64 {
        var h = offsetBasis
        for s in start..<end { h = add(h, scalars[s]) }
        return h
    }
}

/// Open-addressing hash table from term keys to entry indices; built once, read without locks or allocation.
struct TermTable: Sendable {
    /// A key and its value side by side, so a hit reads one cache line, not one in each of two arrays.
    private struct Slot {
        var key: UInt64 = 0
        var value: Int32 = -1
    }
    private var slots: [Slot]
    private var mask: Int
    /// One bit per value of the key's top `filterBits` bits, set for every stored key: most words of running
    /// text are in no lexicon, and this 32 KB filter turns them away before the table is probed.
    private var filter: [UInt64]
    private static let filterBits: UInt64 = 18

    init(capacity: Int) {
        var size = 16
        // Load factor at most 1/2, so a probe sequence ends after a couple of steps.
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        filter = Array(repeating: 0, count: 1 << (Int(Self.filterBits) - 6))
    }

    /// Key 0 marks an empty slot; a term that hashes to 0 is stored under 1.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    func lookup(_ key: UInt64) -> Int32 {
        let k = Self.stored(key)
        let bit = k >> (64 - Self.filterBits)
        if filter[Int(bit >> 6)] & (1 << (bit & 63)) == 0 { return -1 }
        var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let present = slots[slot]
            if present.key == k { return present.value }
            if present.key == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Inserts or replaces the value for `key`.
    mutating func insert(_ key: UInt64, value: Int32) {
        if count * 2 >= slots.count { grow() }
        let k = Self.stored(key)
        let bit = k >> (64 - Self.filterBits)
        filter[Int(bit >> 6)] |= 1 << (bit & 63)
        var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            if slots[slot].key == k {
                slots[slot].value = value
                return
            }
            if slots[slot].key == 0 {
                slots[slot] = Slot(key: k, value: value)
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private(set) var count = 0

    private mutating func grow() {
        var bigger = TermTable(capacity: slots.count)
        for slot in slots where slot.key != 0 { bigger.insert(slot.key, value: slot.value) }
        self = bigger
    }
}
