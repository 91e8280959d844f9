import BarometerStore
import BarometerText
import Foundation
import Testing

@testable import BarometerPipeline

@Suite("Ingest of the seed corpus")
struct SeedIngestTests {
    @Test("the five seeds go in once; a second ingest adds nothing")
    func idempotent() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let first = ingest([seedsFolder], into: store)
        #expect(first.errors.isEmpty)
        #expect(first.summary == "5 new, 0 unchanged")
        let second = ingest([seedsFolder], into: store)
        #expect(second.summary == "0 new, 5 unchanged")
        let documents = try store.documents(DocumentQuery())
        #expect(documents.count == 5)
    }

    @Test("metadata comes from the manifest: languages, sources and dates")
    func manifestMetadata() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        _ = ingest([seedsFolder], into: store)
        let byOrigin = Dictionary(
            uniqueKeysWithValues: try store.documents(DocumentQuery()).map {
                (URL(fileURLWithPath: $0.origin).lastPathComponent.prefix(3), $0)
            })
        #expect(byOrigin.keys.sorted() == ["000", "001", "002", "003", "004"])
        #expect(
            ["000", "001", "002", "003", "004"].map { byOrigin[$0]!.language.code } == ["de", "en", "zh", "en", "en"])
        #expect(
            ["000", "001", "002", "003", "004"].map { byOrigin[$0]!.source }
                == ["toi-tech", "toi-tech", "hainan-xinxigang", "ai-discussions-blog", "scmp"])
        #expect(
            ["000", "001", "002", "003", "004"].map { byOrigin[$0]!.published?.description }
                == ["2024-02-22", "2024-02-22", "2024-02-23", "2024-03-25", "2024-02-20"])
        #expect(byOrigin.values.allSatisfy { !$0.publishedInferred })
    }

    @Test("flags override the manifest")
    func flagsOverride() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        _ = ingest(
            [seedsFolder + "/004_35f7dafcc2a77b3b.txt"], into: store,
            overrides: IngestOverrides(source: "south-china-morning-post", published: Day("2024-02-21")))
        let document = try #require(try store.documents(DocumentQuery()).first)
        #expect(document.source == "south-china-morning-post")
        #expect(document.published == Day("2024-02-21"))
        #expect(document.language == .english)  // from the manifest of the file's folder
    }

    @Test("changed metadata updates in place; changed text is a new version")
    func changes() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let path = try workspace.write("news/a.txt", "Stocks rose sharply on Monday.\n")
        _ = ingest([path], into: store, overrides: IngestOverrides(published: Day("2024-02-20")))
        let updated = ingest([path], into: store, overrides: IngestOverrides(published: Day("2024-02-21")))
        #expect(updated.summary == "0 new, 1 updated, 0 unchanged")
        try workspace.write("news/a.txt", "Stocks rose sharply on Monday, then fell.\n")
        let revised = ingest([path], into: store, overrides: IngestOverrides(published: Day("2024-02-21")))
        #expect(revised.summary == "0 new, 1 revised, 0 unchanged")
        #expect(try store.documents(DocumentQuery()).map(\.version) == [2])
        #expect(try store.documents(DocumentQuery(allVersions: true)).count == 2)
    }
}

@Suite("Ingest formats")
struct FormatTests {
    @Test("JSON Lines: every object is an article with its own fields")
    func jsonLines() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let path = try workspace.write(
            "feed.jsonl",
            """
            {"text": "Revenue rose 5%.", "source": "wire", "language": "en", "published": "2024-02-20", "url": "https://example.com/a"}
            {"text": "Der Umsatz stieg um 5 Prozent.", "source": "wire", "published": "2024-02-21T08:00:00Z", "title": "Umsatz"}

            """)
        let report = ingest([path], into: store)
        #expect(report.errors.isEmpty)
        let documents = try store.documents(DocumentQuery())
        #expect(documents.map(\.source) == ["wire", "wire"])
        #expect(documents.map(\.published?.description) == ["2024-02-20", "2024-02-21"])
        #expect(documents.map(\.url) == ["https://example.com/a", nil])
        #expect(documents.map(\.title) == [nil, "Umsatz"])
    }

    @Test("standard input is read once, its format guessed")
    func standardInput() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let report = ingest(
            ["-"], into: store, overrides: IngestOverrides(published: Day("2024-02-20")),
            standardInput: Data("Shares of the company fell 3% on Tuesday.".utf8))
        #expect(report.summary == "1 new, 0 unchanged")
        #expect(try store.documents(DocumentQuery()).map(\.source) == ["stdin"])
    }
}

@Suite("Bad input: a clear message, the rest of the batch still goes in, nothing stored is lost")
struct BadInputTests {
    /// A store that already holds the seeds, and the count it must keep.
    func seededStore(_ workspace: Workspace) throws -> SQLiteStore {
        let store = try workspace.store()
        _ = ingest([seedsFolder], into: store)
        return store
    }

    let good = "Shares of the company rose 3% on Tuesday after strong results.\n"

