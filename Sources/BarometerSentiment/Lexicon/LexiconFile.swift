import BarometerText
import Foundation

/// What went wrong reading a lexicon file; every message names the file and, where there is one, the line.
public enum LexiconError: Error, LocalizedError, Sendable, Equatable {
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int, reason: String)
    case duplicate(file: String, line: Int, term: String, firstLine: Int)
    case valenceOutOfRange(file: String, line: Int, value: Double)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read lexicon: \(reason)"
        case .malformed(let file, let line, let reason):
            return "\(file):\(line): \(reason); expected term<TAB>valence[<TAB>language], # starts a comment"
        case .duplicate(let file, let line, let term, let firstLine):
            return "\(file):\(line): duplicate entry \"\(term)\" (first on line \(firstLine)); keep one"
        case .valenceOutOfRange(let file, let line, let value):
            return "\(file):\(line): valence \(value) outside -4...4"
        }
    }
}

/// One valence entry of a lexicon file: `term<TAB>valence[<TAB>language]`.
public struct LexiconEntry: Sendable, Hashable {
    public var term: String
    /// On VADER's scale, -4 (most negative) … +4 (most positive); 0 neutralises an entry of a lower layer.
    public var valence: Double
    /// The language the entry is for; nil means every analysed language.
    public var language: Language?
    /// 1-based line in its file.
    public var line: Int

    public init(term: String, valence: Double, language: Language? = nil, line: Int) {
        self.term = term
        self.valence = valence
        self.language = language
        self.line = line
    }
}

/// The role of a rule word or finance term, from a `role<TAB>term[<TAB>weight]` file.
public enum TermRole: String, Sendable, CaseIterable, Hashable {
    /// Flips and damps the valence of a word within the negation window ("not", "nicht", "不").
    case negator
    /// A negator that may also stand after the word it negates, closing its clause (German "nicht" after a finite
    /// verb: "Das überzeugt nicht"): with no sentiment word after it in its clause, it negates the nearest one
    /// before it within the rule window.
    case negatorAfter = "negator-after"
    /// A negator that only takes the edge off ("不太", "不是很", "nicht besonders": "not very"): it flips the word
    /// like a negator but with half its weight (`SentimentRules.partialNegationFactor`), so "不太方便" is a milder
    /// complaint than "不方便".
    case partialNegator = "partial-negator"
    /// Adds its weight to a following sentiment word, in that word's direction; negative weights dampen.
    case booster
    /// Makes the clause after it weigh more and the one before it less ("but", "aber", "但是").
    case contrast
    /// Makes the clause it opens weigh less ("although", "obwohl", "虽然").
    case concession
    /// Opens a minor reservation after a verdict ("只是", "就是": "good rooms, it's just that breakfast is thin"):
    /// the rest of its sentence weighs less, the verdict before it keeps its weight.
    case reservation
    /// Starts another party's reply inside the text ("宾馆反馈", "商家回复": the hotel answering a review): what follows
    /// it is not the writer's opinion, so its words do not count.
    case reply
    /// A quantity that is good news when it goes up (revenue, Umsatz, 营收).
    case goodWhenUp = "good-when-up"
    /// A quantity that is bad news when it goes up (loss, Kosten, 亏损).
    case badWhenUp = "bad-when-up"
    /// A direction word: up (rose, stieg, 增长) or down (fell, sank, 下降); weight is its strength.
    case up, down
    /// Marks what follows in its clause as the figure compared against ("from", "compared with", "versus"): a
    /// quantity there does not pair, and its valence counts against the sentence (a loss a year ago is good news now).
    case comparison
    /// Marks the state reached ("to", "into"): a direction word does not pair with a quantity after it
    /// ("slipped to a loss" is a loss, not a falling loss).
    case result
    /// An inflectional ending stripped from a word not found as written (German "-en", "-e").
    case ending
    /// Enables compound splitting; the weight is the shortest part looked up (German "Kurseinbruch" → "einbruch").
    case compoundMinimum = "compound-min"
    /// How many words (characters in Chinese) a quantity and a direction word may stand apart and still pair.
    case pairWindow = "pair-window"
    /// How many tokens before a sentiment word a negator or booster reaches (words; characters in Chinese, where a
    /// word is one to three characters). Without it, VADER's three words.
    case ruleWindow = "rule-window"
    /// How many clauses (split at commas and semicolons) around a contrast word its weights reach: the clauses
    /// before it, and its own clause and those after it, up to this many each way. Without it, the whole sentence
    /// (VADER's "but" rule). Chinese reviews run many clauses together with commas only.
    case contrastReach = "contrast-reach"
    /// The smallest summed valence (before normalisation) that makes a sentence positive or negative; below it the
    /// compound score is 0. Without it, any sum counts (VADER). News reports name harm and success in passing, so
    /// one mild word alone does not make a German news sentence an opinion.
    case neutralSum = "neutral-sum"

    /// Settings carry a number in the weight column and "-" as their term.
    public var isSetting: Bool {
        self == .compoundMinimum || self == .pairWindow || self == .ruleWindow || self == .contrastReach
            || self == .neutralSum
    }
}

/// One entry of a role file.
public struct RoleEntry: Sendable, Hashable {
    public var role: TermRole
    public var term: String
    public var weight: Double?
    public var line: Int
}

