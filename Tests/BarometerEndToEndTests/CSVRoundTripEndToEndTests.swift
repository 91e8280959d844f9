import Foundation
import SwiftCSV
import Testing

/// Every `--format csv` of the command line, read back through SwiftCSV (an independent RFC 4180 parser) and
/// compared cell by cell with the same command's JSON Lines: the same header (objects spread into `name_field`
/// columns), the same rows, text neutralised against formula injection, numbers with their sign.
@Suite("CSV round trip through a real parser, end to end")
struct CSVRoundTripEndToEndTests {
    /// Articles whose metadata and text hold every kind of cell that breaks naive CSV: quotes, commas, line breaks
    /// (LF, CRLF, CR), leading = + - @ and tab, leading and trailing spaces, Chinese text.
    static let hostileFeed =
        [
            #"{"text": "=HYPERLINK(\"http://x\") Revenue rose 5% to $3 billion on 20 February 2024, analysts said.", "#
                + #""source": "=cmd|' /C calc'!A0", "language": "en", "published": "2024-02-20", "#
                + #""title": "He said \"hi\", then\nleft\r\nagain\rand again"}"#,
            #"{"text": "-Costs fell 2% to -3 million dollars in March 2024. @everyone was worried.", "#
                + #""source": "-wire", "language": "en", "published": "2024-02-21", "title": "@SUM(A1:A9)"}"#,
            #"{"text": "+Shares jumped 11.4% on Monday, 19 February 2024.", "source": "+49 wire", "language": "en", "#
                + #""published": "2024-02-19T07:30:00+08:00", "title": "\tTabbed title "}"#,
            #"{"text": "参考消息：Sora估值高达约10亿美元。2024年2月20日，股价上涨3%。", "source": "参考消息", "#
                + #""language": "zh", "published": "2024-02-20", "title": " 参考, \"消息\" "}"#,
            #"{"text": "Der Umsatz stieg um 5 Prozent auf 1,5 Milliarden Euro.", "source": "faz", "language": "de", "#
                + #""published": "2024-02-22", "title": "Umsatz\r\nGewinn"}"#,
        ].joined(separator: "\n") + "\n"

    /// The commands that read the store, each run with `--format csv` and `--format jsonl`.
    static let storeCommands: [[String]] = [
        ["documents"], ["export", "documents"], ["export", "figures"], ["export", "events"],
        ["export", "sentiment", "--by", "sentence"], ["export", "sentiment", "--by", "document"],
        ["trend", "--every", "week"], ["trend", "--every", "day", "--overall", "--window", "3"], ["figures"],
        ["timeline"], ["sentiment", "--by", "source"], ["sentiment", "--by", "entity", "--term", "Sora"],
        ["runs"],
    ]

    /// The commands that read a text file, with `FILE` standing for it.
    static let fileCommands: [[String]] = [
        ["extract", "FILE", "--published", "2024-02-20"], ["extract", "FILE", "--lines", "--published", "2024-02-20"],
        ["score", "FILE"], ["score", "FILE", "--lines", "--explain"],
    ]

    /// The hostile articles, stored by a nightly run so that `runs` has a row too.
    func hostileStore(_ folder: TemporaryFolder) throws -> String {
        let inbox = folder.path("inbox")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try Self.hostileFeed.write(toFile: inbox + "/hostile.jsonl", atomically: true, encoding: .utf8)
        let db = folder.path("hostile.sqlite")
        let nightly = try CommandRunner.run(["nightly", "--inbox", inbox, "--db", db, "--quiet"])
        #expect(nightly.status == 0, "\(nightly.standardError)")
        return db
    }

    func seedStore(_ folder: TemporaryFolder) throws -> String {
        let db = folder.path("seeds.sqlite")
        let ingest = try CommandRunner.run(["ingest", "datasets/seeds", "--db", db, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.standardError)")
        return db
    }

    @Test("every store command's CSV, plain and --excel, on the seed store and on hostile cells")
    func storeCommands() throws {
        let folder = try TemporaryFolder()
        var rows: [[String]: Int] = [:]
        for db in [try seedStore(folder), try hostileStore(folder)] {
            for command in Self.storeCommands {
                rows[command, default: 0] += try checkRoundTrip(command + ["--db", db])
            }
        }
        for command in Self.storeCommands {
            #expect(rows[command, default: 0] > 0, "\(command.joined(separator: " ")): rows to compare")
        }
    }

    @Test("extract and score: the CSV of a hostile text file and of a seed")
    func fileCommands() throws {
        let folder = try TemporaryFolder()
        let hostile = folder.path("hostile.txt")
        let lines = Self.hostileFeed.split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String ?? ""
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: hostile, atomically: true, encoding: .utf8)
        for file in [hostile, "datasets/seeds/002_60a277024476348e.txt"] {
            for command in Self.fileCommands {
                let rows = try checkRoundTrip(command.map { $0 == "FILE" ? file : $0 })
                #expect(rows > 0, "\(command.joined(separator: " ")) \(file): rows to compare")
            }
        }
    }