    @Test("a missing path is named; the other paths go in")
    func missingPath() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        let good = try workspace.write("good.txt", good)
        let report = ingest([workspace.path("missing.txt"), good], into: store)
        #expect(report.errors.map(\.location) == [workspace.path("missing.txt")])
        #expect(report.errors[0].message.contains("no such file or folder"))
        #expect(report.summary == "1 new, 0 unchanged, 1 failed")
        #expect(try store.documents(DocumentQuery()).count == 6)
    }

    @Test(
        "an unreadable file is named", .enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func unreadableByPermission() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        let path = try workspace.write("secret.txt", good)
        chmod(path, 0)
        let report = ingest([path], into: store)
        #expect(report.errors.map(\.location) == [path])
        #expect(try store.documents(DocumentQuery()).count == 5)
    }

    @Test("a file that cannot be read (a folder where a file should be) is named")
    func unreadable() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        try FileManager.default.createDirectory(
            atPath: workspace.path("folder.txt"), withIntermediateDirectories: true)
        var diagnostics: [Diagnostic] = []
        let articles = ArticleReader().read(
            InputFile(url: URL(fileURLWithPath: workspace.path("folder.txt")), format: .text, manifest: nil),
            diagnostics: &diagnostics)
        #expect(articles.isEmpty)
        #expect(diagnostics.map(\.location) == [workspace.path("folder.txt")])
        #expect(diagnostics[0].message.contains("cannot read"))
        #expect(try store.documents(DocumentQuery()).count == 5)
    }

    @Test("a folder with no articles is named")
    func emptyFolder() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        try workspace.write("empty/notes.pdf", "%PDF")
        let report = ingest([workspace.path("empty")], into: store)
        #expect(report.errors.map(\.location) == [workspace.path("empty")])
        #expect(report.errors[0].message.contains("holds no articles"))
        #expect(try store.documents(DocumentQuery()).count == 5)
    }

    @Test("an empty file is named; the others in its folder go in")
    func emptyFile() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        try workspace.write("batch/a.txt", "")
        try workspace.write("batch/b.txt", good)
        let report = ingest([workspace.path("batch")], into: store)
        #expect(report.errors.map(\.location) == [workspace.path("batch/a.txt")])
        #expect(report.errors[0].message.contains("empty"))
        #expect(report.outcome.new == 1)
        #expect(try store.documents(DocumentQuery()).count == 6)
    }

    @Test("a binary file (NUL bytes) is refused")
    func binary() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        let path = try workspace.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]))
        let report = ingest([path], into: store)
        #expect(report.errors.map(\.location) == [path])
        #expect(report.errors[0].message.contains("binary"))
        #expect(try store.documents(DocumentQuery()).count == 5)
    }

    @Test("invalid UTF-8 is decoded with replacement characters and warned about")
    func invalidUTF8() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        var bytes = Data("Der Umsatz stieg um 5 Prozent im M".utf8)
        bytes.append(0xE4)  // Latin-1 "ä"
        bytes.append(contentsOf: Data("rz.\n".utf8))
        let path = try workspace.write("latin1.txt", bytes)
        let report = ingest([path], into: store, overrides: IngestOverrides(published: Day("2024-03-01")))
        #expect(report.errors.isEmpty)
        #expect(report.warnings.map(\.location) == [path])
        #expect(report.warnings[0].message.contains("not valid UTF-8"))
        #expect(report.outcome.new == 1)
    }

    @Test("a 50 MB article is ingested")
    func hugeArticle() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let seed = try String(contentsOfFile: seedsFolder + "/004_35f7dafcc2a77b3b.txt", encoding: .utf8)
        let repeats = 50_000_000 / seed.utf8.count + 1
        let path = try workspace.write("huge.txt", String(repeating: seed + "\n", count: repeats))
        let report = ingest(
            [path], into: store, overrides: IngestOverrides(language: .english, published: Day("2024-02-20")))
        #expect(report.errors.isEmpty)
        let document = try #require(try store.documents(DocumentQuery()).first)
        #expect(document.characters > 50_000_000)
    }

    @Test("a malformed JSON line is reported with its number; the other lines go in")
    func malformedJSONLine() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        let path = try workspace.write(
            "feed.jsonl",
            """
            {"text": "Revenue rose 5%.", "published": "2024-02-20"}
            {"text": "Costs fell 2%.", "published": 
            {"title": "no text here"}
            {"text": "Profit doubled.", "published": "2024-02-30"}
            {"text": "Orders rose 10%.", "published": "2024-02-21"}
            """)
        let report = ingest([path], into: store)
        #expect(report.errors.map(\.location) == ["\(path):2", "\(path):3", "\(path):4"])
        #expect(report.errors[0].message.contains("not valid JSON"))
        #expect(report.errors[1].message.contains("\"text\""))
        #expect(report.errors[2].message.contains("2024-02-30"))
        #expect(report.outcome.new == 2)
        #expect(try store.documents(DocumentQuery()).count == 7)
    }

    @Test("a manifest naming a missing file is reported; the files it does hold go in")
    func manifestMissingFile() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        try workspace.write("batch/a.txt", good)
        try workspace.write(
            "batch/manifest.json",
            #"[{"file": "a.txt", "source": "wire", "published": "2024-02-20"}, {"file": "gone.txt", "source": "wire"}]"#
        )
        let report = ingest([workspace.path("batch")], into: store)
        #expect(report.errors.map(\.location) == [workspace.path("batch/manifest.json")])
        #expect(report.errors[0].message.contains("gone.txt"))
        #expect(report.outcome.new == 1)
        #expect(try store.documents(DocumentQuery(sources: ["wire"])).count == 1)
    }

    @Test("a manifest with a bad date: that file waits for a fix, the others go in")
    func manifestBadDate() throws {
        let workspace = try Workspace()
        let store = try seededStore(workspace)
        try workspace.write("batch/a.txt", good)
        try workspace.write("batch/b.txt", "Costs fell 2% in the quarter.\n")
        try workspace.write(
            "batch/manifest.json",
            #"[{"file": "a.txt", "source": "wire", "published": "20.02.2024"}, {"file": "b.txt", "source": "wire", "published": "2024-02-21"}]"#
        )
        let report = ingest([workspace.path("batch")], into: store)
        #expect(report.errors.count == 2)  // the manifest entry, and the file it holds back
        #expect(report.errors.allSatisfy { $0.message.contains("20.02.2024") })
        #expect(report.outcome.new == 1)
        #expect(try store.documents(DocumentQuery()).count == 6)
    }
}

