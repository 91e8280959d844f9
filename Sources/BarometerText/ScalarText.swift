/// A text as an array of Unicode scalars, with a folded copy for matching.
///
/// Folding maps one scalar to one scalar, so offsets into `folded` are offsets into the original:
/// full-width ASCII (`１，０００` → `1,000`), the ideographic space and no-break spaces to a space,
/// and typographic apostrophes to `'`. Recognisers scan `folded` and report ranges that slice `original`.
///
///     let text = ScalarText("约１０亿美元")
///     String(String.UnicodeScalarView(text.folded[1..<3]))   // "10"
public struct ScalarText: Sendable {
    public let original: [Unicode.Scalar]
    public let folded: [Unicode.Scalar]

    public init(_ text: String) {
        var folds: [Int32]? = []
        let original = Lines.decode(text, folds: &folds)
        self.init(original: original, folds: folds ?? [])
    }

    /// From scalars just decoded, with the offsets of those that fold (``Lines/decode(_:folds:)`` lists them).
    init(original: [Unicode.Scalar], folds: [Int32]) {
        self.original = original
        var folded = original
        for index in folds { folded[Int(index)] = ScalarText.fold(original[Int(index)]) }
        self.folded = folded
    }

    /// From a text already decoded into scalars.
    public init(scalars original: [Unicode.Scalar]) {
        self.original = original
        self.folded = ScalarText.folded(original)
    }

    /// The folded copy: it shares the original's storage until a scalar actually folds (most English and German
    /// text has none below U+00A0, where nothing folds), so a text is copied at most once and never mapped whole.
    static func folded(_ original: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var folded = original
        for index in original.indices {
            let scalar = original[index]
            guard scalar.value >= 0xA0 else { continue }
            let fold = ScalarText.fold(scalar)
            if fold != scalar { folded[index] = fold }
        }
        return folded
    }

    public var count: Int { original.count }

    /// The original text of a range.
    public func original(_ range: ScalarRange) -> String {
        Lines.string(original, range)
    }

    /// The folded text of a range.
    public func folded(_ range: ScalarRange) -> String {
        Lines.string(folded, range)
    }

    /// False for scalars that ``fold(_:)`` surely keeps: everything from U+3001 up to the full-width forms (the Han
    /// characters of Chinese text), so a decoder passes them with one range test.
    @inline(__always)
    static func mayFold(_ v: UInt32) -> Bool { v < 0x3001 || v >= 0xFF01 }

    /// Folds one scalar to its matching form (see the type's summary); every other scalar is kept.
    @inlinable
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        switch v {
        case 0xFF01...0xFF5E:  // full-width ASCII variants
            return Unicode.Scalar(v - 0xFEE0)!
        case 0x3000, 0x00A0, 0x202F, 0x2007, 0x2009:  // ideographic, no-break, narrow no-break, figure, thin space
            return " "
        case 0x2018, 0x2019, 0x2032:  // ‘ ’ ′
            return "'"
        default:
            return scalar
        }
    }
}
