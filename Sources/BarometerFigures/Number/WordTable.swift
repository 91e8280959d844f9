import BarometerText

/// A trie built from a word list, with the payload indexing into `values`.
struct WordTable<Value: Sendable>: Sendable {
    var trie: FigurePhraseTrie
    var values: [Value]
    /// Every entry as added, with the index of its value (a later entry of the same text replaces an earlier one).
    private(set) var entries: [(text: String, value: Int)] = []

    init(caseSensitive: Bool = false, reversed: Bool = false) {
        trie = FigurePhraseTrie(caseSensitive: caseSensitive, reversed: reversed)
        values = []
    }

    init(_ entries: [(String, Value)], caseSensitive: Bool = false, reversed: Bool = false) {
        self.init(caseSensitive: caseSensitive, reversed: reversed)
        for (word, value) in entries { add(word, value) }
    }

    /// Skip spaces between a phrase's characters when matching forward (Chinese layout: "个 百 分点").
    mutating func skipSpaces(_ skip: Bool) { trie.skipsSpaces = skip }

    mutating func add(_ word: String, _ value: Value) {
        values.append(value)
        trie.insert(word, payload: values.count - 1)
        entries.append((word, values.count - 1))
    }

    /// Longest entry at `start` whose end is acceptable.
    ///
    /// Most positions asked (the word after a number: "said", "in") start no entry: the first scalar is tested in
    /// the trie's table of first keys (``FigurePhraseTrie/mayStart(with:)``, one array read) before the walk, whose
    /// first probe of the root costs some hundred instructions.
    func match(_ scalars: [Unicode.Scalar], at start: Int, limit: Int, acceptsEnd: (Int) -> Bool) -> (
        end: Int, value: Value
    )? {
        guard start < limit, trie.mayStart(with: scalars[start]) else { return nil }
        guard let m = trie.longestMatch(in: scalars, from: start, limit: limit, acceptsEnd: acceptsEnd) else {
            return nil
        }
        return (m.end, values[m.payload])
    }

    /// Longest entry ending at `end` (reversed tables only) whose start is acceptable. The last scalar is tested
    /// first, as the first one is by ``match(_:at:limit:acceptsEnd:)`` (a reversed trie starts from phrases' ends).
    func match(_ scalars: [Unicode.Scalar], endingAt end: Int, floor: Int, acceptsStart: (Int) -> Bool) -> (
        start: Int, value: Value
    )? {
        guard end > floor, trie.mayStart(with: scalars[end - 1]) else { return nil }
        guard let m = trie.longestMatch(in: scalars, endingAt: end, floor: floor, acceptsStart: acceptsStart) else {
            return nil
        }
        return (m.start, values[m.payload])
    }
}
