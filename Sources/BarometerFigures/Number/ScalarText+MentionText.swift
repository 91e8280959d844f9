import BarometerText

extension ScalarText {
    /// The original text of a mention's range, encoded straight into the string's own UTF-8 storage (appending
    /// scalars to a `String.UnicodeScalarView`, and later an intermediate byte array, showed in the extraction
    /// benchmark). The exact length is counted first, so a mention of up to 15 bytes is stored inline and
    /// allocates nothing.
    func mentionText(_ range: ScalarRange) -> String {
        original.withUnsafeBufferPointer { scalars in
            var length = 0
            for index in range.start..<range.end { length += UTF8.width(scalars[index]) }
            return String(unsafeUninitializedCapacity: length) { bytes in
                var n = 0
                for index in range.start..<range.end {
                    for byte in UTF8.encode(scalars[index])! {
                        bytes[n] = byte
                        n += 1
                    }
                }
                return n
            }
        }
    }
}
