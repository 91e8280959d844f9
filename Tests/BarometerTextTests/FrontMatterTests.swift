import Testing

@testable import BarometerText

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
