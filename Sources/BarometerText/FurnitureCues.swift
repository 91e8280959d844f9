/// The cue table of `Resources/furniture.json`, indexed for matching lines in one pass.
struct FurnitureCues: Sendable {
    enum Match: String, Decodable, Sendable {
        /// The whole line is the cue, optionally followed by a colon.
        case line
        /// The line starts with the cue.
        case prefix
        /// The cue occurs anywhere in the line.
        case contains
    }

    struct Rule: Decodable, Sendable {
        var kind: FurnitureKind
        var match: Match
        var maxLength: Int
        var toEnd: Bool?
        var allowFinalPunctuation: Bool?
        var cues: [String]
    }

    struct File: Decodable {
        var languages: [String: [Rule]]
    }

    /// A cue pattern, folded and lower-cased; `#` stands for a number ("1,204").
    struct Cue: Sendable {
        var pattern: [Unicode.Scalar]
        var rule: Int
    }

    static let digitWildcard: Unicode.Scalar = "#"

    let rules: [Rule]
    /// `line` and `prefix` cues by their first scalar (`#` for cues starting with a digit run).
    let anchored: [Unicode.Scalar: [Cue]]
    /// `contains` cues by their first scalar.
    let floating: [Unicode.Scalar: [Cue]]
    /// The first scalars of `floating`, to skip the dictionary at most positions of a line.
    let floatingFirst: ScalarSet
    /// The longest `maxLength` of any rule: longer lines are not looked at.
    let longestLine: Int

    static let shared = FurnitureCues(TextResources.load(File.self, named: "furniture"))

    init(_ file: File) {
        var rules: [Rule] = []
        var anchored: [Unicode.Scalar: [Cue]] = [:]
        var floating: [Unicode.Scalar: [Cue]] = [:]
        // Languages in a fixed order so that the first matching rule is the same on every run.
        for language in file.languages.keys.sorted() {
            for rule in file.languages[language] ?? [] {
                let index = rules.count
                rules.append(rule)
                for cue in rule.cues {
                    let pattern = TextFolding.lowercased(cue)
                    guard let first = pattern.first else { continue }
                    let entry = Cue(pattern: pattern, rule: index)
                    if rule.match == .contains {
                        floating[first, default: []].append(entry)
                    } else {
                        anchored[first, default: []].append(entry)
                    }
                }
            }
        }
        self.rules = rules
        self.anchored = anchored
        self.floating = floating
        self.floatingFirst = ScalarSet(floating.keys)
        self.longestLine = rules.map(\.maxLength).max() ?? 0
    }

    /// The first rule matching a folded, trimmed line, if any.
    func rule(forLine line: [Unicode.Scalar]) -> Int? {
        guard let first = line.first else { return nil }
        let endsLikeSentence = Self.isFinalPunctuation(line[line.count - 1])
        var found: Int?
        func consider(_ cue: Cue) {
            let rule = rules[cue.rule]
            guard line.count <= rule.maxLength else { return }
            if endsLikeSentence, rule.allowFinalPunctuation != true { return }
            if let f = found, f < cue.rule { return }
            found = cue.rule
        }
        let key: Unicode.Scalar = Self.isDigit(first) ? Self.digitWildcard : first
        for cue in anchored[key] ?? [] {
            guard let end = Self.match(cue.pattern, in: line, at: 0) else { continue }
            switch rules[cue.rule].match {
            case .line:
                var rest = end
                if rest < line.count, line[rest] == ":" { rest += 1 }
                while rest < line.count, Lines.isSpace(line[rest]) { rest += 1 }
                if rest == line.count { consider(cue) }
            case .prefix, .contains:
                // A cue ending in an ASCII letter or digit must end a word: "Close" is not "Closed".
                if let last = cue.pattern.last, last.isASCII, TextFolding.isWordScalar(last),
                    end < line.count, TextFolding.isWordScalar(line[end])
                {
                    continue
                }
                consider(cue)
            }
        }
        if !floating.isEmpty {
            for start in line.indices where floatingFirst.contains(line[start]) {
                guard let cues = floating[line[start]] else { continue }
                for cue in cues {
                    if Self.match(cue.pattern, in: line, at: start) != nil { consider(cue) }
                }
            }
        }
        return found
    }

    /// Where a match of `pattern` starting at `start` ends, or nil.
    static func match(_ pattern: [Unicode.Scalar], in line: [Unicode.Scalar], at start: Int) -> Int? {
        var i = start
        for p in pattern {
            if p == digitWildcard {
                guard i < line.count, isDigit(line[i]) else { return nil }
                while i < line.count,
                    isDigit(line[i])
                        || ((line[i] == "," || line[i] == ".") && i + 1 < line.count && isDigit(line[i + 1]))
                {
                    i += 1
                }
            } else if p == " " {
                guard i < line.count, Lines.isSpace(line[i]) else { return nil }
                while i < line.count, Lines.isSpace(line[i]) { i += 1 }
            } else {
                guard i < line.count, line[i] == p else { return nil }
                i += 1
            }
        }
        return i
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// Punctuation that ends a sentence (full-width forms are folded before this is asked).
    static func isFinalPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", "!", "?", "。", "…": return true
        default: return false
        }
    }
}
