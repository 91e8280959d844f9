/// Whether a text contains a term, ignoring case in every script: the test behind `--term` and entity scores.
///
/// Both sides are lower-cased (Unicode's default lower-case mapping, as PostgreSQL's `lower()` does) and compared
/// as UTF-8 bytes. Text made only of ASCII and of characters without case in UTF-8's three-byte planes from
/// U+3000 (CJK, kana, Hangul) is folded byte by byte without building a string; other text goes through
/// `lowercased()`. Called once per sentence, so it allocates nothing on the fast path.
enum CaselessMatch {
    static func contains(_ text: String, _ term: String) -> Bool {
        let needle = Array(term.lowercased().utf8)
        guard !needle.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in
            if needsFullLowering(bytes) {
                return find(needle, in: Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8))
            }
            return find(needle, in: bytes)
        }
    }

    /// Lead bytes of characters that may have case: two-byte sequences (Latin-1 to Armenian), U+1000–U+2FFF
    /// (Georgian, Latin Extended Additional, Greek Extended, letterlike symbols, Roman numerals, circled
    /// letters), U+F000–U+FFFF (full-width Latin) and four-byte sequences (Deseret and others).
    private static func needsFullLowering(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0xC0 {
            if byte < 0xE3 || byte == 0xEF || byte >= 0xF0 { return true }
        }
        return false
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    private static func find<Bytes: RandomAccessCollection>(_ needle: [UInt8], in haystack: Bytes) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let count = haystack.count
        guard needle.count <= count else { return false }
        let first = needle[0]
        var start = haystack.startIndex
        let last = haystack.startIndex + count - needle.count
        while start <= last {
            if lowered(haystack[start]) == first {
                var offset = 1
                while offset < needle.count, lowered(haystack[start + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
