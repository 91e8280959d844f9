import Foundation
import Testing

@testable import BarometerText

@Suite struct DocumentIdentityTests {
    @Test func normalisesFormLineEndingsAndTrailingSpace() {
        #expect(DocumentIdentity.normalised("Cafe\u{301}\r\nrose.  \rfell\t\n\n\n") == "Café\nrose.\nfell")
        #expect(DocumentIdentity.normalised("a\n\n\nb") == "a\n\n\nb", "inner blank lines stay")
        #expect(DocumentIdentity.normalised("  indented\n") == "  indented", "leading space stays")
        #expect(DocumentIdentity.normalised("") == "")
        // Scalars outside the quick check go through full NFC: a CJK compatibility ideograph and an en quad.
        #expect(DocumentIdentity.normalised("\u{F900}\u{2000}x") == "\u{8C48}\u{2002}x")
        #expect(DocumentIdentity.normalised("股市 ＡＢ 😀\u{3000}\n") == "股市 ＡＢ 😀", "already NFC, ideographic space trimmed")
    }

    @Test func theHashIgnoresNormalisationButNotTheSource() {
        let a = DocumentIdentity.hash(text: "Café rose.\r\n", source: "bbc")
        #expect(a == DocumentIdentity.hash(text: "Cafe\u{301} rose.", source: "bbc"))
        #expect(a != DocumentIdentity.hash(text: "Café rose.", source: "scmp"))
        #expect(a == SHA256.hex(Array("Café rose.".utf8) + [0] + Array("bbc".utf8)))
        #expect(a.count == 64)
    }
}
