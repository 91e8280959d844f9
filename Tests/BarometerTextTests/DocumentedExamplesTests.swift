import Foundation
import Testing

@testable import BarometerText

/// The examples in the doc comments, so that they stay true.
@Suite struct DocumentedExamplesTests {
    @Test func htmlText() {
        let result = HTMLText.plainText("<title>Rates</title><p>Prices &amp; wages<br>rose</p>")
        #expect(result.text == "Prices & wages\nrose")
        #expect(result.title == "Rates")
    }

    @Test func markdownText() {
        #expect(
            MarkdownText.plain("## Rates\n- **Prices** rose, see [the report](https://x.org).")
                == "Rates\nPrices rose, see the report.")
    }

    @Test func frontMatter() {
        let split = FrontMatter.split("---\ntitle: \"Rates rise\"\nlang: en\n---\nBody")
        #expect(split.fields == ["title": "Rates rise", "lang": "en"])
        #expect(split.body == "Body")
    }

    @Test func documentIdentityAndDecoding() {
        #expect(DocumentIdentity.normalised("Café\r\nrose.  \r\n\r\n") == "Café\nrose.")
        let decoded = TextDecoding.decode(Data([0xEF, 0xBB, 0xBF, 0x68, 0x69, 0xFF]))
        #expect(decoded?.text == "hi\u{FFFD}")
        #expect(decoded?.replacedInvalidBytes == 1)
    }

    @Test func splitterAndDetector() {
        #expect(
            SentenceSplitter(language: .german).split("Der Umsatz stieg um 5 Mio. Euro. Am 3. April folgt mehr.").map(
                \.text)
                == ["Der Umsatz stieg um 5 Mio. Euro.", "Am 3. April folgt mehr."])
        #expect(LanguageDetector().detect("Die Aktie stieg um 5 Prozent.").language == .german)
        #expect(LanguageDetector().detect("Le marché a baissé de 5 %.").language == .undetermined)
        #expect(TitleDetector.title(in: "当前位置: 首页 > 国际\n\n外媒:Sora横空出世\n\n参考消息网2月23日报道。")?.text == "外媒:Sora横空出世")
    }
}