/// Parsers for the two lexicon file formats. Both: UTF-8, one entry per line, fields separated by a tab,
/// `#` starts a comment line, blank lines are ignored.
public enum LexiconFile {
    /// The valence range of VADER's ratings, which every valence file uses.
    public static let valenceRange: ClosedRange<Double> = -4...4

    /// Parses `term<TAB>valence[<TAB>language]` lines. Duplicate terms (compared case-insensitively, except symbol
    /// entries with a capital letter such as "D:") are an error.
    public static func parseValences(_ text: String, file: String) throws -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        var firstLine: [String: Int] = [:]
        for (number, line) in lines(text) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == 2 || fields.count == 3 else {
                throw LexiconError.malformed(file: file, line: number, reason: "\(fields.count) fields")
            }
            let term = fields[0]
            guard !term.isEmpty else { throw LexiconError.malformed(file: file, line: number, reason: "empty term") }
            guard
                term.unicodeScalars.contains(where: {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                        || ($0.isASCII && !$0.properties.isWhitespace)
                })
            else {
                throw LexiconError.malformed(
                    file: file, line: number, reason: "term \"\(term)\" has no letter, digit or ASCII symbol to match")
            }
            guard let valence = Double(fields[1]) else {
                throw LexiconError.malformed(
                    file: file, line: number, reason: "valence \"\(fields[1])\" is not a number")
            }
            guard valenceRange.contains(valence) else {
                throw LexiconError.valenceOutOfRange(file: file, line: number, value: valence)
            }
            var language: Language?
            if fields.count == 3 {
                guard let l = Language(code: fields[2]), l.isAnalysed else {
                    throw LexiconError.malformed(file: file, line: number, reason: "unknown language \"\(fields[2])\"")
                }
                language = l
            }
            // A symbol entry with a capital letter is matched as written ("D:" is dismay, "d:" a tongue), so it is
            // distinct from its lower-case form; words compare case-insensitively.
            let written = LanguageLexicon.isCaseSensitiveSymbol(term) ? term : term.lowercased()
            let key = written + "\t" + (language?.code ?? "*")
            if let first = firstLine[key] {
                throw LexiconError.duplicate(file: file, line: number, term: term, firstLine: first)
            }
            firstLine[key] = number
            entries.append(LexiconEntry(term: term, valence: valence, language: language, line: number))
        }
        return entries
    }

    /// Parses `role<TAB>term[<TAB>weight]` lines. A term listed twice (with any roles) is an error.
    public static func parseRoles(_ text: String, file: String) throws -> [RoleEntry] {
        var entries: [RoleEntry] = []
        var firstLine: [String: Int] = [:]
        for (number, line) in lines(text) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2 || fields.count == 3 else {
                throw LexiconError.malformed(
                    file: file, line: number, reason: "\(fields.count) fields, expected role<TAB>term[<TAB>weight]")
            }
            guard let role = TermRole(rawValue: fields[0]) else {
                throw LexiconError.malformed(file: file, line: number, reason: "unknown role \"\(fields[0])\"")
            }
            let term = fields[1]
            guard !term.isEmpty else { throw LexiconError.malformed(file: file, line: number, reason: "empty term") }
            var weight: Double?
            if fields.count == 3 {
                guard let w = Double(fields[2]) else {
                    throw LexiconError.malformed(
                        file: file, line: number, reason: "weight \"\(fields[2])\" is not a number")
                }
                weight = w
            }
            // Settings (`compound-min`, `pair-window`) have "-" as their term; they are unique per role.
            let key = role.isSetting ? "setting:" + role.rawValue : term.lowercased()
            if let first = firstLine[key] {
                throw LexiconError.duplicate(file: file, line: number, term: term, firstLine: first)
            }
            firstLine[key] = number
            entries.append(RoleEntry(role: role, term: term, weight: weight, line: number))
        }
        return entries
    }

    /// Parses `traditional<TAB>simplified` lines, one character each.
    static func parseFolding(_ text: String, file: String) throws -> [(Unicode.Scalar, Unicode.Scalar)] {
        var pairs: [(Unicode.Scalar, Unicode.Scalar)] = []
        var seen: [Unicode.Scalar: Int] = [:]
        for (number, line) in lines(text) {
            let fields = line.split(separator: "\t").map { Array($0.unicodeScalars) }
            guard fields.count == 2, fields[0].count == 1, fields[1].count == 1 else {
                throw LexiconError.malformed(
                    file: file, line: number, reason: "expected traditional<TAB>simplified, one character each")
            }
            if let first = seen[fields[0][0]] {
                throw LexiconError.duplicate(file: file, line: number, term: String(fields[0][0]), firstLine: first)
            }
            seen[fields[0][0]] = number
            pairs.append((fields[0][0], fields[1][0]))
        }
        return pairs
    }

    /// Non-comment, non-blank lines with their 1-based numbers.
    static func lines(_ text: String) -> [(Int, Substring)] {
        var result: [(Int, Substring)] = []
        // "\r\n" is one Character, and a newline one, so CRLF and LF files split alike.
        for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            result.append((i + 1, line))
        }
        return result
    }
}