    /// Runs `arguments` as CSV (plain and --excel) and as JSON Lines, compares, and returns the number of rows.
    @discardableResult
    func checkRoundTrip(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let name = arguments.prefix { $0 != "--db" }.joined(separator: " ")
        let jsonl = try CommandRunner.run(arguments + ["--format", "jsonl"])
        #expect(jsonl.status == 0, "\(name): \(jsonl.standardError)", sourceLocation: sourceLocation)
        let expected = try jsonLines(jsonl.standardOutput)
        for excel in [false, true] {
            let csv = try CommandRunner.run(arguments + ["--format", "csv"] + (excel ? ["--excel"] : []))
            #expect(csv.status == 0, "\(name): \(csv.standardError)", sourceLocation: sourceLocation)
            if excel {
                #expect(csv.standardOutput.hasPrefix("\u{FEFF}"), "\(name): a byte-order mark")
                #expect(csv.standardOutput.hasSuffix("\r\n"), "\(name): CRLF line ends")
            }
            let parsed = try EnumeratedCSV(string: csv.standardOutput, delimiter: .comma, loadColumns: false)
            #expect(!parsed.header.isEmpty, "\(name): a header row", sourceLocation: sourceLocation)
            #expect(
                parsed.rows.count == expected.count, "\(name) excel=\(excel): rows", sourceLocation: sourceLocation)
            for (index, row) in zip(parsed.rows, expected).enumerated() {
                let cells = parsed.header.map { Self.csvText(of: $0, in: row.1) }
                if row.0.count != cells.count || !zip(row.0, cells).allSatisfy(Self.matches) {
                    Issue.record(
                        "\(name) excel=\(excel) row \(index + 1): \(parsed.header)\nparsed \(row.0)\nexpected \(cells)",
                        sourceLocation: sourceLocation)
                }
            }
        }
        return expected.count
    }

    /// What a CSV cell holds for a JSON value: numbers as written, text neutralised, null empty, a list's items
    /// joined with "; ".
    enum Expected {
        case text(String)
        case number(Double)
        case bool(Bool)
        /// A list of objects (an explanation): JSON objects lose their key order when parsed, so the cell must hold
        /// every leaf value, in any order.
        case containing([String])
    }

    static func matches(_ cell: String, _ expected: Expected) -> Bool {
        switch expected {
        case .text(let text): return cell == text
        case .number(let value): return Double(cell) == value
        case .bool(let value): return cell == (value ? "true" : "false")
        case .containing(let leaves): return leaves.allSatisfy { cell.contains($0) }
        }
    }

    /// The value of column `name` of a JSON row: a key of the row, or `object_field` of a nested object.
    static func csvText(of name: String, in row: [String: Any]) -> Expected {
        if let value = row[name] { return expected(value) }
        for (key, value) in row where name.hasPrefix(key + "_") {
            let field = String(name.dropFirst(key.count + 1))
            guard let object = value as? [String: Any] else { return .text("") }
            return object[field].map(expected) ?? .text("")
        }
        return .text("<no column \(name) in the JSON row>")
    }

    static func expected(_ value: Any) -> Expected {
        switch value {
        case is NSNull: return .text("")
        case let text as String: return .text(neutralised(text))
        case let items as [Any] where items.contains(where: { $0 is [String: Any] }): return .containing(leaves(items))
        case let items as [Any]: return .text(neutralised(items.map(plain).joined(separator: "; ")))
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return .bool(number.boolValue) }
            return .number(number.doubleValue)
        default: return .text("<unexpected \(value)>")
        }
    }

    static func leaves(_ value: Any) -> [String] {
        switch value {
        case let items as [Any]: return items.flatMap(leaves)
        case let object as [String: Any]: return object.values.flatMap(leaves)
        case let text as String: return [text]
        case let number as NSNumber: return [number.stringValue]
        default: return []
        }
    }

    static func plain(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return ""
        }
    }

    /// The specification of formula neutralising: text starting with = + - @ tab or CR gets an apostrophe.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
            return text
        }
        return "'" + text
    }
}
