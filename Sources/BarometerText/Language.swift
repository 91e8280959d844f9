/// A language Barometer can analyse, named by its BCP 47 code.
///
///     Language(code: "de")   // .german
///     Language(code: "fr")   // nil: not one Barometer analyses
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case english = "en"
    case german = "de"
    case chinese = "zh"
    /// Undetermined (ISO 639-2 `und`): stored, but skipped by analysis.
    case undetermined = "und"

    /// The BCP 47 code, as stored and printed.
    public var code: String { rawValue }

    /// The languages whose figures and sentiment Barometer analyses.
    public static let analysed: [Language] = [.english, .german, .chinese]

    /// Whether figures and sentiment are computed for text in this language.
    public var isAnalysed: Bool { self != .undetermined }

    /// Parses a code case-insensitively, accepting region subtags (`en-GB`, `zh-Hans`).
    public init?(code: String) {
        let primary = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "en", "eng": self = .english
        case "de", "deu", "ger": self = .german
        case "zh", "zho", "chi", "cmn": self = .chinese
        case "und": self = .undetermined
        default: return nil
        }
    }
}
