import Foundation
import Testing
@testable import BarometerText

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
