import BarometerText

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
