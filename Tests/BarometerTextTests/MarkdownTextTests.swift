import Testing

@testable import BarometerText

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
