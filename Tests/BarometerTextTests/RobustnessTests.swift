import Foundation
import Testing

@testable import BarometerText

/// Random texts built from the characters every scanner treats specially: nothing may crash,
/// and the analysis invariants hold. The generator is seeded, so a failure reproduces.
@Suite struct RobustnessTests {
    /// SplitMix64, a small deterministic generator.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [String] = [
        "<", ">", "&", ";", "#", "x", "/", ".", "!", "?", "。", "！", "”", "“", "„", "\n", "\r\n", " ", "  ", "\t", "-",
        "*", "_",
        "[", "]", "(", ")", "`", "~", ":", "0", "7", "a", "Z", "中", "ä", "©", "|", "---", "<p>", "</p>", "<script>",
        "<!--",
        "&amp;", "&#x1F600;", "U.S.", "z. B.", "3.", "Mio.", "Share this", "拓展阅读", "Source: ", "Copyright 2024", "The ",
        "die ", "\u{FEFF}", "\u{3000}", "é", "😀", "…", "### ",
    ]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0..<120, using: &generator)
            return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func analyseKeepsItsInvariantsOnRandomText() {
        for text in Self.randomTexts(count: 1_500, seed: 2024) {
            let analysed = TextAnalyser().analyse(text)
            let total = text.unicodeScalars.count
            for (a, b) in zip(analysed.excluded, analysed.excluded.dropFirst()) {
                #expect(a.range.end <= b.range.start)
            }
            for sentence in analysed.sentences {
                #expect(sentence.range.end <= total && !sentence.text.isEmpty)
                #expect(!analysed.excluded.contains { $0.range.overlaps(sentence.range) }, "\(text.debugDescription)")
                #expect(text.slice(sentence.range) == sentence.text)
            }
        }
    }

    @Test func theInputHelpersNeverFail() {
        for text in Self.randomTexts(count: 1_500, seed: 7) {
            _ = HTMLText.plainText(text)
            _ = MarkdownText.plain(text)
            let front = FrontMatter.split(text)
            #expect(text.hasSuffix(front.body))
            let normalised = DocumentIdentity.normalised(text)
            #expect(DocumentIdentity.normalised(normalised) == normalised, "normalising twice changes nothing")
            var bytes = Array(text.utf8)
            if bytes.count > 3 { bytes[bytes.count / 2] = 0xFF }
            _ = TextDecoding.decode(Data(bytes))
        }
    }
}
