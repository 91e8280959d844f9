/// One language's sentence-boundary knowledge from `Resources/sentence-rules.json`, as lookup sets.
struct SentenceRules: Sendable {
    struct File: Decodable {
        struct Entry: Decodable {
            var alwaysEnds: String
            var endsBeforeSpace: String
            var closers: String
            var abbreviations: [String]
            var ordinalFollowers: [String]
        }
        var languages: [String: Entry]
    }

    let alwaysEnds: Set<Unicode.Scalar>
    let endsBeforeSpace: Set<Unicode.Scalar>
    let closers: Set<Unicode.Scalar>
    /// Abbreviations as written, spaces removed ("z.B.", "U.S.", "Mio.").
    let abbreviations: Set<String>
    /// The dotted beginnings of abbreviations of several parts ("z.", "i.", "i.d."), spaces removed.
    let abbreviationStarts: Set<String>
    /// Lower-cased words that make a preceding "<number>." an ordinal.
    let ordinalFollowers: Set<String>
    /// The longest abbreviation in scalars, to stop looking early.
    let longestAbbreviation: Int

    static let all: [Language: SentenceRules] = {
        let file = TextResources.load(File.self, named: "sentence-rules")
        var rules: [Language: SentenceRules] = [:]
        for language in Language.allCases {
            guard let entry = file.languages[language.code] else {
                preconditionFailure("sentence-rules.json has no entry for \(language.code)")
            }
            rules[language] = SentenceRules(entry)
        }
        return rules
    }()

    static func forLanguage(_ language: Language) -> SentenceRules { all[language]! }

    init(_ entry: File.Entry) {
        alwaysEnds = Set(entry.alwaysEnds.unicodeScalars)
        endsBeforeSpace = Set(entry.endsBeforeSpace.unicodeScalars)
        closers = Set(entry.closers.unicodeScalars)
        var abbreviations: Set<String> = []
        var starts: Set<String> = []
        for written in entry.abbreviations {
            let key = SentenceRules.key(written)
            abbreviations.insert(key)
            // "i.d.R." begins with "i." and "i.d.": a period there does not end the sentence either.
            var prefix = ""
            let parts = key.split(separator: ".", omittingEmptySubsequences: true)
            if parts.count > 1 {
                for part in parts.dropLast() {
                    prefix += part + "."
                    starts.insert(prefix)
                }
            }
        }
        self.abbreviations = abbreviations
        self.abbreviationStarts = starts
        self.ordinalFollowers = Set(entry.ordinalFollowers.map { String(String.UnicodeScalarView(TextFolding.lowercased($0))) })
        self.longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0
    }

    /// An abbreviation's lookup key: as written, white space removed.
    static func key(_ written: String) -> String {
        String(String.UnicodeScalarView(written.unicodeScalars.filter { !Lines.isSpace($0) }))
    }

    /// Whether a key is a listed abbreviation, as written or capitalised at a sentence start ("Ca.").
    func isAbbreviation(_ key: String) -> Bool {
        if abbreviations.contains(key) { return true }
        guard let first = key.unicodeScalars.first, !TextFolding.isLowercase(first) else { return false }
        var lowered = key.unicodeScalars
        lowered.replaceSubrange(lowered.startIndex...lowered.startIndex, with: [TextFolding.lowercased(first)])
        return abbreviations.contains(String(lowered))
    }
}
