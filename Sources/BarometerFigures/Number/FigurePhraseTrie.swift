import BarometerText

/// A trie of phrases over Unicode scalars, for finding word-list entries at a position without copying text.
///
/// Keys are folded (`ScalarText.fold`) and, unless the trie is case-sensitive, lower-cased, so "Mio." and "mio."
/// match one entry. A space in a phrase matches one space in the text.
///
///     var trie = FigurePhraseTrie(caseSensitive: false)
///     trie.insert("per cent", payload: 0)
///     trie.longestMatch(in: ScalarText("5 Per Cent").folded, from: 2, limit: 10) { _ in true }   // (10, 0)
///
/// - Complexity: a match costs one hash look-up per scalar of the longest matching prefix.
struct FigurePhraseTrie: Sendable {
    private struct Node: Sendable {
        var children: [UInt32: Int32] = [:]
        var payload: Int32 = -1
    }

    /// The trie as built (dictionaries), kept for insertion.
    private var nodes: [Node] = [Node()]
    /// The trie as matched: every node's children in an open-addressing table of its own
    /// (`nodeSlots[node]`: the table's first slot in the high 32 bits, its mask in the low ones), since hashing scalars
    /// with `Hasher` dominated the scan time. A slot holds its key in the high 32 bits and its target node in the low
    /// ones: a probe reads one array element, where separate arrays cost a read (and a bounds check) each.
    private var nodeSlots: [UInt64] = [0]
    private var slots: [UInt64] = [FigurePhraseTrie.emptySlot]
    private var payloads: [Int32] = [-1]
    private static let empty = UInt32.max
    private static let emptySlot = UInt64(empty) << 32 | UInt64(UInt32.max)

    let caseSensitive: Bool
    /// Whether phrases are stored and matched right to left (for words standing before a figure).
    let reversed: Bool

    /// Whether spaces in the text between a phrase's characters are skipped (Chinese, where "个 百 分点" is layout).
    var skipsSpaces = false

    init(caseSensitive: Bool, reversed: Bool = false) {
        self.caseSensitive = caseSensitive
        self.reversed = reversed
    }

    var isEmpty: Bool { nodes[0].children.isEmpty }

    /// For pairs of Latin-1 scalars as written (keyed first << 8 | second), whether some phrase starts with their
    /// keys, one bit each (8 KB, so it stays in the first-level cache beside the text): one array read rejects most
    /// words before any trie walk. Both cases of a letter have their bit, so the text is read without lower-casing.
    private var latinPairs: [UInt64] = []
    /// For Latin-1 scalars as written: whether some phrase starts with the key it lowers onto (or, in a
    /// case-sensitive trie, with it), so that the text is read without lower-casing.
    private var latinFirsts = [Bool](repeating: false, count: 256)

    /// Whether a phrase may start with the two scalars at `start` (true when either is beyond Latin-1).
    @inline(__always)
    func mayStartPhrase(_ scalars: [Unicode.Scalar], at start: Int, limit: Int) -> Bool {
        guard start + 1 < limit else { return true }
        return admitsPair(scalars[start].value, scalars[start + 1].value)
    }

    /// For a reversed trie (whose first keys are phrases' last scalars): whether a phrase may end just before `end`
    /// and start at or after `floor`, told by the two scalars before `end` as ``mayStartPhrase(_:at:limit:)`` tells
    /// it by the two at a start. The digit scan asks it of the word before most numbers ("in", "the"), which ends
    /// no version name ("Llama 2", "iPhone 15").
    @inline(__always)
    func mayEndPhrase(_ scalars: [Unicode.Scalar], before end: Int, floor: Int) -> Bool {
        guard end > floor else { return false }
        guard end - 2 >= floor else { return true }
        return admitsPair(scalars[end - 1].value, scalars[end - 2].value)
    }

    /// Whether the pair table admits `a` followed (in the trie's direction) by `b`; true when either is beyond
    /// Latin-1 or the trie keeps no table.
    @inline(__always)
    private func admitsPair(_ a: UInt32, _ b: UInt32) -> Bool {
        guard a < 256, b < 256, !latinPairs.isEmpty else { return true }
        let pair = Int(a << 8 | b)
        return latinPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// Whether some phrase starts with `scalar`: one array read for Latin-1, one probe of the root beyond (where no
    /// scalar lowers, so the scalar is its own key).
    @inline(__always)
    func mayStart(with scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 256 ? latinFirsts[Int(v)] : child(0, v) != nil
    }

    /// The first position from `start` on (or `limit`) whose scalar some phrase starts with: ``mayStart(with:)`` in
    /// a loop without bounds checks.
    func nextPossibleStart(in scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        scalars.withUnsafeBufferPointer { text in
            let end = min(limit, text.count)
            var i = start
            while i < end, !mayStart(with: text[i]) { i += 1 }
            return i
        }
    }

    @inline(__always)
    func key(_ scalar: Unicode.Scalar) -> UInt32 {
        caseSensitive ? scalar.value : FigurePhraseTrie.lowered(scalar.value)
    }

    /// Lower-cases ASCII and Latin-1 capitals; leaves every other scalar alone.
    @inline(__always)
    static func lowered(_ v: UInt32) -> UInt32 {
        if v >= 0x41 && v <= 0x5A { return v + 32 }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 32 }
        return v
    }

