import BarometerText
import Testing

@testable import BarometerFigures

/// The small tables the scanners read at every character: they must answer exactly as a `Dictionary` or a linear
/// scan would.
@Suite struct ScanTableTests {
    @Test("a scalar map finds every key it was given and nothing else, across growth")
    func scalarMap() {
        var map: ScalarMap<Int> = [:]
        var reference: [UInt32: Int] = [:]
        // Han numerals and neighbours: keys that share their low bits, so probes collide and the table grows.
        let keys: [UInt32] = Array(0x4E00...0x4E40) + [0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x96F6, 0x3007, 0x2D]
        for (n, key) in keys.enumerated() {
            map[key] = n
            reference[key] = n
        }
        map[0x4E09] = 3  // a key set twice keeps the last value
        reference[0x4E09] = 3
        #expect(map.count == reference.count)
        for key in UInt32(0x20)...UInt32(0x9FFF) { #expect(map[key] == reference[key], "U+\(String(key, radix: 16))") }
        #expect(Set(map.keys) == Set(reference.keys))
    }

    @Test("a scalar key set answers membership only for its members")
    func scalarKeys() {
        let set: ScalarKeys = [0x70B9, 0x9EDE]  // 点 點
        #expect(set.contains(0x70B9) && set.contains(0x9EDE))
        #expect(!set.contains(0x70BA) && !set.contains(0x2E) && !set.contains(0x1_0000))
        #expect(ScalarKeys().count == 0 && !ScalarKeys().contains(0x70B9))
    }

    @Test("kept ranges reject exactly the ranges that overlap a kept one")
    func keptRanges() {
        func r(_ start: Int, _ end: Int) -> ScalarRange { ScalarRange(start: start, end: end) }
        func insert(_ kept: inout KeptRanges, _ range: ScalarRange) -> Bool { kept.insertUnlessOverlapping(range) }
        // Disjoint dates: neighbours decide.
        var kept = KeptRanges([r(20, 30), r(0, 5)])
        #expect(insert(&kept, r(4, 6)) == false)  // into the first
        #expect(insert(&kept, r(29, 40)) == false)  // into the last
        #expect(insert(&kept, r(10, 21)) == false)  // reaching into the next
        #expect(insert(&kept, r(5, 20)) == true)  // touching both, overlapping neither
        #expect(insert(&kept, r(6, 7)) == false)  // inside the one just kept
        #expect(insert(&kept, r(30, 31)) == true)
        // Nested dates ("Q3 2023" holding "2023"): a range inside the outer one but after the inner one overlaps.
        var nested = KeptRanges([r(0, 10), r(2, 3)])
        #expect(insert(&nested, r(5, 6)) == false)
        #expect(insert(&nested, r(10, 12)) == true)
        // An empty range kept among others.
        var empty = KeptRanges([r(5, 8)])
        #expect(insert(&empty, r(5, 5)) == true)
        #expect(insert(&empty, r(6, 7)) == false)
    }
}
