import BarometerText
import Foundation

/// Loads the figures module's word lists (JSON under `Resources/<dimension>/<language>.json`).
///
/// A missing or malformed resource is a packaging mistake, not a user error, so it stops with a message naming the file.
enum FigureResource {
    static func url(_ dimension: String, _ name: String) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources/\(dimension)")
        else { preconditionFailure("missing figures resource Resources/\(dimension)/\(name).json") }
        return url
    }

    static func load<T: Decodable>(_ type: T.Type, _ dimension: String, _ name: String) -> T {
        let url = url(dimension, name)
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            preconditionFailure("figures resource Resources/\(dimension)/\(name).json does not parse: \(error)")
        }
    }

    /// Parses an exact decimal written in a word list ("1000000", "0.5").
    static func decimal(_ text: String, in file: String) -> Decimal {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            preconditionFailure("\(file): '\(text)' is not a decimal number")
        }
        return value
    }
}

/// One value per analysed language, built once (word lists, rules).
struct PerLanguage<Value: Sendable>: Sendable {
    private let english: Value
    private let german: Value
    private let chinese: Value

    init(_ make: (Language) -> Value) {
        english = make(.english)
        german = make(.german)
        chinese = make(.chinese)
    }

    /// The value for `language`; an undetermined language gets English's (callers skip such text before).
    subscript(_ language: Language) -> Value {
        switch language {
        case .german: german
        case .chinese: chinese
        default: english
        }
    }
}

extension Language {
    /// The language's code as used in resource file names.
    var resourceName: String { rawValue }
}

/// A trie built from a word list, with the payload indexing into `values`.
struct WordTable<Value: Sendable>: Sendable {
    var trie: FigurePhraseTrie
    var values: [Value]

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
    }

    /// Longest entry at `start` whose end is acceptable.
    func match(_ scalars: [Unicode.Scalar], at start: Int, limit: Int, acceptsEnd: (Int) -> Bool) -> (end: Int, value: Value)? {
        guard let m = trie.longestMatch(in: scalars, from: start, limit: limit, acceptsEnd: acceptsEnd) else { return nil }
        return (m.end, values[m.payload])
    }

    /// Longest entry ending at `end` (reversed tables only) whose start is acceptable.
    func match(_ scalars: [Unicode.Scalar], endingAt end: Int, floor: Int, acceptsStart: (Int) -> Bool) -> (start: Int, value: Value)? {
        guard let m = trie.longestMatch(in: scalars, endingAt: end, floor: floor, acceptsStart: acceptsStart) else { return nil }
        return (m.start, values[m.payload])
    }
}

/// Word boundaries as each language draws them: English and German words end at a non-letter;
/// Chinese has no spaces, so every position is a boundary.
struct WordBoundary: Sendable {
    let spaced: Bool

    init(_ language: Language) { spaced = language != .chinese }

    /// Whether a word may end just before `position` (the next scalar is not a letter or digit).
    @inline(__always)
    func endsWord(_ scalars: [Unicode.Scalar], at position: Int, limit: Int) -> Bool {
        guard spaced, position < limit else { return true }
        let previous = scalars[position - 1]
        // Entries ending in punctuation ("Mio.", "a.m.") need no boundary after them.
        guard ScalarClass.isWordScalar(previous) else { return true }
        return !ScalarClass.isWordScalar(scalars[position])
    }

    /// Whether a word may start at `position`.
    @inline(__always)
    func startsWord(_ scalars: [Unicode.Scalar], at position: Int, floor: Int) -> Bool {
        guard spaced, position > floor else { return true }
        let first = scalars[position]
        guard ScalarClass.isWordScalar(first) else { return true }
        return !ScalarClass.isWordScalar(scalars[position - 1])
    }
}

extension ScalarText {
    /// The original text of a mention's range, built from UTF-8 bytes (several times faster than appending scalars
    /// to a `String.UnicodeScalarView`, which the extraction benchmark showed as a hot spot).
    func mentionText(_ range: ScalarRange) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.length * 3)
        for scalar in original[range.start..<range.end] {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
