/// Interim identity; replaced by the text module's SHA-256 version.
public enum DocumentIdentity {
    public static func normalised(_ text: String) -> String { text }
    public static func hash(text: String, source: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in (normalised(text) + "\u{0}" + source).utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        return String(h, radix: 16)
    }
}
