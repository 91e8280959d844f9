/// Line structure of a text of Unicode scalars, found in one pass.
///
/// A line ends at LF, CR, CR LF, U+2028 or U+2029; its `range` excludes the terminator, and `content`
/// is the range without leading and trailing white space (empty when the line is blank).
struct Line: Sendable, Hashable {
    var range: ScalarRange
    var content: ScalarRange
    var isBlank: Bool { content.isEmpty }
}

enum Lines {
    /// Whether a scalar ends a line.
    @inline(__always)
    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0D, 0x2028, 0x2029, 0x0B, 0x0C, 0x85: return true
        default: return false
        }
    }

    /// Horizontal white space: spaces, tabs, no-break, ideographic and other Unicode spaces, and the BOM.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Splits `scalars` into lines.
    ///
    /// - Complexity: O(n).
    static func split(_ scalars: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if isBreak(c) {
                lines.append(line(scalars, start, i))
                if c == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n || n == 0 { lines.append(line(scalars, start, n)) }
        return lines
    }

    private static func line(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Line {
        let content = trimmed(scalars, ScalarRange(start: start, end: end))
        return Line(range: ScalarRange(start: start, end: end), content: content)
    }

    /// The range without leading and trailing white space (line breaks included).
    static func trimmed(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> ScalarRange {
        var s = range.start
        var e = range.end
        while s < e, isSpace(scalars[s]) || isBreak(scalars[s]) { s += 1 }
        while e > s, isSpace(scalars[e - 1]) || isBreak(scalars[e - 1]) { e -= 1 }
        return ScalarRange(start: s, end: e)
    }

    /// The Unicode scalars of a string, decoded straight from its UTF-8 in one pass.
    ///
    /// `Array(text.unicodeScalars)` counts the scalars first and then copies them through the generic
    /// sequence path; decoding the (always valid) UTF-8 directly is several times faster.
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var folds: [Int32]? = nil
        return decode(text, folds: &folds)
    }

    /// ``scalars(_:)``, also listing (when `folds` is not nil) the offsets of the scalars that
    /// ``ScalarText/fold(_:)`` changes, so a folded copy needs no second pass over the text.
    ///
    /// Runs of eight ASCII bytes, most of English and German text, are widened eight at a time.
    static func decode(_ text: String, folds: inout [Int32]?) -> [Unicode.Scalar] {
        var text = text
        let recording = folds != nil
        var found: [Int32] = []
        let scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                guard let input = bytes.baseAddress, let output = buffer.baseAddress else {
                    count = 0
                    return
                }
                var i = 0
                var o = 0
                let n = bytes.count
                let raw = UnsafeRawPointer(input)
                while i < n {
                    let b0 = UInt32(input[i])
                    if b0 < 0x80 {
                        // Eight bytes at a time while the run of ASCII lasts, in a loop of its own: going back to
                        // the test of the lead byte for every eight cost a third more.
                        func asciiAhead(_ i: Int) -> Bool {
                            i &+ 8 <= n
                                && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                        }
                        if asciiAhead(i) {
                            repeat {
                                for k in 0..<8 {
                                    (output + (o &+ k)).initialize(
                                        to: unsafeBitCast(UInt32(input[i &+ k]), to: Unicode.Scalar.self))
                                }
                                i &+= 8
                                o &+= 8
                            } while asciiAhead(i)
                            continue
                        }
                        (output + o).initialize(to: unsafeBitCast(b0, to: Unicode.Scalar.self))
                        i &+= 1
                        o &+= 1
                        continue
                    }
                    // Offsets stay below the byte count, so they are added without overflow checks.
                    let v: UInt32
                    if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(input[i &+ 1] & 0x3F)
                        i &+= 2
                    } else if b0 &- 0xE4 < 0x0B {
                        // Runs of three-byte sequences led by E4-EE (U+4000-U+EFFF: Han, where nothing folds), nearly
                        // all of a Chinese text, are decoded in a loop of their own without a fold test or a test of
                        // the other lengths: 18 instructions a character instead of 28.
                        // 1110xxxx 10yyyyyy 10zzzzzz less the marker bits of all three is xxxxyyyyyyzzzzzz.
                        var lead = b0
                        repeat {
                            let v = lead &<< 12 &+ UInt32(input[i &+ 1]) &<< 6 &+ UInt32(input[i &+ 2]) &- 0xE_2080
                            (output + o).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                            i &+= 3
                            o &+= 1
                            guard i < n else { break }
                            lead = UInt32(input[i])
                        } while lead &- 0xE4 < 0x0B
                        continue
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(input[i &+ 1] & 0x3F) << 6 | UInt32(input[i &+ 2] & 0x3F)
                        i &+= 3
                    } else {
                        v =
                            (b0 & 0x07) << 18 | UInt32(input[i &+ 1] & 0x3F) << 12
                            | UInt32(input[i &+ 2] & 0x3F) << 6 | UInt32(input[i &+ 3] & 0x3F)
                        i &+= 4
                    }
                    // A Swift string is valid UTF-8, so every value decoded here is a scalar: no need for the
                    // checking initialiser, which cost as much as the decoding itself.
                    let scalar = unsafeBitCast(v, to: Unicode.Scalar.self)
                    (output + o).initialize(to: scalar)
                    if recording, ScalarText.mayFold(v), ScalarText.fold(scalar) != scalar {
                        found.append(Int32(o))
                    }
                    o &+= 1
                }
                count = o
            }
        }
        if recording { folds = found }
        return scalars
    }

    /// The text of a range of scalars.
    ///
    /// Encodes UTF-8 straight into the new string's storage: appending scalars to a
    /// `String.UnicodeScalarView` goes through a generic slow path that dominated the text stage's profile.
    static func string(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> String {
        var byteCount = 0
        for i in range.start..<range.end {
            let v = scalars[i].value
            byteCount += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var o = 0
            for i in range.start..<range.end {
                let v = scalars[i].value
                if v < 0x80 {
                    buffer[o] = UInt8(v)
                    o += 1
                } else if v < 0x800 {
                    buffer[o] = UInt8(0xC0 | v >> 6)
                    buffer[o + 1] = UInt8(0x80 | v & 0x3F)
                    o += 2
                } else if v < 0x10000 {
                    buffer[o] = UInt8(0xE0 | v >> 12)
                    buffer[o + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[o + 2] = UInt8(0x80 | v & 0x3F)
                    o += 3
                } else {
                    buffer[o] = UInt8(0xF0 | v >> 18)
                    buffer[o + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[o + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[o + 3] = UInt8(0x80 | v & 0x3F)
                    o += 4
                }
            }
            return o
        }
    }
}
