import BarometerText

/// Which (dimension, language) pairs Barometer recognises. Every listed pair has a corpus
/// (`Tests/BarometerFiguresTests/Corpus/<kind>/<language>.json` and `.negative.json`), and a test fails when a listed
/// pair lacks one or a corpus is not listed.
public enum SupportTable {
    public struct Entry: Sendable, Hashable {
        public var kind: MentionKind
        public var language: Language
    }

    /// All five dimensions in English, German and Chinese.
    public static let supported: [Entry] = MentionKind.allCases.flatMap { kind in
        Language.analysed.map { Entry(kind: kind, language: $0) }
    }

    public static func isSupported(_ kind: MentionKind, _ language: Language) -> Bool {
        supported.contains(Entry(kind: kind, language: language))
    }
}
