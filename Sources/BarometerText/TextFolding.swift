/// Case and width folding for matching cues and words, one scalar to one scalar so offsets survive.
enum TextFolding {
    /// Lower-cases ASCII, Latin-1 and Latin Extended-A letters and applies `ScalarText.fold`
    /// (full-width ASCII, Unicode spaces, typographic apostrophes); every other scalar is kept.
    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let c = ScalarText.fold(scalar)
        let v = c.value
        switch v {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE:
            return Unicode.Scalar(v + 0x20)!
        case 0x100...0x17F where v & 1 == 0 && v != 0x130 && v != 0x138:
            return Unicode.Scalar(v + 1)!
        default:
            return c
        }
    }

    /// Lower-cased, folded form of a whole string.
    static func lowercased(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map(lowercased)
    }

    /// Whether a scalar is a lower-case letter (a word starting with one does not start a sentence).
    @inline(__always)
    static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x61 && c.value <= 0x7A }
        return c.properties.isLowercase
    }

    /// Whether a scalar is a letter or a digit.
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
