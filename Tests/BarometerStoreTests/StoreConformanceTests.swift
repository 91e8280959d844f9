import BarometerPostgres
import BarometerText
import Foundation
import Testing

@testable import BarometerStore

/// What every engine must do alike: the `Store` protocol's semantics, run on SQLite and on PostgreSQL.
@Suite("Store conformance")
struct StoreConformanceTests {
    @Test("a new document is stored with its sentences and excluded ranges", arguments: Engine.allCases)
    func storesNew(engine: Engine) throws {
        try withStore(engine) { store in
            let outcome = try store.apply([document("Stocks rose."), document("Bonds fell.")])
            #expect(outcome == BatchOutcome(new: 2))
            let listed = try store.documents(DocumentQuery())
            #expect(listed.count == 2)
            #expect(listed.allSatisfy { $0.sentences == 1 && $0.excludedCharacters == 2 && $0.version == 1 })
            #expect(
                try store.excludedRanges(documentID: listed[0].id) == [
                    ExcludedRange(range: ScalarRange(start: 0, end: 2), kind: .sourceTag)
                ])
        }
    }

    @Test("storing the same document again changes nothing", arguments: Engine.allCases)
    func unchanged(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([document("Stocks rose.")])
            #expect(try store.apply([document("Stocks rose.")]) == BatchOutcome(unchanged: 1))
            #expect(try store.documents(DocumentQuery()).count == 1)
        }
    }

    @Test("changed metadata updates the stored row in place", arguments: Engine.allCases)
    func metadataUpdate(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([document("Stocks rose.", title: "Old")])
            #expect(try store.apply([document("Stocks rose.", title: "New")]) == BatchOutcome(updated: 1))
            let listed = try store.documents(DocumentQuery())
            #expect(listed.map(\.title) == ["New"])
            #expect(listed.map(\.version) == [1])
        }
    }

    @Test(
        "changed text is the next version; the previous one is kept but no longer current",
        arguments: Engine.allCases)
    func revision(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([document("Stocks rose.", lineage: "scmp\tfile.txt")])
            #expect(
                try store.apply([document("Stocks rose sharply.", lineage: "scmp\tfile.txt")])
                    == BatchOutcome(revised: 1))
            #expect(try store.documents(DocumentQuery()).map(\.version) == [2])
            let all = try store.documents(DocumentQuery(allVersions: true))
            #expect(all.map(\.version).sorted() == [1, 2])
            #expect(all.filter(\.isCurrent).count == 1)
            // Going back to the first text makes the first version current again.
            #expect(try store.apply([document("Stocks rose.", lineage: "scmp\tfile.txt")]) == BatchOutcome(updated: 1))
            #expect(try store.documents(DocumentQuery()).map(\.version) == [1])
        }
    }

    @Test("listing filters by source, language and publication dates", arguments: Engine.allCases)
    func filters(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([
                document("A.", source: "scmp", published: Day("2024-02-20")),
                document("B.", source: "toi", published: Day("2024-02-22")),
                document("C.", source: "toi", published: nil),
            ])
            #expect(try store.documents(DocumentQuery(sources: ["toi"])).count == 2)
            #expect(try store.documents(DocumentQuery(from: Day("2024-02-21"))).map(\.source) == ["toi"])
            #expect(try store.documents(DocumentQuery(to: Day("2024-02-21"))).map(\.source) == ["scmp"])
            #expect(try store.documents(DocumentQuery(language: .german)).isEmpty)
            #expect(try store.documents(DocumentQuery(limit: 1)).map(\.source) == ["scmp"])
            // Undated documents sort last.
            #expect(
                try store.documents(DocumentQuery()).map(\.published?.description) == ["2024-02-20", "2024-02-22", nil])
        }
    }

    @Test("lookup tells which identities are stored, for more than a thousand at once", arguments: Engine.allCases)
    func lookup(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([document("A.")])
            let hashes = (0..<1200).map { "missing-\($0)" } + ["hash:scmp:A."]
            let found = try store.lookup(contentHashes: hashes)
            #expect(Array(found.keys) == ["hash:scmp:A."])
        }
    }

    @Test("a long listing is visited row by row, in publication order", arguments: Engine.allCases)
    func longListing(engine: Engine) throws {
        try withStore(engine) { store in
            // More rows than one fetch of the PostgreSQL cursor (500).
            let days = (0..<1100).map { Day("2024-01-01")!.adding(days: $0 % 300) }
            _ = try store.apply(days.enumerated().map { document("Text \($0.offset).", published: $0.element) })
            var visited: [Day] = []
            try store.forEachDocument(DocumentQuery()) { visited.append($0.published!) }
            #expect(visited == days.sorted())
        }
    }

    @Test("figures keep every field, and filter by kind and subject", arguments: Engine.allCases)
    func mentions(engine: Engine) throws {
        try withStore(engine) { store in
            var stored = document("Apple's revenue rose 5% to $3 billion in March 2024.")
            let revenue = StoredMention(
                sentence: 0, kind: "percent", text: "5%", range: ScalarRange(start: 20, end: 22), value: "5",
                unit: "percent", currency: nil, currencyText: nil, approximate: false, bound: nil, direction: "up",
                dateStart: nil, dateEnd: nil, granularity: nil, subject: "Apple's Revenue",
                whenStart: Day("2024-03-01"),
                whenEnd: Day("2024-03-31"), whenGranularity: "month", whenFrom: "text", restates: nil)
            let money = StoredMention(
                sentence: 0, kind: "money", text: "$3 billion", range: ScalarRange(start: 26, end: 36),
                value: "3000000000", unit: nil, currency: "USD", currencyText: "$", approximate: true,
                bound: "at least",
                direction: nil, dateStart: nil, dateEnd: nil, granularity: nil, subject: nil, whenStart: nil,
                whenEnd: nil, whenGranularity: nil, whenFrom: nil, restates: 0)
            let date = StoredMention(
                sentence: 0, kind: "date", text: "March 2024", range: ScalarRange(start: 40, end: 50), value: nil,
                unit: nil, currency: nil, currencyText: nil, approximate: false, bound: nil, direction: nil,
                dateStart: Day("2024-03-01"), dateEnd: Day("2024-03-31"), granularity: "month", subject: nil,
                whenStart: nil, whenEnd: nil, whenGranularity: nil, whenFrom: nil, restates: nil)
            stored.mentions = [revenue, money, date]
            _ = try store.apply([stored])
            #expect(try store.mentions(MentionQuery()).map(\.mention) == [revenue, money, date])
            #expect(try store.mentions(MentionQuery(kinds: ["money"])).map(\.mention) == [money])
            #expect(try store.mentions(MentionQuery(subject: "REVENUE")).map(\.mention) == [revenue])
            #expect(try store.mentions(MentionQuery(subject: "100%")).isEmpty)
            // Events: figures only, ordered by the date they refer to (undated first, as SQL sorts NULL).
            #expect(try store.mentions(MentionQuery(eventsOnly: true)).map(\.mention) == [money, revenue])
            #expect(try store.mentions(MentionQuery(from: Day("2024-04-01"))).isEmpty)
        }
    }

    @Test("stale documents are re-analysed in place, keeping their identity", arguments: Engine.allCases)
    func rescore(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([document("Stocks rose."), document("Bonds fell.")])
            let stale = try store.staleDocuments(extractorVersion: "x2", lexiconVersion: "y", limit: 10)
            #expect(stale.map(\.text) == ["Stocks rose.", "Bonds fell."])
            #expect(try store.staleDocuments(extractorVersion: "x", lexiconVersion: "y", limit: 10).isEmpty)
            var fresh = document("Stocks rose.")
            fresh.extractorVersion = "x2"
            fresh.score = StoredScore(score: -0.3, positive: 0, negative: 0.3, neutral: 0.7, label: "negative")
            try store.replaceAnalysis([(stale[0].id, fresh)])
            #expect(
                try store.staleDocuments(extractorVersion: "x2", lexiconVersion: "y", limit: 10).map(\.id) == [
                    stale[1].id
                ])
            let listed = try store.documents(DocumentQuery())
            #expect(listed.first { $0.id == stale[0].id }?.score == -0.3)
            #expect(listed.count == 2)
        }
    }

    @Test("runs are recorded newest first, and a run left running is abandoned by the next", arguments: Engine.allCases)
    func runs(engine: Engine) throws {
        try withStore(engine) { store in
            let first = try store.startRun(command: "nightly", extractorVersion: "x", lexiconVersion: "y")
            try store.finishRun(id: first, status: .completed, counts: RunCounts(new: 3, unchanged: 1), message: nil)
            _ = try store.startRun(command: "nightly", extractorVersion: "x", lexiconVersion: "y")
            #expect(try store.runs(limit: 10).map(\.status) == [.running, .completed])
            #expect(try store.runs(limit: 10).last?.counts == RunCounts(new: 3, unchanged: 1))
            if engine == .postgres {
                // A run whose process still lives (here: its connection) is not abandoned by another process.
                let other = try PostgresStore(url: (store as! PostgresStore).url)
                _ = try other.startRun(command: "nightly", extractorVersion: "x", lexiconVersion: "y")
                #expect(try store.runs(limit: 10).map(\.status) == [.running, .running, .completed])
                // Once that process is gone (its connection closed), its run is abandoned.
                other.close()
                _ = try store.startRun(command: "nightly", extractorVersion: "x", lexiconVersion: "y")
                #expect(try store.runs(limit: 10).map(\.status) == [.running, .abandoned, .abandoned, .completed])
            } else {
                _ = try store.startRun(command: "nightly", extractorVersion: "x", lexiconVersion: "y")
                #expect(try store.runs(limit: 10).map(\.status) == [.running, .abandoned, .completed])
            }
            #expect(try store.runs(limit: 1).count == 1)
        }
    }

    @Test("the store measures its size", arguments: Engine.allCases)
    func size(engine: Engine) throws {
        try withStore(engine) { store in
            _ = try store.apply([document("Stocks rose.")])
            #expect(try store.sizeInBytes() ?? 0 > 0)
        }
    }
}
