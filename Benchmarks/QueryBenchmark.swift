import BarometerPipeline
import BarometerStore
import BarometerText
import Foundation

/// Builds a SQLite store of `articles` documents from the real news of ../shared/corpora (a pool analysed once,
/// then stored under 12 sources over two years, each copy a distinct document with its figures' dates moved
/// along), then times the queries behind `trend`, `figures`, `timeline` and `sentiment` and prints the plan
/// SQLite chose for each. Pass a path to keep the store and reuse it on the next run.
func runQueryBenchmark(articles: Int, path: String?) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("barometer-query-\(UUID().uuidString)")
    let storePath = path ?? folder.appendingPathComponent("store.sqlite").path
    if path == nil {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    defer { if path == nil { try? FileManager.default.removeItem(at: folder) } }

    let store = try SQLiteStore(path: storePath)
    let stored = try store.documents(DocumentQuery()).count
    if stored < articles {
        try fill(store, from: stored, to: articles)
    }
    let size = Double(try store.sizeInBytes() ?? 0) / 1_048_576
    print(String(format: "query store: %d articles, %.0f MiB (%@)", max(stored, articles), size, storePath))

    let first = Day("2023-01-01")!
    let month = (from: Day("2024-02-01")!, to: Day("2024-02-29")!)
    let quarter = (from: Day("2024-01-01")!, to: Day("2024-03-31")!)
    let queries: [(String, () throws -> Int)] = [
        ("trend --every week (all, 2 years)", { try store.trend(TrendQuery(every: .week, from: first)).count }),
        (
            "trend --every day --source en-wire-1",
            { try store.trend(TrendQuery(every: .day, sources: ["en-wire-1"])).count }
        ),
        (
            "trend --every week --term bank (quarter)",
            { try store.trend(TrendQuery(every: .week, from: quarter.from, to: quarter.to, term: "bank")).count }
        ),
        (
            "trend --every month --subject government",
            { try store.trend(TrendQuery(every: .month, subject: "government", overall: true)).count }
        ),
        (
            "figures --kind money (February)",
            { try store.mentions(MentionQuery(from: month.from, to: month.to, kinds: ["money"])).count }
        ),
        (
            "figures --source de-wire-2 (February)",
            { try store.mentions(MentionQuery(sources: ["de-wire-2"], from: month.from, to: month.to)).count }
        ),
        (
            "timeline (February)",
            { try store.mentions(MentionQuery(from: month.from, to: month.to, eventsOnly: true)).count }
        ),
        (
            "timeline --subject bank (February)",
            {
                try store.mentions(MentionQuery(from: month.from, to: month.to, subject: "bank", eventsOnly: true))
                    .count
            }
        ),
        (
            "sentiment --by sentence --source zh-wire-0 (February)",
            {
                try store.sentenceScores(SentimentQuery(sources: ["zh-wire-0"], from: month.from, to: month.to)).count
            }
        ),
        (
            "sentiment --by source (quarter)",
            { try store.sourceScores(SentimentQuery(from: quarter.from, to: quarter.to)).count }
        ),
        (
            "sentiment --by entity --term 市场 --term Regierung (February)",
            {
                try store.entityScores(SentimentQuery(from: month.from, to: month.to), terms: ["市场", "Regierung"]).count
            }
        ),
    ]
    for (name, query) in queries {
        var times: [Double] = []
        var rows = 0
        for _ in 0..<3 {
            let start = Date()
            rows = try query()
            times.append(Date().timeIntervalSince(start))
        }
        let plans = try store.queryPlans { _ = try query() }
        print(String(format: "%-60@ %8.1f ms  %7d rows", name as NSString, times.sorted()[1] * 1000, rows))
        for plan in plans {
            for step in plan.steps { print("      " + step) }
            if !plan.fullScans.isEmpty { print("      ^ full scan: \(plan.fullScans)") }
        }
    }
}

/// Stores documents `from..<to`: copies of a pool of analysed real articles, 12 sources, spread over two years.
private func fill(_ store: SQLiteStore, from: Int, to: Int) throws {
    let analyser = DocumentAnalyser()
    let reference = Day("2024-01-01")!
    var pool: [(language: String, document: StoredDocument)] = []
    let started = Date()
    for (language, texts) in try NewsCorpus.all() {
        for text in texts.prefix(400) {
            var notes: [Diagnostic] = []
            let article = ReadArticle(
                text: text, metadata: ArticleMetadata(language: Language(code: language), published: reference),
                origin: "pool")
            pool.append((language, analyser.analyse(article, source: language, notes: &notes)))
        }
    }
    print(
        String(format: "analysed a pool of %d real articles in %.1f s", pool.count, Date().timeIntervalSince(started)))

    let span = 730
    var batch: [StoredDocument] = []
    for index in from..<to {
        let (language, base) = pool[index % pool.count]
        let shift = index * span / max(to, 1)
        var document = base
        document.contentHash = "bench-\(index)"
        document.lineage = "bench-\(index)"
        document.source = "\(language)-wire-\(index % 4)"
        document.origin = "bench/\(index).txt"
        document.published = Day("2023-01-01")!.adding(days: shift)
        let move = shift - 365  // the pool was analysed against 2024-01-01
        document.mentions = base.mentions.map { mention in
            var moved = mention
            moved.dateStart = mention.dateStart?.adding(days: move)
            moved.dateEnd = mention.dateEnd?.adding(days: move)
            moved.whenStart = mention.whenStart?.adding(days: move)
            moved.whenEnd = mention.whenEnd?.adding(days: move)
            return moved
        }
        batch.append(document)
        if batch.count == 1000 || index == to - 1 {
            _ = try store.apply(batch)
            batch.removeAll(keepingCapacity: true)
            if (index + 1) % 20_000 == 0 {
                print(String(format: "  stored %d articles (%.0f s)", index + 1, Date().timeIntervalSince(started)))
            }
        }
    }
}
