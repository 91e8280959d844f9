import Foundation

/// Interim decoding; replaced by the text module's full version.
public enum TextDecoding {
    public static func decode(_ data: Data) -> (text: String, replacedInvalidBytes: Int)? {
        if data.prefix(8192).contains(0) { return nil }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        let replaced = String(data: bytes, encoding: .utf8) == nil ? 1 : 0
        return (text, replaced)
    }
}
