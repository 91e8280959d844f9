import Foundation
import Testing
@testable import BarometerText

@Suite struct SHA256Tests {
    /// FIPS 180-4 / NIST CSRC example values.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func matchesTheStandardsVectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func oneMillionTimesA() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundaries() {
        // 55, 56 and 64 bytes put the length into the same block, a new block, and a full block.
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }
}

@Suite struct DocumentIdentityTests {
    @Test func normalisesFormLineEndingsAndTrailingSpace() {
        #expect(DocumentIdentity.normalised("Cafe\u{301}\r\nrose.  \rfell\t\n\n\n") == "Café\nrose.\nfell")
        #expect(DocumentIdentity.normalised("a\n\n\nb") == "a\n\n\nb", "inner blank lines stay")
        #expect(DocumentIdentity.normalised("  indented\n") == "  indented", "leading space stays")
        #expect(DocumentIdentity.normalised("") == "")
    }

    @Test func theHashIgnoresNormalisationButNotTheSource() {
        let a = DocumentIdentity.hash(text: "Café rose.\r\n", source: "bbc")
        #expect(a == DocumentIdentity.hash(text: "Cafe\u{301} rose.", source: "bbc"))
        #expect(a != DocumentIdentity.hash(text: "Café rose.", source: "scmp"))
        #expect(a == SHA256.hex(Array("Café rose.".utf8) + [0] + Array("bbc".utf8)))
        #expect(a.count == 64)
    }
}

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
        #expect(TextDecoding.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])) == nil, "PNG header")
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
