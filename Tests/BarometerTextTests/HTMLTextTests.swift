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
