import BarometerStore
import BarometerText
import Foundation
import Testing

@testable import BarometerPipeline

/// The indexes behind fast queries give the same answers as reading everything: figure counts kept on documents,
/// the R*Tree of mention days, the subject index.
@Suite("Query indexes on the seed store")
struct QueryIndexTests {
    /// The day a listing filters a mention by: the date it refers to (figures) or is (dates).
    static func span(_ mention: StoredMention) -> (Day, Day)? {
        guard let start = mention.whenStart ?? mention.dateStart else { return nil }
        return (start, mention.whenEnd ?? mention.dateEnd ?? start)
    }

    @Test(
        "a date window finds exactly the mentions whose days overlap it",
        arguments: [
            ("2024-02-01", "2024-02-29"), ("2024-02-19", "2024-02-19"), ("2023-01-01", "2023-12-31"),
            ("2024-03-25", "2030-01-01"), ("1990-01-01", "1999-12-31"),
        ])
    func window(from: String, to: String) throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        _ = ingest([seedsFolder], into: store)
        let (first, last) = (Day(from)!, Day(to)!)
        let all = try store.mentions(MentionQuery())
        let expected = all.filter { row in Self.span(row.mention).map { $0.0 <= last && $0.1 >= first } ?? false }
        let found = try store.mentions(MentionQuery(from: first, to: last))
        #expect(Set(found) == Set(expected))
        #expect(found.count == expected.count)
        #expect(
            try store.mentions(MentionQuery(from: first)).count
                == all.filter { Self.span($0.mention).map { $0.1 >= first } ?? false }.count)
    }

    @Test("trends count the figures stored, dates not included")
    func figureCounts() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        _ = ingest([seedsFolder], into: store)
        let figures = try store.mentions(MentionQuery()).filter { $0.mention.kind != "date" }.count
        #expect(figures > 10)
        let buckets = try store.trend(TrendQuery(every: .month, overall: true))
        #expect(buckets.reduce(0) { $0 + $1.figures } == figures)
    }

    @Test("re-analysis replaces a document's mention days")
    func reanalysis() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let path = try workspace.write("a.txt", "Revenue rose 12% in March 2023. Profit fell in May 2021.")
        _ = ingest([path], into: store, overrides: IngestOverrides(language: .english, published: Day("2024-02-20")))
        let may2021 = MentionQuery(from: Day("2021-05-01"), to: Day("2021-05-31"))
        let before = try store.mentions(may2021).map(\.mention.text)
        #expect(before == ["May 2021"])

        let id = try #require(try store.documents(DocumentQuery()).first?.id)
        var notes: [Diagnostic] = []
        var document = DocumentAnalyser().analyse(
            ReadArticle(
                text: "Revenue rose 12% in March 2023.",
                metadata: ArticleMetadata(language: .english, published: Day("2024-02-20")), origin: path),
            source: "a", notes: &notes)
        document.contentHash = "replaced"
        try store.replaceAnalysis([(id: id, document: document)])
        #expect(try store.mentions(may2021).isEmpty)
        #expect(try store.mentions(MentionQuery(from: Day("2023-03-01"), to: Day("2023-03-31"))).count == 2)
    }

    @Test("a subject trend counts the sentences holding a figure about it")
    func subject() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        _ = ingest([seedsFolder], into: store)
        let rows = try store.mentions(MentionQuery(subject: "sora"))
        let sentences = Set(rows.compactMap { row in row.mention.sentence.map { "\(row.documentID):\($0)" } })
        #expect(!sentences.isEmpty)
        let buckets = try store.trend(TrendQuery(every: .month, subject: "Sora", overall: true))
        #expect(buckets.reduce(0) { $0 + $1.sentences } == sentences.count)
    }
}