    /// The keys a phrase is stored under, in text order: its folded scalars, lower-cased unless the trie is
    /// case-sensitive.
    func keys(of phrase: String) -> [UInt32] { phrase.unicodeScalars.map { key(ScalarText.fold($0)) } }

    /// Adds a phrase; a later insertion of the same phrase replaces the payload (callers reject duplicates in data tests).
    mutating func insert(_ phrase: String, payload: Int) {
        var keys = keys(of: phrase)
        precondition(keys.count <= FigurePhraseTrie.longestPhrase, "phrase too long for the trie: \(phrase)")
        if reversed { keys.reverse() }
        var node = 0
        for k in keys {
            if let next = nodes[node].children[k] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                nodes[node].children[k] = Int32(next)
                node = next
            }
        }
        nodes[node].payload = Int32(payload)
        compile()
    }

    /// Lays the children of every node out in open-addressing tables (load factor at most one half).
    private mutating func compile() {
        // Pairs of Latin-1 scalars that start a phrase; a one-letter phrase ("m", "a") admits any second scalar, and
        // phrases starting beyond Latin-1 are not filtered (mayStartPhrase answers true for them).
        latinPairs = skipsSpaces ? [] : Array(repeating: 0, count: (1 << 16) / 64)
        // A pair is admitted as its keys are written: in lower case and, unless the trie is case-sensitive, with
        // either letter a capital that lowers onto it.
        func written(_ k: Int) -> [Int] {
            !caseSensitive && k >= 32 && FigurePhraseTrie.lowered(UInt32(k - 32)) == k ? [k, k - 32] : [k]
        }
        if !latinPairs.isEmpty {
            for (firstKey, next) in nodes[0].children where firstKey < 256 {
                let node = nodes[Int(next)]
                for first in written(Int(firstKey)) {
                    if node.payload >= 0 || node.children.keys.contains(where: { $0 >= 256 }) {
                        // Any second scalar: the first's whole row of 256 bits.
                        for word in 0..<4 { latinPairs[(first << 2) + word] = .max }
                        continue
                    }
                    for second in node.children.keys.flatMap({ written(Int($0)) }) {
                        let bit = first << 8 | second
                        latinPairs[bit >> 6] |= 1 << UInt64(bit & 63)
                    }
                }
            }
        }
        latinFirsts = (0..<256).map { nodes[0].children[key(Unicode.Scalar(UInt8($0)))] != nil }
        nodeSlots = []
        slots = []
        payloads = nodes.map(\.payload)
        for node in nodes {
            var capacity = 1
            while capacity < node.children.count * 2 { capacity *= 2 }
            let base = slots.count
            nodeSlots.append(UInt64(base) << 32 | UInt64(capacity - 1))
            slots.append(contentsOf: repeatElement(FigurePhraseTrie.emptySlot, count: capacity))
            for (key, target) in node.children {
                var slot = Int(FigurePhraseTrie.hash(key) & UInt32(capacity - 1))
                while slots[base + slot] != FigurePhraseTrie.emptySlot { slot = (slot + 1) & (capacity - 1) }
                slots[base + slot] = UInt64(key) << 32 | UInt64(UInt32(bitPattern: target))
            }
        }
    }

    @inline(__always)
    private static func hash(_ key: UInt32) -> UInt32 { (key &* 2_654_435_761) >> 7 }

    /// The child of `node` along `key`, or nil.
    @inline(__always)
    private func child(_ node: Int, _ key: UInt32) -> Int? {
        let table = nodeSlots[node]
        let base = Int(table >> 32)
        let mask = UInt32(truncatingIfNeeded: table)
        var slot = FigurePhraseTrie.hash(key) & mask
        while true {
            let entry = slots[base + Int(slot)]
            let k = UInt32(truncatingIfNeeded: entry >> 32)
            if k == key { return Int(Int32(bitPattern: UInt32(truncatingIfNeeded: entry))) }
            if k == FigurePhraseTrie.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The longest phrase starting at `start` and ending at or before `limit` whose end satisfies `acceptsEnd`;
    /// returns its exclusive end and payload.
    func longestMatch(
        in scalars: [Unicode.Scalar], from start: Int, limit: Int, acceptsEnd: (Int) -> Bool
    ) -> (end: Int, payload: Int)? {
        precondition(!reversed, "a reversed trie matches with longestMatch(endingAt:)")
        var node = 0
        var best: (end: Int, payload: Int)?
        var position = start
        while position < limit {
            if skipsSpaces, position > start, scalars[position] == " " {
                position += 1
                continue
            }
            guard let next = child(node, key(scalars[position])) else { break }
            node = next
            position += 1
            if payloads[node] >= 0, acceptsEnd(position) {
                best = (position, Int(payloads[node]))
            }
        }
        return best
    }

    /// The payload of the phrase that is exactly `start..<end` of `scalars`, or nil: one walk, no closure.
    func payload(of scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        var node = 0
        for position in start..<end {
            guard let next = child(node, key(scalars[position])) else { return nil }
            node = next
        }
        return payloads[node] >= 0 ? Int(payloads[node]) : nil
    }

    /// The first split of `start..<end` into whole phrases back to back, trying the longer phrase first at each
    /// position (the order `allMatches` read from its end gives, with backtracking): the payloads in text order, or
    /// nil when there is none (or the range is empty). A word that does not split allocates nothing.
    func firstSplit(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> [Int]? {
        var payloadsFromEnd: [Int] = []
        guard split(scalars, from: start, to: end, into: &payloadsFromEnd) else { return nil }
        return payloadsFromEnd.reversed()
    }

    /// Splits `start..<end` (see ``firstSplit(_:from:to:)``), appending the payloads last phrase first. One walk finds
    /// every phrase starting at `start`, its ends kept as bits of a word (no phrase is longer than
    /// ``longestPhrase``), then the ends are tried longest first.
    private func split(_ scalars: [Unicode.Scalar], from start: Int, to end: Int, into found: inout [Int]) -> Bool {
        var node = 0
        var position = start
        var ends: UInt64 = 0  // bit k: a phrase ends at start + k
        while position < end, position - start < FigurePhraseTrie.longestPhrase,
            let next = child(node, key(scalars[position]))
        {
            node = next
            position += 1
            if payloads[node] >= 0 { ends |= 1 << UInt64(position - start) }
        }
        while ends != 0 {
            let length = 63 - ends.leadingZeroBitCount
            ends &= ~(1 << UInt64(length))
            let phraseEnd = start + length
            guard phraseEnd == end || split(scalars, from: phraseEnd, to: end, into: &found),
                let payload = payload(of: scalars, from: start, to: phraseEnd)
            else { continue }
            found.append(payload)
            return true
        }
        return false
    }

    /// The most scalars a phrase may have (``split(_:from:to:into:)`` keeps a phrase's end as a bit of a `UInt64`).
    static let longestPhrase = 63

    /// For a reversed trie: the longest phrase ending just before `end` and starting at or after `floor`
    /// whose start satisfies `acceptsStart`; returns its start and payload.
    func longestMatch(
        in scalars: [Unicode.Scalar], endingAt end: Int, floor: Int, acceptsStart: (Int) -> Bool
    ) -> (start: Int, payload: Int)? {
        precondition(reversed, "a forward trie matches with longestMatch(from:)")
        var node = 0
        var best: (start: Int, payload: Int)?
        var position = end
        while position > floor, let next = child(node, key(scalars[position - 1])) {
            node = next
            position -= 1
            if payloads[node] >= 0, acceptsStart(position) {
                best = (position, Int(payloads[node]))
            }
        }
        return best
    }
}

/// Character classes the figure scanners need, on folded scalars.
enum ScalarClass {
    @inline(__always)
    static func digit(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Letters of alphabetic scripts (Latin, Greek, Cyrillic), which delimit words in English and German.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // Setting bit 5 maps A–Z onto a–z and no other ASCII scalar into a–z: one comparison, no branch.
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return v >= 0xC0 && v < 0x0530 && v != 0xD7 && v != 0xF7
    }

    /// Where the run of letters starting at `start` ends (`start` itself when no letter stands there), at most at
    /// `limit`: the scanners' tightest loop, read without bounds checks.
    @inline(__always)
    static func letterRunEnd(_ scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        scalars.withUnsafeBufferPointer { text in
            let end = min(limit, text.count)
            var i = start
            while i < end, isLetter(text[i]) { i += 1 }
            return i
        }
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7)
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }
}
