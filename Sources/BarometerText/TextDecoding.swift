import Foundation

/// Turns the bytes of a file into text, refusing binary files.
///
/// - UTF-16 with a byte-order mark (either byte order) is decoded as such.
/// - Otherwise the bytes are UTF-8: a BOM is dropped, and every ill-formed sequence becomes one
///   U+FFFD (the maximal-subpart practice of the Unicode standard), counted in `replacedInvalidBytes`.
/// - Binary content is refused (nil): a NUL byte in the first `sniffLength` bytes, or more than
///   `maximumControlShare` of them control bytes other than tab, line feed, form feed and carriage return.
///
///     TextDecoding.decode(Data([0xEF, 0xBB, 0xBF, 0x68, 0x69, 0xFF]))   // ("hi\u{FFFD}", 1)
public enum TextDecoding {
    /// Bytes inspected for binary content; 8 KB is what git and grep look at.
    static let sniffLength = 8192
    /// Share of control bytes above which content is binary. Text files have next to none;
    /// compressed and executable files have about 12 % (one value in 8 is below 0x20), so 5 % splits them.
    static let maximumControlShare = 0.05

    public static func decode(_ data: Data) -> (text: String, replacedInvalidBytes: Int)? {
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let decoded = decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE)
            return isBinary(decoded.text.unicodeScalars.prefix(sniffLength / 2).map(\.value)) ? nil : decoded
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        let sample = body.prefix(sniffLength)
        if sample.contains(0) || isBinary(sample.map(UInt32.init)) { return nil }
        let text = String(decoding: body, as: UTF8.self)
        // Each replacement the decoder made is a U+FFFD (EF BF BD) in the output that the input did not have.
        let replacements = countReplacementCharacters(text.utf8) - countReplacementCharacters(body)
        return (text, replacements)
    }

    /// Whether more than `maximumControlShare` of the values are control characters (NUL included).
    static func isBinary(_ values: [UInt32]) -> Bool {
        guard !values.isEmpty else { return false }
        var controls = 0
        for v in values {
            switch v {
            case 0x09, 0x0A, 0x0C, 0x0D: break
            case 0x00...0x1F, 0x7F: controls += 1
            default: break
            }
        }
        return Double(controls) > maximumControlShare * Double(values.count)
    }

    /// Occurrences of the UTF-8 encoding of U+FFFD (EF BF BD).
    static func countReplacementCharacters<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var count = 0
        var state = 0
        for b in bytes {
            switch (state, b) {
            case (_, 0xEF): state = 1
            case (1, 0xBF): state = 2
            case (2, 0xBD):
                count += 1
                state = 0
            default: state = 0
            }
        }
        return count
    }

    /// Decodes UTF-16 after its BOM; unpaired surrogates and an odd last byte become U+FFFD, counted.
    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> (text: String, replacedInvalidBytes: Int) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (hi, lo) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            i += 2
        }
        var view: [Unicode.Scalar] = []
        view.reserveCapacity(units.count)
        var replaced = 0
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): view.append(scalar)
            case .emptyInput: break loop
            case .error:
                view.append("\u{FFFD}")
                replaced += 1
            }
        }
        if i < bytes.count {
            view.append("\u{FFFD}")
            replaced += 1
        }
        return (Lines.string(view, ScalarRange(start: 0, end: view.count)), replaced)
    }
}
