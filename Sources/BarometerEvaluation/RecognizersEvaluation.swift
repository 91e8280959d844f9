import BarometerFigures
import BarometerText
import Foundation

/// How Barometer fared on one Recognizers-Text spec file.
public struct FileResult: Sendable, Hashable {
    public var language: RecognizersLanguage
    public var model: RecognizersModel
    public var passed: Int
    /// Cases in scope: passed plus failed.
    public var applicable: Int
    /// Out-of-scope cases, counted by reason.
    public var notApplicable: [String: Int]
    /// The failed cases' inputs with what differed (for reading, not for scoring).
    public var failures: [String]

    public var passRate: Double { applicable == 0 ? 0 : Double(passed) / Double(applicable) }
}

/// Runs Microsoft Recognizers-Text's number, percent, currency and date/time specs against Barometer.
///
/// A case of `NumberModel`, `PercentModel` or `CurrencyModel` passes when the mentions Barometer's rules for that
/// dimension find on their own (`FigureExtractor.extract(text:language:published:only:)`) equal the expected results
/// exactly: the same spans (their UTF-16, end-inclusive offsets converted to Unicode scalar offsets) and the same
/// values (compared numerically to 10⁻⁹ relative; German values use a decimal comma; Recognizers rounds fractions to
/// 15 digits, Barometer to 10 places). A case without results is a negative case: it passes when Barometer finds
/// nothing of that kind. Currencies: where the spec gives an ISO code (`isoCurrency`, or one implied by a unit name such
/// as "Euro"), a settled Barometer currency must equal it, and an ambiguous one (code nil, e.g. "$", "¥") counts as
/// agreeing, since Barometer keeps shared signs ambiguous by design rather than guess; a generic unit ("Dollar",
/// "Pound") is not compared.
///
/// Out of scope, counted per reason and never as passed:
/// - cases Microsoft's own .NET implementation fails (`NotSupported`/`NotSupportedByDesign` naming dotnet): the
///   reference itself does not meet them;
/// - ordinals ("first", "第三", "11th"): ranks, not figures;
/// - currency names without an amount ("rmb", "the Dollar"): no figure to report;
/// - a percent sign or word without a number ("the % of increase", "a small percent"): no figure to report;
/// - Chinese discount rates ("九折", "八五折"): a price convention, not a percentage in news;
/// - cryptocurrencies (bitcoin, satoshi, BTC, 比特币): they have no ISO 4217 code for a money mention to carry;
/// - spoken ratios ("one out of three", "1 in twenty-one"): Barometer reports their two numbers, as news means them
///   (a count and a total), where Recognizers resolves one fraction;
/// - spoken arithmetic and notation Barometer does not read in news: "1 over 3", powers and exponents
///   ("1.2e+3", "10^3"), "dozens of"-style plurals, cents joined to amounts ("15 dollars and 15 cents"),
///   multiplication signs.
/// Date/time cases are scored by `RecognizersDateTime`.
public enum RecognizersEvaluation {
    /// The reference day for number, percent and currency cases (they carry none; the value does not depend on it).
    static let reference = Day(year: 2016, month: 11, day: 7)

    /// Runs the 12 files `<Language>/<Model>.json` under `specs`.
    public static func run(specs: URL) throws -> [FileResult] {
        var results: [FileResult] = []
        for language in RecognizersLanguage.allCases {
            for model in RecognizersModel.allCases {
                let url = specs.appendingPathComponent(language.rawValue).appendingPathComponent(
                    "\(model.rawValue).json")
                let cases = try RecognizersCase.load(url)
                var result = FileResult(
                    language: language, model: model, passed: 0, applicable: 0, notApplicable: [:], failures: [])
                for testCase in cases {
                    switch outcome(for: testCase, language: language, model: model) {
                    case .passed:
                        result.passed += 1
                        result.applicable += 1
                    case .failed(let why):
                        result.applicable += 1
                        result.failures.append("\(testCase.input) — \(why)")
                    case .notApplicable(let why):
                        result.notApplicable[why, default: 0] += 1
                    }
                }
                results.append(result)
            }
        }
        return results
    }

    /// Scores one case.
    public static func outcome(
        for testCase: RecognizersCase, language recognizersLanguage: RecognizersLanguage, model: RecognizersModel
    ) -> CaseOutcome {
        let language = recognizersLanguage.barometerLanguage
        if model == .dateTime { return RecognizersDateTime.outcome(for: testCase, language: language) }
        let dotnet = ((testCase.notSupported ?? "") + "," + (testCase.notSupportedByDesign ?? "")).lowercased()
        if dotnet.contains("dotnet") { return .notApplicable("fails in the .NET reference") }
        if let reason = outOfScope(testCase, model: model) { return .notApplicable(reason) }
        let kind: MentionKind = model == .number ? .number : model == .percent ? .percent : .money
        let found = FigureExtractor().extract(
            text: testCase.input, language: language, published: reference, only: kind)
        let offsets = ScalarOffsets(testCase.input)
        var expected = testCase.results
        if model == .currency {
            expected = expected.filter { $0.resolution?["value"]?.string != nil }
        }
        guard found.count == expected.count else {
            return .failed("found \(found.map(\.text)), expected \(expected.map(\.text))")
        }
        for (mention, result) in zip(found, expected) {
            guard let start = result.start, let end = result.end,
                let range = offsets.scalarRange(utf16Start: start, inclusiveEnd: end)
            else { return .failed("expected offsets unusable") }
            guard mention.range == range else {
                return .failed("'\(mention.text)' at \(mention.range), expected '\(result.text)' at \(range)")
            }
            guard let value = expectedValue(result, language: language), let ours = mention.value, close(ours, value)
            else {
                return .failed(
                    "'\(mention.text)' = \(mention.value.map { "\($0)" } ?? "nil"), expected \(result.resolution?["value"]?.string ?? "nil")"
                )
            }
            if model == .currency, let iso = expectedCurrency(result), let code = mention.currency?.code, code != iso {
                return .failed("'\(mention.text)' in \(code), expected \(iso)")
            }
        }
        return .passed
    }