@Suite("Page furniture of the seeds is stored as excluded ranges")
struct SeedFurnitureTests {
    /// The stored excluded text of one seed, by file prefix.
    func excluded(_ prefix: String) throws -> (text: String, excluded: [String], ranges: [ScalarRange]) {
        let workspace = try Workspace()
        let store = try workspace.store()
        _ = ingest([seedsFolder], into: store)
        let document = try #require(
            try store.documents(DocumentQuery()).first {
                URL(fileURLWithPath: $0.origin).lastPathComponent.hasPrefix(prefix)
            })
        let text = try String(contentsOfFile: document.origin, encoding: .utf8)
        let ranges = try store.excludedRanges(documentID: document.id)
        #expect(document.excludedCharacters == ranges.reduce(0) { $0 + $1.range.length })
        return (text, ranges.map { text.slice($0.range) }, ranges.map(\.range))
    }

    @Test("002: everything from 转发到 on, the breadcrumb and the repost notice")
    func chineseRepost() throws {
        let (text, excluded, ranges) = try excluded("002")
        // Every scalar from 转发到 to the end is excluded.
        let scalars = Array(text.unicodeScalars)
        let start = try #require(text.range(of: "转发到")).lowerBound.samePosition(in: text.unicodeScalars)
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: try #require(start))
        let uncovered = (offset..<scalars.count).filter { position in
            !scalars[position].properties.isWhitespace && !ranges.contains { $0.contains(position) }
        }
        #expect(uncovered.isEmpty)
        #expect(excluded.contains { $0.contains("当前位置") })
        #expect(excluded.contains { $0.contains("本文来源于网络") })
        #expect(!excluded.contains { $0.contains("估值高达约10亿美元") })
    }

    @Test("003: the visit counter, the search-box text and the Last modified line")
    func blogCompilation() throws {
        let excluded = try excluded("003").excluded
        #expect(excluded.contains { $0.contains("Visited 2 times, 1 visit(s) today") })
        #expect(excluded.contains { $0.contains("Close Search Window") })
        #expect(excluded.contains { $0.contains("Last modified: March 25, 2024") })
        #expect(!excluded.contains { $0.contains("AIsphere") })
    }

    @Test("000 and 004: the trailing source tags")
    func sourceTags() throws {
        #expect(
            try excluded("000").excluded.contains { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "toi-tech" })
        #expect(try excluded("004").excluded.contains { $0.contains("Source: SCMP") })
    }

    @Test("001 has no furniture")
    func cleanArticle() throws {
        #expect(try excluded("001").excluded.isEmpty)
    }
}

@Suite("Publication dates inferred from the text")
struct InferredDateTests {
    @Test("without metadata, 'Last modified: March 25, 2024' dates seed 003, flagged as inferred")
    func lastModified() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let text = try String(contentsOfFile: seedsFolder + "/003_57f928c9d1ed6209.txt", encoding: .utf8)
        let path = try workspace.write("blog/post.txt", text)
        let report = ingest([path], into: store)
        #expect(report.errors.isEmpty)
        let document = try #require(try store.documents(DocumentQuery()).first)
        #expect(document.published == Day("2024-03-25"))
        #expect(document.publishedInferred)
    }

    @Test("a text without any date is stored undated, with a warning naming the file; never the file's time")
    func undated() throws {
        let workspace = try Workspace()
        let store = try workspace.store()
        let path = try workspace.write("news/a.txt", "Shares of the company rose sharply after strong results.\n")
        let report = ingest([path], into: store)
        #expect(report.warnings.contains { $0.location == path && $0.message.contains("--published") })
        let document = try #require(try store.documents(DocumentQuery()).first)
        #expect(document.published == nil)
        #expect(!document.publishedInferred)
    }
}
