import BarometerText

/// How the scanner treats one (width-folded) scalar.
enum ScalarClass {
    case upper, lower, digit
    /// Apostrophe or hyphen: kept inside a word ("can't", "all-time"), dropped at its edges.
    case joiner
    /// , ; : . dashes and 、。 — a clause ends (parentheses do not: "earnings per share (EPS) rose").
    case clauseBreak
    /// . 。 — a sentence ends (several can stand in one scored text: a review, a line).
    case stop
    case exclamation, question
    case other
}

/// Scalar-level folding and classification, by value ranges (no String work).
enum ScalarFolding {
    /// Full-width ASCII to ASCII, typographic apostrophes to `'`, odd spaces to a space (`ScalarText.fold`).
    @inline(__always)
    static func foldWidth(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return value }
        return ScalarText.fold(Unicode.Scalar(value) ?? " ").value
    }

    @inline(__always)
    static func isHan(_ value: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FA1F).contains(value)
    }

    /// `classify` of every ASCII value, so the scanner classifies such a byte with one read.
    static let asciiClasses: [ScalarClass] = (0..<0x80).map { classify(UInt32($0)) }

    @inline(__always)
    static func classify(_ value: UInt32) -> ScalarClass {
        if value < 0x80 {
            switch value {
            case 0x61...0x7A: return .lower  // a-z
            case 0x41...0x5A: return .upper  // A-Z
            case 0x30...0x39: return .digit
            case 0x20: return .other
            case 0x27, 0x2D: return .joiner  // ' -
            case 0x2C, 0x3B, 0x3A: return .clauseBreak  // , ; :
            case 0x2E: return .stop  // .
            case 0x21: return .exclamation
            case 0x3F: return .question
            default: return .other
            }
        }
        return classifyOther(value)
    }

    /// Non-ASCII scalars: Latin-1 letters by range, the rest by Unicode properties (rare in the languages scored).
    @inline(never)
    static func classifyOther(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0xC0...0xD6, 0xD8...0xDE: return .upper
        case 0xDF...0xF6, 0xF8...0xFF: return .lower
        case 0x2010, 0x2011: return .joiner
        case 0x3002, 0xFF61: return .stop  // 。 ｡
        case 0x2012...0x2015, 0x3001, 0xFF64, 0x2026: return .clauseBreak  // dashes, 、 …
        case 0x2000...0x206F, 0x3000...0x303F, 0xFE30...0xFE4F: return .other  // other punctuation, CJK punctuation
        default:
            guard let scalar = Unicode.Scalar(value) else { return .other }
            let properties = scalar.properties
            if properties.isUppercase { return .upper }
            if properties.isAlphabetic { return .lower }
            if properties.numericType != nil { return .digit }
            return .other
        }
    }

    @inline(__always)
    static func lowercase(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return value | 0x20 }
        if (0xC0...0xDE).contains(value) { return value + 0x20 }
        guard let scalar = Unicode.Scalar(value), let lower = scalar.properties.lowercaseMapping.unicodeScalars.first
        else { return value }
        return lower.value
    }
}

/// Traditional → simplified folding for the Han characters of a language's lexicons (data: `zh-traditional.tsv`).
struct CharacterFolding: Sendable {
    /// Indexed by scalar − `base`; 0 means unchanged.
    private let table: [UInt32]
    /// One bit per entry of `table`, set where it is not 0: a few hundred characters fold, so this 3.4 KB bitmap
    /// answers for nearly every character while the 110 KB table stays out of the cache.
    private let folds: [UInt64]
    private static let base: UInt32 = 0x3400
    private static let end: UInt32 = 0xA000

    init(pairs: [(Unicode.Scalar, Unicode.Scalar)]) {
        var table = [UInt32](repeating: 0, count: Int(Self.end - Self.base))
        var folds = [UInt64](repeating: 0, count: (table.count + 63) / 64)
        for (traditional, simplified) in pairs where (Self.base..<Self.end).contains(traditional.value) {
            let index = Int(traditional.value - Self.base)
            table[index] = simplified.value
            folds[index >> 6] |= 1 << UInt64(index & 63)
        }
        self.table = table
        self.folds = folds
    }

    @inline(__always)
    func fold(_ value: UInt32) -> UInt32 {
        guard value >= Self.base, value < Self.end else { return value }
        let index = Int(value - Self.base)
        guard folds[index >> 6] & (1 << UInt64(index & 63)) != 0 else { return value }
        return table[index]
    }
}