    /// The reason a case is out of scope, or nil.
    static func outOfScope(_ testCase: RecognizersCase, model: RecognizersModel) -> String? {
        let input = testCase.input.lowercased()
        for result in testCase.results {
            let text = result.text.lowercased()
            let subtype = result.resolution?["subtype"]?.string ?? ""
            if subtype.contains("ordinal") || result.typeName.contains("ordinal") { return "ordinal" }
            if subtype == "power" || text.contains("^")
                || text.range(of: #"\de[+-]?\d"#, options: .regularExpression) != nil
            {
                return "power or exponent notation"
            }
            if text.contains(" over ") || text.contains("分之") && model == .number && text.hasPrefix("负") {
                return "spoken arithmetic"
            }
            if model == .number, subtype == "fraction", text.contains(" out of ") || text.contains(" in ") {
                return "spoken ratio"
            }
            if model == .currency && result.resolution?["value"]?.string == nil && testCase.results.count == 1 {
                return "currency name without an amount"
            }
            if model == .currency
                && (text.contains(" cent") || text.contains(" und ") && text.contains("cent") || text.contains("美分")
                    || text.contains("角") || text.contains("毛") || text.contains("分") && text.contains("元"))
            {
                return "cents joined to an amount"
            }
            if model == .percent && text.hasSuffix("折") { return "discount rate (折)" }
            if model == .percent, result.resolution?["value"]?.string ?? "null" == "null" {
                return "percent word without a number"
            }
            if model == .currency, let unit = result.resolution?["unit"]?.string, unit == "Bitcoin" || unit == "Satoshi"
            {
                return "cryptocurrency (no ISO 4217 code)"
            }
            if model == .currency && (text.contains("比特币") || text.contains("btc")) {
                return "cryptocurrency (no ISO 4217 code)"
            }
        }
        if input.contains("dozens") || input.contains("hundreds of") { return "plural round numbers" }
        return nil
    }

    private static func expectedValue(_ result: RecognizersResult, language: Language) -> Decimal? {
        guard var text = result.resolution?["value"]?.string else { return nil }
        text = text.replacingOccurrences(of: "%", with: "")
        if language == .german, !text.contains(".") { text = text.replacingOccurrences(of: ",", with: ".") }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The ISO code the spec gives or its unit name implies; nil for generic units ("Dollar").
    private static func expectedCurrency(_ result: RecognizersResult) -> String? {
        if let iso = result.resolution?["isoCurrency"]?.string { return iso }
        return unitCodes[result.resolution?["unit"]?.string ?? ""]
    }

    /// Unit names of the specs that name one currency.
    private static let unitCodes: [String: String] = [
        "Euro": "EUR", "British pound": "GBP", "Chinese yuan": "CNY", "Japanese yen": "JPY",
        "United States dollar": "USD", "Hong Kong dollar": "HKD", "Swiss franc": "CHF",
    ]

    private static func close(_ a: Decimal, _ b: Decimal) -> Bool {
        let difference = abs(NSDecimalNumber(decimal: a - b).doubleValue)
        let scale = max(1, abs(NSDecimalNumber(decimal: b).doubleValue))
        return difference <= 1e-9 * scale
    }
}

extension RecognizersLanguage {
    public var barometerLanguage: Language {
        switch self {
        case .english: .english
        case .german: .german
        case .chinese: .chinese
        }
    }
}

/// Converts the specs' UTF-16 offsets (the .NET string index) to Unicode scalar offsets.
struct ScalarOffsets {
    /// Scalar offset of each UTF-16 offset that starts a scalar; -1 inside a surrogate pair.
    private var scalarAt: [Int]

    init(_ text: String) {
        var table: [Int] = []
        var scalarIndex = 0
        for scalar in text.unicodeScalars {
            table.append(scalarIndex)
            if scalar.utf16.count == 2 { table.append(-1) }
            scalarIndex += 1
        }
        table.append(scalarIndex)
        scalarAt = table
    }

    /// The half-open scalar range of an inclusive UTF-16 span.
    func scalarRange(utf16Start start: Int, inclusiveEnd end: Int) -> ScalarRange? {
        guard start >= 0, end + 1 < scalarAt.count, start <= end + 1 else { return nil }
        let s = scalarAt[start]
        let e = scalarAt[end + 1]
        guard s >= 0, e >= s else { return nil }
        return ScalarRange(start: s, end: e)
    }
}
