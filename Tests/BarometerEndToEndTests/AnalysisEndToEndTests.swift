import Foundation
import Testing

/// JSON Lines output parsed into objects.
func jsonLines(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
}

@Suite("barometer extract, score, sentiment and trend, end to end")
struct AnalysisEndToEndTests {
    @Test("extract on seed 004: 11.4% (percent) and the first trading day after the Lunar New Year, 2024-02-19")
    func extractSeed() throws {
        let result = try CommandRunner.run([
            "extract", "datasets/seeds/004_35f7dafcc2a77b3b.txt", "--published", "2024-02-20", "--format", "jsonl",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let mentions = try jsonLines(result.standardOutput)
        let percent = try #require(mentions.first { $0["text"] as? String == "11.4%" })
        #expect(percent["kind"] as? String == "percent")
        #expect(percent["value"] as? Double == 11.4)
        #expect(percent["unit"] as? String == "%")
        let holiday = try #require(mentions.first { ($0["text"] as? String)?.contains("Lunar New Year") == true })
        #expect((holiday["date"] as? [String: Any])?["start"] as? String == "2024-02-19")
        #expect(mentions.allSatisfy { ($0["text"] as? String).map { !$0.contains("GPT") } ?? true })
    }

    @Test("extract on the German seed: 1.5 years, März 2023, October 2023; no GPT-3.5 or GPT-4 as figures")
    func extractGerman() throws {
        let result = try CommandRunner.run([
            "extract", "datasets/seeds/000_5669480ff98268bb.txt", "--published", "2024-02-22", "--format", "jsonl",
        ])
        let mentions = try jsonLines(result.standardOutput)
        let duration = try #require(mentions.first { $0["kind"] as? String == "duration" })
        #expect(duration["value"] as? Double == 1.5 && duration["unit"] as? String == "year")
        #expect(duration["approximate"] as? Bool == true)
        let months = mentions.compactMap { ($0["date"] as? [String: Any])?["start"] as? String }
        #expect(months.contains("2023-03-01") && months.contains("2023-10-01"))
        #expect(!mentions.contains { ($0["text"] as? String)?.contains("3.5") == true || $0["text"] as? String == "4" })
    }

    @Test("extract on the Chinese seed: the February dates of 2024 and 1,000,000,000 USD, nothing after 转发到")
    func extractChinese() throws {
        let result = try CommandRunner.run([
            "extract", "datasets/seeds/002_60a277024476348e.txt", "--published", "2024-02-23", "--format", "jsonl",
        ])
        let mentions = try jsonLines(result.standardOutput)
        let dates = mentions.compactMap { ($0["date"] as? [String: Any])?["start"] as? String }
        #expect(["2024-02-23", "2024-02-20", "2024-02-21"].allSatisfy(dates.contains))
        let money = try #require(mentions.first { $0["kind"] as? String == "money" })
        #expect(money["value"] as? Double == 1_000_000_000 && money["currency"] as? String == "USD")
        let text = try String(contentsOfFile: "datasets/seeds/002_60a277024476348e.txt", encoding: .utf8)
        let cut = text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex,
            to: try #require(text.range(of: "转发到")?.lowerBound.samePosition(in: text.unicodeScalars)))
        #expect(mentions.allSatisfy { ($0["start"] as? Int ?? 0) < cut })
    }

    @Test("score --lines: one object per input line with the documented fields")
    func scoreLines() throws {
        let input = "Net sales increased by 5.2%.\nThe operating loss widened to EUR 7m.\n\nCosts fell.\n"
        let result = try CommandRunner.run(["score", "--lines", "--format", "jsonl"], standardInput: Data(input.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try jsonLines(result.standardOutput)
        #expect(rows.map { $0["line"] as? Int } == [1, 2, 4])
        #expect(rows.map { $0["label"] as? String } == ["positive", "negative", "positive"])
        for key in ["score", "positive", "negative", "neutral", "label", "sentences", "language", "lexicon"] {
            #expect(rows.allSatisfy { $0[key] != nil }, "missing \(key)")
        }
    }

    @Test("score --explain names the words and rules that moved the score")
    func explain() throws {
        let result = try CommandRunner.run(
            ["score", "--explain", "--format", "json"], standardInput: Data("Profit did not rise.".utf8))
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let row = try #require((document["rows"] as? [[String: Any]])?.first)
        let sentence = try #require((row["explanation"] as? [[String: Any]])?.first)
        let contributions = try #require(sentence["contributions"] as? [[String: Any]])
        let rules = contributions.flatMap { ($0["rules"] as? [[String: Any]]) ?? [] }.compactMap {
            $0["rule"] as? String
        }
        #expect(rules.contains("negation"))
    }

    @Test("a user lexicon with a bad line is refused with its file and line")
    func badLexicon() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("mine.tsv")
        try Data("Sora\t1.5\nhallucinate\tvery bad\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.run(["score", "--lexicon", path], standardInput: Data("Sora rocks.".utf8))
        #expect(result.status == 1)
        #expect(result.standardError.contains(path) && result.standardError.contains("2"))
    }

    @Test("on the seed store: sentiment per source with counts, lexicon list, trend per week with sparklines")
    func seedStore() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("x.sqlite")
        _ = try CommandRunner.run(["ingest", "datasets/seeds", "--db", db, "--quiet"])
        let sources = try CommandRunner.run(["sentiment", "--by", "source", "--db", db, "--format", "csv"])
        let rows = csvRows(sources.standardOutput)
        #expect(rows.first == ["source", "count", "mean_score", "std_error", "positive_share", "negative_share"])
        #expect(rows.dropFirst().map { $0[0] } == ["ai-discussions-blog", "hainan-xinxigang", "scmp", "toi-tech"])
        #expect(rows.dropFirst().map { $0[1] } == ["1", "1", "1", "2"])
        let lexicons = try CommandRunner.run(["lexicon", "list", "--format", "csv"])
        #expect(lexicons.status == 0)
        #expect(csvRows(lexicons.standardOutput).count > 10)
        let trend = try CommandRunner.run(["trend", "--every", "week", "--db", db, "--format", "table"])
        #expect(trend.status == 0)
        #expect(trend.standardOutput.contains("2024-02-19"))
        #expect(trend.standardOutput.contains { "▁▂▃▄▅▆▇█".contains($0) })
        let svg = try CommandRunner.run(["trend", "--every", "week", "--db", db, "--format", "svg"])
        #expect(svg.standardOutput.hasPrefix("<svg"))
        let export = try CommandRunner.run(["export", "sentiment", "--by", "sentence", "--db", db])
        #expect(csvRows(export.standardOutput).count > 100)
    }
}

@Suite("barometer report, end to end")
struct ReportEndToEndTests {
    @Test("the report is self-contained HTML with inline charts, the CSVs behind it, and an nbformat 4 notebook")
    func report() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("x.sqlite")
        _ = try CommandRunner.run(["ingest", "datasets/seeds", "--db", db, "--quiet"])
        let out = folder.path("report")
        let result = try CommandRunner.run(["report", "--out", out, "--db", db])
        #expect(result.status == 0, "\(result.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(
            names == [
                "barometer.ipynb", "documents.csv", "events.csv", "figures.csv", "index.html", "sentiment-sources.csv",
                "top-sentences.csv", "trend-weekly.csv",
            ])
        let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(html.components(separatedBy: "<svg").count - 1 == 2)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("href="), "no external resources")
        #expect(html.contains("Sora Index"))
        let notebook = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/barometer.ipynb")))
                as? [String: Any])
        #expect(notebook["nbformat"] as? Int == 4)
        let sources = (notebook["cells"] as? [[String: Any]] ?? []).flatMap { $0["source"] as? [String] ?? [] }.joined()
        for csv in ["trend-weekly.csv", "events.csv", "sentiment-sources.csv", "top-sentences.csv"] {
            #expect(sources.contains(csv), "the notebook loads \(csv)")
        }
        let trend = csvRows(try String(contentsOfFile: out + "/trend-weekly.csv", encoding: .utf8))
        #expect(trend.first?.first == "period_start")
    }
}
