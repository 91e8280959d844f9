/// Values keyed by a Unicode scalar value, for the few dozen numerals and markers that a scanner asks about at nearly
/// every character of a Chinese text.
///
/// Open addressing with a multiplicative hash: a probe costs a multiply, a shift and a compare or two, where
/// `Dictionary<UInt32, _>` runs SipHash for every question. Built once with a lexicon, read-only afterwards.
///
///     var digits: ScalarMap<Int> = [:]
///     digits[0x4E09] = 3        // 三
///     digits[0x4E09]            // 3
///     digits[0x4E00 + 1]        // nil
struct ScalarMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// 0 marks an empty slot: U+0000 is never a key.
    private var slots: [UInt32]
    private var values: [Value?]
    /// Slots are `1 << bits`; the hash keeps the top `bits` bits of the product.
    private var bits: UInt32
    private(set) var count = 0

    init() {
        bits = 3
        slots = Array(repeating: 0, count: 1 << 3)
        values = Array(repeating: nil, count: 1 << 3)
    }

    init(dictionaryLiteral elements: (UInt32, Value)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }

    /// Every key, in slot order.
    var keys: [UInt32] { slots.filter { $0 != 0 } }

    @inline(__always)
    private func home(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> (32 - bits)) }

    /// The slot holding `key`, or nil.
    @inline(__always)
    private func slot(of key: UInt32) -> Int? {
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let k = slots[i]
            if k == key { return k == 0 ? nil : i }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Whether `key` has a value (without copying the value out).
    @inline(__always)
    func contains(_ key: UInt32) -> Bool { slot(of: key) != nil }

    subscript(key: UInt32) -> Value? {
        @inline(__always)
        get { slot(of: key).flatMap { values[$0] } }
        set {
            precondition(key != 0, "U+0000 cannot be a key of a scalar map")
            guard let newValue else {
                precondition(self[key] == nil, "scalar maps do not remove keys")
                return
            }
            let mask = slots.count - 1
            var i = home(key)
            while slots[i] != 0, slots[i] != key { i = (i + 1) & mask }
            if slots[i] == 0 { count += 1 }
            slots[i] = key
            values[i] = newValue
            // At most a quarter full, so a miss ends after about one probe.
            if count * 4 > slots.count { grow() }
        }
    }

    private mutating func grow() {
        let old = zip(slots, values).filter { $0.0 != 0 }
        bits += 1
        slots = Array(repeating: 0, count: 1 << Int(bits))
        values = Array(repeating: nil, count: 1 << Int(bits))
        count = 0
        for (key, value) in old { self[key] = value }
    }
}

/// A set of Unicode scalar values with the probe cost of ``ScalarMap``.
struct ScalarKeys: Sendable, ExpressibleByArrayLiteral {
    private var map = ScalarMap<Bool>()

    init() {}

    init<S: Sequence>(_ keys: S) where S.Element == UInt32 {
        for key in keys { map[key] = true }
    }

    init(arrayLiteral elements: UInt32...) { self.init(elements) }

    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { map[scalar.value] = true }
    }

    @inline(__always)
    func contains(_ key: UInt32) -> Bool { map[key] != nil }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool { map[scalar.value] != nil }

    var keys: [UInt32] { map.keys }
    var count: Int { map.count }
}

/// A flag for every scalar below a bound, found by one array read, and a scan for the next flagged scalar of a text
/// (scanners pass most scalars of a text this way, so the scan runs without bounds checks).
///
///     let stops = ScalarFlags(count: 0x10000, flagged: ["年", "月"] as [Unicode.Scalar])
///     stops.next(in: Array("今年三月".unicodeScalars), from: 0, limit: 4)   // 1
struct ScalarFlags: Sendable {
    private let flags: [Bool]
    /// The flag of scalars at or beyond `count`.
    let beyond: Bool

    init(count: Int, beyond: Bool = false, flagged: some Sequence<Unicode.Scalar>) {
        var flags = [Bool](repeating: false, count: count)
        for c in flagged where Int(c.value) < count { flags[Int(c.value)] = true }
        self.flags = flags
        self.beyond = beyond
    }

    @inline(__always)
    subscript(_ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        return v < flags.count ? flags[v] : beyond
    }

    /// The first position from `start` before `limit` (and the text's end) whose scalar is flagged, or that end.
    func next(in text: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        text.withUnsafeBufferPointer { text in
            flags.withUnsafeBufferPointer { flags in
                let end = min(limit, text.count)
                var i = start
                while i < end {
                    let v = Int(text[i].value)
                    if v < flags.count ? flags[v] : beyond { return i }
                    i += 1
                }
                return i
            }
        }
    }
}

/// A set of ASCII scalars held in two words of bits: a membership test is a shift and a mask, no array read (the
/// number scan asks it of every symbol and space it passes).
struct ASCIIFlags: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(flagged: (Unicode.Scalar) -> Bool) {
        for v in 0..<UInt32(128) where flagged(Unicode.Scalar(v)!) {
            if v < 64 { low |= 1 << UInt64(v) } else { high |= 1 << UInt64(v - 64) }
        }
    }

    /// Whether the scalar of value `v` is flagged (never beyond ASCII).
    @inline(__always)
    func contains(_ v: Int) -> Bool {
        guard v >= 0, v < 128 else { return false }
        return (v < 64 ? low >> UInt64(v) : high >> UInt64(v - 64)) & 1 != 0
    }
}
