import Foundation
import Testing

@testable import BarometerText

@Suite struct TextDecodingTests {
    @Test func decodesUTF8AndDropsTheByteOrderMark() {
        let decoded = TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("Grüße 你好".utf8)))
        #expect(decoded?.text == "Grüße 你好")
        #expect(decoded?.replacedInvalidBytes == 0)
    }

    @Test func replacesAndCountsInvalidSequences() {
        // A lone continuation byte, a truncated 3-byte sequence, and a real U+FFFD that is not counted.
        var bytes: [UInt8] = [0x61, 0x80, 0x62, 0xE4, 0xBD, 0x63]
        bytes += Array("\u{FFFD}".utf8)
        let decoded = TextDecoding.decode(Data(bytes))
        #expect(decoded?.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect(decoded?.replacedInvalidBytes == 2)
    }

    @Test func decodesUTF16WithAByteOrderMark() {
        let units = Array("Zoll €".utf16)
        let little = Data([0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] })
        let big = Data([0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] })
        #expect(TextDecoding.decode(little)?.text == "Zoll €")
        #expect(TextDecoding.decode(big)?.text == "Zoll €")
        let unpaired = TextDecoding.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]))
        #expect(unpaired?.text == "A\u{FFFD}B")
        #expect(unpaired?.replacedInvalidBytes == 1)
    }

    @Test func refusesBinaryContent() {
        #expect(
            TextDecoding.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])) == nil, "PNG header"
        )
        #expect(TextDecoding.decode(Data(Array("text".utf8) + [0x00] + Array("more".utf8))) == nil)
        let letters: [UInt8] = (0..<200).map { UInt8(0x41 + $0 % 26) }
        let controls: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x7F]
        #expect(TextDecoding.decode(Data(letters + controls)) == nil, "6 % control bytes")
        #expect(TextDecoding.decode(Data(letters + controls.prefix(2))) != nil, "1 % control bytes")
    }

    @Test func acceptsOrdinaryControlCharacters() {
        #expect(TextDecoding.decode(Data("a\tb\r\nc\u{0C}d\n".utf8))?.text == "a\tb\r\nc\u{0C}d\n")
        #expect(TextDecoding.decode(Data())?.text == "")
    }
}
