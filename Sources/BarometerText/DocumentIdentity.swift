import Foundation

/// A document's identity: its text in a canonical form, and a hash of that form and its source.
///
/// Two copies of an article that differ only in Unicode normalisation, line endings, trailing
/// spaces or trailing blank lines get the same identity.
///
///     DocumentIdentity.normalised("Café\r\nrose.  \r\n\r\n")   // "Café\nrose."
///     DocumentIdentity.hash(text: "Stocks rose.", source: "bbc")  // 64 hex digits
public enum DocumentIdentity {
    /// The text in canonical form: NFC, line endings folded to LF (CR LF and lone CR), white space
    /// at the end of every line removed, and all trailing blank lines and line breaks removed.
    ///
    /// - Complexity: O(n).
    public static func normalised(_ text: String) -> String {
        let scalars = Lines.scalars(text)
        let composed =
            scalars.allSatisfy(isStableUnderNFC) ? scalars : Lines.scalars(text.precomposedStringWithCanonicalMapping)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(composed.count)
        var spaceStart = -1  // start in `composed` of the pending run of spaces, -1 if none
        var pendingBreaks = 0
        var previousWasCR = false
        for (i, c) in composed.enumerated() {
            if c == "\n" || c == "\r" {
                if !(c == "\n" && previousWasCR) { pendingBreaks += 1 }
                previousWasCR = c == "\r"
                spaceStart = -1
                continue
            }
            previousWasCR = false
            if Lines.isSpace(c) {
                if spaceStart < 0 { spaceStart = i }
                continue
            }
            if pendingBreaks > 0 {
                out.append(contentsOf: repeatElement("\n", count: pendingBreaks))
                pendingBreaks = 0
            }
            if spaceStart >= 0 {
                out.append(contentsOf: composed[spaceStart..<i])
                spaceStart = -1
            }
            out.append(c)
        }
        return Lines.string(out, ScalarRange(start: 0, end: out.count))
    }

    /// Whether a scalar is unchanged by NFC whatever surrounds it (a quick check that spares
    /// Foundation's normaliser for the usual text): everything below the combining diacritics,
    /// common punctuation and currency signs, CJK ideographs, kana, full-width forms and emoji.
    /// Other scalars send the text through the full normaliser.
    @inline(__always)
    static func isStableUnderNFC(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x3000...0x3098, 0x309B...0x30FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// SHA-256, as 64 lower-case hex digits, of the normalised text's UTF-8, a NUL byte and the source's UTF-8.
    public static func hash(text: String, source: String) -> String {
        var bytes = Array(normalised(text).utf8)
        bytes.append(0)
        bytes.append(contentsOf: source.utf8)
        return SHA256.hex(bytes)
    }
}
