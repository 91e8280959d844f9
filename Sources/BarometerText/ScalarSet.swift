/// A small set of Unicode scalars with constant-time membership for ASCII, for per-scalar scanning.
///
/// `Set<Unicode.Scalar>` hashes every probe; the scanners ask about every scalar of every
/// article, so ASCII answers come from a 128-bit mask and the few non-ASCII members from a short array.
struct ScalarSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var others: [UInt32] = []
    private var othersMin: UInt32 = .max
    private var othersMax: UInt32 = 0

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for c in scalars { insert(c) }
    }

    mutating func insert(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 64 {
            low |= 1 << UInt64(v)
        } else if v < 128 {
            high |= 1 << UInt64(v - 64)
        } else if !others.contains(v) {
            others.append(v)
            othersMin = min(othersMin, v)
            othersMax = max(othersMax, v)
        }
    }

    var isEmpty: Bool { low == 0 && high == 0 && others.isEmpty }

    @inline(__always)
    func contains(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 64 { return low & (1 << UInt64(v)) != 0 }
        if v < 128 { return high & (1 << UInt64(v - 64)) != 0 }
        if v < othersMin || v > othersMax { return false }
        return others.contains(v)
    }
}
