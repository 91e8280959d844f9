import Testing
@testable import BarometerText

@Suite struct HTMLTextTests {
    @Test func stripsTagsAndMakesBlocksIntoLines() {
        let page = """
            <html><head><title>Rates rise | Example News</title>
            <style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
            <body><header>Menu</header><h1>Rates rise</h1><p>Prices   rose<br>sharply.</p>
            <ul><li>One</li><li>Two</li></ul><!-- a <p>comment</p> --><noscript>Enable JS</noscript>
            <template><p>hidden</p></template><footer>© 2024</footer></body></html>
            """
        let result = HTMLText.plainText(page)
        #expect(result.title == "Rates rise | Example News")
        #expect(result.text == "Menu\n\nRates rise\n\nPrices rose\nsharply.\n\nOne\nTwo\n\n© 2024")
    }

    @Test func theFirstHeadingIsTheTitleWhenThereIsNoTitleElement() {
        let result = HTMLText.plainText("<div><h1>Markets <em>slide</em></h1><h1>Second</h1><p>Body</p></div>")
        #expect(result.title == "Markets slide")
        #expect(result.text == "Markets slide\n\nSecond\n\nBody")
        #expect(HTMLText.plainText("<p>No heading</p>").title == nil)
    }

    @Test(arguments: [
        ("&nbsp;&amp;&lt;&gt;&quot;&apos;", "\u{A0}&<>\"'"),
        ("&mdash;&ndash;&hellip;&rsquo;&lsquo;&ldquo;&rdquo;", "—–…’‘“”"),
        ("&euro;5 &pound;3 &yen;2 &copy;", "€5 £3 ¥2 ©"),
        ("&auml;&ouml;&uuml;&szlig;&Auml;&Ouml;&Uuml;", "äöüßÄÖÜ"),
        ("&#123;&#x1F600;&#X41;&#65", "{😀AA"),
        ("&unknown; & &amp &#; &#0;", "&unknown; & &amp &#; \u{FFFD}"),
    ])
    func decodesCharacterReferences(html: String, text: String) {
        #expect(HTMLText.plainText(html).text == text)
    }

    @Test func survivesMalformedMarkup() {
        #expect(HTMLText.plainText("a < b and c<d").text == "a < b and c<d")
        #expect(HTMLText.plainText("<p>open <b>bold").text == "open bold")
        #expect(HTMLText.plainText("text <!-- never closed").text == "text")
        #expect(HTMLText.plainText("<script>never closed").text == "")
        #expect(HTMLText.plainText("<").text == "<")
        #expect(HTMLText.plainText("").text == "")
    }

    @Test func hugeMalformedInputTakesLinearTime() {
        let stray = String(repeating: "<a href=x <b ", count: 50_000) + String(repeating: "[<x", count: 50_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = HTMLText.plainText(stray) }
        // 250,000 scalars: linear work takes milliseconds even in a debug build; quadratic work takes minutes.
        #expect(elapsed < .seconds(5))
    }
}

@Suite struct FrontMatterTests {
    @Test func readsSimpleFieldsAndReturnsTheBody() {
        let document = "---\ntitle: \"Rates: a rise\"\nlang: en\nsource: 'BBC'\ndate: 2024-02-20\n---\n# Heading\nBody"
        let split = FrontMatter.split(document)
        #expect(split.fields == ["title": "Rates: a rise", "lang": "en", "source": "BBC", "date": "2024-02-20"])
        #expect(split.body == "# Heading\nBody")
    }

    @Test func ignoresLinesItCannotRead() {
        let split = FrontMatter.split("---\n# comment\ntags:\n  - a\n- b\nhttp://x\nok: yes\n---\nBody")
        #expect(split.fields == ["tags": "", "ok": "yes"])
        #expect(split.body == "Body")
    }

    @Test(arguments: ["No front matter\n---\nx", "---\ntitle: never closed\nBody", " ---\ntitle: x\n---\nBody", ""])
    func withoutFrontMatterTheWholeTextIsTheBody(text: String) {
        let split = FrontMatter.split(text)
        #expect(split.fields.isEmpty)
        #expect(split.body == text)
    }
}

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("## Rates rise", "Rates rise"),
        ("> quoted text", "quoted text"),
        ("- one\n* two\n+ three\n1. four", "one\ntwo\nthree\nfour"),
        ("**bold**, *italic*, __strong__, _em_ and ~~gone~~", "bold, italic, strong, em and gone"),
        ("see [the report](https://x.org/a_b) now", "see the report now"),
        ("![chart of rates](img.png) below", "chart of rates below"),
        ("use `price_index` here", "use price_index here"),
        ("2 * 3 = 6, snake_case, -5% and #hashtag", "2 * 3 = 6, snake_case, -5% and #hashtag"),
        ("```\nlet x = **1**\n```\nafter", "\nlet x = **1**\n\nafter"),
        ("[not a link] and [broken](", "[not a link] and [broken]("),
    ])
    func removesMarkup(markdown: String, text: String) {
        #expect(MarkdownText.plain(markdown) == text)
    }
}
