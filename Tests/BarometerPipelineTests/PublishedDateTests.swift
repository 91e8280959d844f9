import BarometerStore
import BarometerText
import Foundation
import Testing

@testable import BarometerPipeline

@Suite("Publication dates and instants in metadata")
struct PublishedDateTests {
    /// 2024-02-18T23:30:00Z.
    static let instant = Date(timeIntervalSince1970: 1_708_299_000)

    @Test(
        "a timestamp with a time and an offset is an instant, to the second",
        arguments: [
            "2024-02-18T23:30:00Z", "2024-02-19T07:30:00+08:00", "2024-02-19T07:30+08:00", "2024-02-19 07:30:00+0800",
            "2024-02-18T18:30:00.999-05:00", " 2024-02-18T23:30:00,5Z ",
        ])
    func instants(text: String) {
        #expect(PublishedDate.instant(text) == Self.instant)
    }

    @Test(
        "a day, a time without an offset or a malformed time is no instant",
        arguments: [
            "2024-02-19", "2024-02-20 08:30", "2024-02-20T08:30:00", "2024-02-20T25:00:00Z", "2024-02-20T08:30:00+8",
            "2024-02-20T08:30:00 CET", "2024-02-30T08:30:00Z", "2024-02-20T08:30:00.Z",
        ])
    func notInstants(text: String) {
        #expect(PublishedDate.instant(text) == nil)
    }

    @Test("the day stays the day as written: 2024-02-19T07:30:00+08:00 is published on 2024-02-19")
    func dayAsWritten() {
        #expect(PublishedDate.parse("2024-02-19T07:30:00+08:00") == Day("2024-02-19"))
    }

    @Test("JSON Lines metadata: instants stored in UTC, a day alone or a local time without one")
    func ingested() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let path = try workspace.write(
            "feed.jsonl",
            """
            {"text": "Revenue rose 5%.", "source": "wire", "language": "en", "published": "2024-02-19T07:30:00+08:00"}
            {"text": "Costs fell 2%.", "source": "wire", "language": "en", "published": "2024-02-20 08:30"}
            {"text": "Orders rose 10%.", "source": "wire", "language": "en", "published": "2024-02-21"}

            """)
        #expect(ingest([path], into: store).errors.isEmpty)
        let documents = try store.documents(DocumentQuery())
        #expect(documents.map(\.published?.description) == ["2024-02-19", "2024-02-20", "2024-02-21"])
        #expect(documents.map(\.publishedAt) == [Self.instant, nil, nil])
    }

    @Test("front matter gives an instant the same way")
    func frontMatter() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let path = try workspace.write(
            "wire/a.md", "---\npublished: 2024-02-18T23:30:00Z\nlanguage: en\n---\nRevenue rose 5%.\n")
        #expect(ingest([path], into: store).errors.isEmpty)
        #expect(try store.documents(DocumentQuery()).map(\.publishedAt) == [Self.instant])
    }

    @Test("a --published day replaces the metadata's timestamp, instant included")
    func flagWins() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let path = try workspace.write(
            "feed.jsonl", #"{"text": "Revenue rose 5%.", "language": "en", "published": "2024-02-18T23:30:00Z"}"# + "\n"
        )
        _ = ingest([path], into: store, overrides: IngestOverrides(published: Day("2024-02-25")))
        let document = try #require(try store.documents(DocumentQuery()).first)
        #expect(document.published == Day("2024-02-25") && document.publishedAt == nil)
    }
}
