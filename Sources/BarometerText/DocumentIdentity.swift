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
        let composed = text.precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = String.UnicodeScalarView()
        var pendingBreaks = 0
        var previousWasCR = false
        for c in composed.unicodeScalars {
            if c == "\n" || c == "\r" {
                if c == "\n", previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = c == "\r"
                pendingSpace.removeAll(keepingCapacity: true)
                pendingBreaks += 1
                continue
            }
            previousWasCR = false
            if Lines.isSpace(c) {
                pendingSpace.append(c)
                continue
            }
            if pendingBreaks > 0 {
                out.append(contentsOf: repeatElement("\n", count: pendingBreaks))
                pendingBreaks = 0
            }
            out.append(contentsOf: pendingSpace)
            pendingSpace.removeAll(keepingCapacity: true)
            out.append(c)
        }
        return String(out)
    }

    /// SHA-256, as 64 lower-case hex digits, of the normalised text's UTF-8, a NUL byte and the source's UTF-8.
    public static func hash(text: String, source: String) -> String {
        var bytes = Array(normalised(text).utf8)
        bytes.append(0)
        bytes.append(contentsOf: source.utf8)
        return SHA256.hex(bytes)
    }
}
