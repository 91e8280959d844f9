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
    /// The inverse of `prime` modulo 2⁶⁴ (the prime is odd, so it has one): `prime &* primeInverse == 1`.
    static let primeInverse: UInt64 = 0xce96_5057_aff6_957b
    /// Fibonacci hashing multiplier (2⁶⁴/φ), which spreads the combined key over all bits.
    static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// One FNV-1a step over a whole scalar value.
    @inline(__always)
    static func add(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* prime
    }

    /// Undoes `add`: the hash before `scalar` was added, so a word's hash gives its stem's without rehashing it.
    @inline(__always)
    static func remove(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash &* primeInverse) ^ UInt64(scalar)
    }

    /// The key of a term so far (`offsetBasis` before its first token) extended by one token's hash.
    @inline(__always)
    static func combine(_ key: UInt64, _ token: UInt64) -> UInt64 {
        let x = (key ^ token) &* golden
        return x ^ (x >> 29)
    }

    /// The hash of scalars `start..<end`.
    @inline(__always)
    static func token<Scalars: RandomAccessCollection<UInt32>>(_ scalars: Scalars, _ start: Int, _ end: Int) -> UInt64
    where Scalars.Index == Int {
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
        /// `Tags` of the value, kept in the slot's padding so the matcher need not read the entry it points to.
        var tags = Tags()
    }

    /// What the matcher needs to know of an entry while it extends a match, stored beside its index.
    struct Tags: OptionSet, Sendable {
        let rawValue: UInt8
        /// A term ends here (not only a placeholder that says a longer term starts here).
        static let complete = Tags(rawValue: 1)
        /// Some longer term starts with this one.
        static let extends = Tags(rawValue: 2)
        /// A content term: complete, no rule word, with a valence or a finance role (`SentimentEngine.isContent`).
        static let content = Tags(rawValue: 4)
        /// A direction word that is no content term, as the final part of a compound ("Umsatz|plus").
        static let directionHead = Tags(rawValue: 8)
        /// In `LanguageLexicon.finalParts`: a longer final part ends with these letters, so the compound splitter's
        /// backward pass must read on; without it, the pass stops.
        static let longerPart = Tags(rawValue: 16)
    }

    /// An entry's index with its tags; index -1 when the key is not stored.
    struct Hit {
        var index: Int32
        var tags: Tags
    }
    private var slots: [Slot]
    private var mask: Int
    /// One bit per value of the key's top `filterBits` bits, set for every stored key: most words of running
    /// text are in no lexicon, and this 32 KB filter turns them away before the table is probed.
    private var filter: [UInt64]
    fileprivate static let filterBits: UInt64 = 18

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
    fileprivate static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    func lookup(_ key: UInt64) -> Int32 {
        find(key).index
    }

    /// The table's filter alone, for a caller that turns most keys away without a call to `find`.
    struct Filter: Sendable {
        fileprivate var words: [UInt64]

        /// False when `key` is not stored; true for every stored key (and for a few others).
        @inline(__always)
        func admits(_ key: UInt64) -> Bool {
            let bit = TermTable.stored(key) >> (64 - TermTable.filterBits)
            return words[Int(bit >> 6)] & (1 << (bit & 63)) != 0
        }

        /// Admits `key` too.
        mutating func insert(_ key: UInt64) {
            let bit = TermTable.stored(key) >> (64 - TermTable.filterBits)
            words[Int(bit >> 6)] |= 1 << (bit & 63)
        }
    }

    var keyFilter: Filter { Filter(words: filter) }

    /// The index stored under `key` and its tags (index -1 and no tags when absent).
    /// (`Tags()`, not the literal `[]`: the literal left an empty array's release on the path of every miss.)
    @inline(__always)
    func find(_ key: UInt64) -> Hit {
        let k = Self.stored(key)
        let bit = k >> (64 - Self.filterBits)
        if filter[Int(bit >> 6)] & (1 << (bit & 63)) == 0 { return Hit(index: -1, tags: Tags()) }
        var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let present = slots[slot]
            if present.key == k { return Hit(index: present.value, tags: present.tags) }
            if present.key == 0 { return Hit(index: -1, tags: Tags()) }
            slot = (slot + 1) & mask
        }
    }

    /// Sets every stored value's tags, once the entries they point to are final.
    mutating func tag(_ tags: (Int32) -> Tags) {
        for s in slots.indices where slots[s].key != 0 { slots[s].tags = tags(slots[s].value) }
    }

    /// Inserts or replaces the value for `key`, with its tags.
    mutating func insert(_ key: UInt64, value: Int32, tags: Tags = []) {
        if count * 2 >= slots.count { grow() }
        let k = Self.stored(key)
        let bit = k >> (64 - Self.filterBits)
        filter[Int(bit >> 6)] |= 1 << (bit & 63)
        var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            if slots[slot].key == k {
                slots[slot].value = value
                slots[slot].tags = tags
                return
            }
            if slots[slot].key == 0 {
                slots[slot] = Slot(key: k, value: value, tags: tags)
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private(set) var count = 0

    private mutating func grow() {
        self = copy(capacity: slots.count)
    }

    /// The same entries in a table sized for them (load factor at most 1/2).
    func resized() -> TermTable {
        copy(capacity: count)
    }

    private func copy(capacity: Int) -> TermTable {
        var copy = TermTable(capacity: capacity)
        for slot in slots where slot.key != 0 { copy.insert(slot.key, value: slot.value, tags: slot.tags) }
        return copy
    }
}
