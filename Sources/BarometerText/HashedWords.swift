/// An open-addressing table from word hashes to small bit sets, for lookups while scanning.
///
/// The scanners look up a word at every short word (language profiles) or every period
/// (abbreviations); building a `String` and hashing it through `Dictionary` each time dominated
/// the text stage's profile. Here a word is hashed scalar by scalar as it is read (FNV-1a, 64 bits:
/// a collision between a text word and one of a few hundred listed words is about 1 in 10^16).
struct HashedWords: Sendable {
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }

    /// The hash of a whole word.
    static func hash<S: Sequence>(_ word: S) -> UInt64 where S.Element == Unicode.Scalar {
        word.reduce(emptyHash, hash)
    }

    private let keys: [UInt64]
    private let masks: [UInt16]
    private let slotMask: Int

    init(_ entries: [UInt64: UInt16]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }  // at most a quarter full: short probe runs
        var keys = [UInt64](repeating: 0, count: size)
        var masks = [UInt16](repeating: 0, count: size)
        for (key, mask) in entries {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            masks[slot] = mask
        }
        self.keys = keys
        self.masks = masks
        self.slotMask = size - 1
    }

    /// A set of words (each with the bit set 1).
    init<S: Sequence>(set words: S) where S.Element == String {
        var entries: [UInt64: UInt16] = [:]
        for word in words { entries[Self.hash(word.unicodeScalars)] = 1 }
        self.init(entries)
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { mask(for: key) != 0 }

    @inline(__always)
    func mask(for key: UInt64) -> UInt16 {
        var slot = Int(truncatingIfNeeded: key) & slotMask
        while true {
            let k = keys[slot]
            if k == key { return masks[slot] }
            if k == 0 { return 0 }
            slot = (slot + 1) & slotMask
        }
    }
}
