/// One language's sentence-boundary knowledge from `Resources/sentence-rules.json`, as lookup sets.
struct SentenceRules: Sendable {
    struct File: Decodable {
        struct Entry: Decodable {
            var alwaysEnds: String
            var endsBeforeSpace: String
            var closers: String
            var unbrokenPairs: String
            var attributionVerbs: [String]
            var abbreviations: [String]
            var ordinalFollowers: [String]
            var ordinalPrecedents: [String]
        }
        var languages: [String: Entry]
    }

    let alwaysEnds: ScalarSet
    let endsBeforeSpace: ScalarSet
    let closers: ScalarSet
    /// `alwaysEnds`, `endsBeforeSpace` and the unbroken-pair marks: one probe per scalar decides whether to look closer.
    let boundaryCandidates: ScalarSet
    /// Opening marks of `unbrokenPairs` ("《"), and the closing mark of each.
    let unbrokenOpeners: ScalarSet
    let unbrokenCloser: [Unicode.Scalar: Unicode.Scalar]
    /// Words that end a short attribution after a quote ("说" in “……。”他说。).
    let attributionVerbs: [[Unicode.Scalar]]
    /// Longest attribution, in scalars, kept with the quote before it: a name, an affiliation and a
    /// verb. THUCNews development texts have attributions like "好买理财研究中心分析师曾令华说" (15).
    static let attributionReach = 24
    /// How far after its opening mark a closing mark still keeps a pair unbroken (book and film titles are short).
    static let unbrokenPairReach = 40
    /// Abbreviations as written, spaces removed ("z.B.", "U.S.", "Mio.").
    let abbreviations: HashedWords
    /// The dotted beginnings of abbreviations of several parts ("z.", "i.", "i.d."), spaces removed.
    let abbreviationStarts: HashedWords
    /// Lower-cased words that make a preceding "<number>." an ordinal.
    let ordinalFollowers: HashedWords
    /// Lower-cased words before which "<number>." is an ordinal ("die 50. Super Bowl").
    let ordinalPrecedents: HashedWords
    let hasOrdinalRules: Bool
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
        alwaysEnds = ScalarSet(entry.alwaysEnds.unicodeScalars)
        endsBeforeSpace = ScalarSet(entry.endsBeforeSpace.unicodeScalars)
        closers = ScalarSet(entry.closers.unicodeScalars)
        let pairs = Array(entry.unbrokenPairs.unicodeScalars)
        precondition(pairs.count % 2 == 0, "sentence-rules.json: unbrokenPairs must hold pairs of marks")
        var closerOf: [Unicode.Scalar: Unicode.Scalar] = [:]
        for k in stride(from: 0, to: pairs.count, by: 2) { closerOf[pairs[k]] = pairs[k + 1] }
        attributionVerbs = entry.attributionVerbs.map { Array($0.unicodeScalars) }
        unbrokenOpeners = ScalarSet(closerOf.keys)
        unbrokenCloser = closerOf
        boundaryCandidates = ScalarSet(
            entry.alwaysEnds.unicodeScalars + entry.endsBeforeSpace.unicodeScalars + entry.unbrokenPairs.unicodeScalars)
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
        self.abbreviations = HashedWords(set: abbreviations)
        self.abbreviationStarts = HashedWords(set: starts)
        self.ordinalFollowers = HashedWords(
            set: entry.ordinalFollowers.map { String(String.UnicodeScalarView(TextFolding.lowercased($0))) })
        self.ordinalPrecedents = HashedWords(
            set: entry.ordinalPrecedents.map { String(String.UnicodeScalarView(TextFolding.lowercased($0))) })
        self.hasOrdinalRules = !entry.ordinalFollowers.isEmpty || !entry.ordinalPrecedents.isEmpty
        self.longestAbbreviation = entry.abbreviations.map(\.unicodeScalars.count).max() ?? 0
    }

    /// An abbreviation's lookup key: as written, white space removed.
    static func key(_ written: String) -> String {
        String(String.UnicodeScalarView(written.unicodeScalars.filter { !Lines.isSpace($0) }))
    }

    /// Whether `scalars[from..<to]`, spaces left out, is a listed abbreviation, as written or
    /// capitalised at a sentence start ("Ca." for "ca.").
    func isAbbreviation(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        Self.matches(abbreviations, scalars, from, to)
    }

    /// Whether `scalars[from..<to]`, spaces left out, begins an abbreviation of several parts ("z." of "z. B.").
    func isAbbreviationStart(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        Self.matches(abbreviationStarts, scalars, from, to)
    }

    private static func matches(_ table: HashedWords, _ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        var asWritten = HashedWords.emptyHash
        var lowered = HashedWords.emptyHash
        var first = true
        for i in from..<to where !Lines.isSpace(scalars[i]) {
            let c = scalars[i]
            asWritten = HashedWords.hash(asWritten, c)
            lowered = HashedWords.hash(lowered, first ? TextFolding.lowercased(c) : c)
            first = false
        }
        return table.contains(asWritten) || (lowered != asWritten && table.contains(lowered))
    }
}
