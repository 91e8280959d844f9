import BarometerText
import Foundation

/// The cue words one language uses to tie a figure to its event, as stored in
/// `Resources/events/<code>.json`. Lists hold lower-case words or phrases (words separated by
/// one space in English and German; runs of characters in Chinese).
struct EventCues: Sendable, Decodable {
    var language: String
    var source: String
    /// Words and phrases saying a quantity went up ("rose", "legte zu", "上涨").
    var up: [String]
    /// Words and phrases saying a quantity went down ("fell", "brach ein", "下跌").
    var down: [String]
    /// Articles and possessives stripped from the edges of a subject ("the", "eine", "该").
    var determiners: [String]
    /// Words that are never a subject on their own ("it", "es", "它").
    var pronouns: [String]
    /// Prepositions joining a measure to its amount ("salary of 480,000 yuan", "Lücke von 1,5 Jahren").
    var ofWords: [String]
    /// Words joining the parts of a listed noun phrase ("tech, entertainment, and media companies").
    var coordinators: [String]
    /// Approximation and bound words that may stand between a noun and its figure ("more than", "etwa", "约").
    var approximators: [String]
    /// Verbs that end a subject noun phrase ("are", "secured", "liegt").
    var verbs: [String]
    /// Prepositions, conjunctions and particles that end a noun phrase ("with", "für", "的").
    var functionWords: [String]
    /// Suffixes of past participles that end a counted noun phrase ("listed").
    var participleSuffixes: [String]
    /// Conjunctions starting a new clause with its own subject ("while", "während", "但").
    var clauseBreaks: [String]
    /// Words introducing another event, whose dates do not date the figure ("following", "nachdem", "此前").
    var eventBreaks: [String]
    /// Comparison words: the figure after one is compared with the figure before ("than", "als", "比").
    var comparisons: [String]
    /// Reporting verbs and complementisers after which the reported clause starts ("said", "dass", "表示").
    var reporting: [String]
    /// Words opening a fronted adverbial ("in", "im", "according"), skipped before the subject.
    var frontedWords: [String]
    /// Nouns naming a measured quantity ("salary", "Umsatz", "估值").
    var measureNouns: [String]
    /// Chinese verbs and particles between a subject and its figure ("为", "同比", "高达").
    var linkingWords: [String]
    /// Words between an amount and its restatement in another currency ("or", "umgerechnet", "约合").
    var restateWords: [String]

    /// Every list by name, for the data checks.
    var lists: [(name: String, entries: [String])] {
        [
            ("up", up), ("down", down), ("determiners", determiners), ("pronouns", pronouns),
            ("ofWords", ofWords), ("coordinators", coordinators), ("approximators", approximators),
            ("verbs", verbs), ("functionWords", functionWords), ("participleSuffixes", participleSuffixes),
            ("clauseBreaks", clauseBreaks), ("eventBreaks", eventBreaks), ("comparisons", comparisons),
            ("reporting", reporting), ("frontedWords", frontedWords), ("measureNouns", measureNouns),
            ("linkingWords", linkingWords), ("restateWords", restateWords),
        ]
    }

    /// Loads the cues of an analysed language; nil for `undetermined` or a missing file.
    static func load(_ language: Language) -> EventCues? {
        guard language.isAnalysed,
            let url = Bundle.module.url(
                forResource: language.code, withExtension: "json", subdirectory: "Resources/events"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        do {
            return try JSONDecoder().decode(EventCues.self, from: data)
        } catch {
            preconditionFailure("Resources/events/\(language.code).json does not decode: \(error)")
        }
    }
}

/// A set of phrases looked up by their exact text, with the length of the longest one in units
/// (words for English and German, characters for Chinese), so a scanner tries each length once.
struct PhraseSet: Sendable {
    private let phrases: [String: Direction?]
    let longest: Int
    /// The same phrases by scalar, for matching inside unspaced (Chinese) text without copying,
    /// forwards and (reversed) backwards.
    private let trie: ScalarTrie
    private let reversedTrie: ScalarTrie
    /// The first scalar of every phrase: a position whose scalar is not here starts none.
    let firstScalars: Set<Unicode.Scalar>
    /// First and last words of the phrases, so a scan rejects most words with one lookup.
    private let firstWords: Set<String>
    private let lastWords: Set<String>

    func startsPhrase(_ word: String) -> Bool { firstWords.contains(word) }
    func endsPhrase(_ word: String) -> Bool { lastWords.contains(word) }

    init(_ entries: [String], unit: (String) -> Int) {
        self.init(entries.map { ($0, nil) }, unit: unit)
    }

    init(up: [String], down: [String], unit: (String) -> Int) {
        self.init(up.map { ($0, .up) } + down.map { ($0, .down) }, unit: unit)
    }

    private init(_ entries: [(phrase: String, direction: Direction?)], unit: (String) -> Int) {
        var phrases: [String: Direction?] = [:]
        for entry in entries { phrases[entry.phrase] = entry.direction }
        self.phrases = phrases
        let texts = entries.map(\.phrase)
        longest = texts.map(unit).max() ?? 0
        trie = ScalarTrie(texts)
        reversedTrie = ScalarTrie(texts.map { String(String.UnicodeScalarView($0.unicodeScalars.reversed())) })
        firstScalars = Set(texts.compactMap(\.unicodeScalars.first))
        firstWords = Set(texts.compactMap { $0.split(separator: " ").first.map(String.init) })
        lastWords = Set(texts.compactMap { $0.split(separator: " ").last.map(String.init) })
    }

    /// Length of the longest phrase starting at `scalars[start]`, using only positions where
    /// `usable` holds; nil when none.
    func longestMatch(in scalars: [Unicode.Scalar], from start: Int, to end: Int, usable: (Int) -> Bool) -> Int? {
        trie.longestMatch(in: scalars, from: start, to: end, usable: usable)
    }

    /// Length of the longest phrase ending just before `scalars[end]` and starting at or after
    /// `start`, using only positions where `usable` holds; nil when none.
    func longestSuffix(in scalars: [Unicode.Scalar], before end: Int, from start: Int, usable: (Int) -> Bool) -> Int? {
        reversedTrie.longestMatch(in: scalars, from: end - 1, to: start - 1, step: -1, usable: usable)
    }

    func contains(_ phrase: String) -> Bool { phrases[phrase] != nil }

    /// The direction a direction phrase carries; nil for other phrases or unknown text.
    func direction(_ phrase: String) -> Direction? { phrases[phrase] ?? nil }
}

/// The classes a single English or German word belongs to, looked up once per token.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    static let determiners = WordClass(rawValue: 1 << 0)
    static let pronouns = WordClass(rawValue: 1 << 1)
    static let ofWords = WordClass(rawValue: 1 << 2)
    static let coordinators = WordClass(rawValue: 1 << 3)
    static let verbs = WordClass(rawValue: 1 << 4)
    static let functionWords = WordClass(rawValue: 1 << 5)
    static let clauseBreaks = WordClass(rawValue: 1 << 6)
    static let eventBreaks = WordClass(rawValue: 1 << 7)
    static let comparisons = WordClass(rawValue: 1 << 8)
    static let reporting = WordClass(rawValue: 1 << 9)
    static let frontedWords = WordClass(rawValue: 1 << 10)
    /// Cannot stand in a noun phrase (see `EventLexicon.nonContent`).
    static let nonContent = WordClass(rawValue: 1 << 11)
    /// First or last word of an approximator or direction phrase: worth trying the phrase.
    static let startsApproximator = WordClass(rawValue: 1 << 12)
    static let endsApproximator = WordClass(rawValue: 1 << 13)
    static let startsDirection = WordClass(rawValue: 1 << 14)
    static let separableHead = WordClass(rawValue: 1 << 15)
}

/// `EventCues` compiled into phrase sets once per language; a class, so the readers made for
/// every sentence share it instead of copying its tables.
final class EventLexicon: Sendable {
    let language: Language
    let directions: PhraseSet
    let determiners: PhraseSet
    let pronouns: PhraseSet
    let ofWords: PhraseSet
    let coordinators: PhraseSet
    let approximators: PhraseSet
    let verbs: PhraseSet
    let functionWords: PhraseSet
    let participleSuffixes: [String]
    let clauseBreaks: PhraseSet
    let eventBreaks: PhraseSet
    let comparisons: PhraseSet
    let reporting: PhraseSet
    let frontedWords: PhraseSet
    let measureNouns: PhraseSet
    let linkingWords: PhraseSet
    let restateWords: PhraseSet
    /// German separable verbs, "brach … ein": the head word, then the particle later in its clause.
    let separable: [String: [(particle: String, direction: Direction)]]
    /// Words that cannot stand in a noun phrase: verbs (separable heads too), prepositions,
    /// conjunctions, determiners and cue words.
    let nonContent: Set<String>
    /// Every single word's classes, so a token is classified with one lookup.
    let wordClasses: [String: WordClass]
    /// The first scalars of the cues a Chinese sentence is scanned for, as a table over the Basic
    /// Multilingual Plane (where every cue starts); other positions are skipped without hashing.
    let cueStarts: [Bool]

    /// True when some Chinese cue starts with the scalar.
    func startsCue(_ scalar: Unicode.Scalar) -> Bool {
        Int(scalar.value) < cueStarts.count && cueStarts[Int(scalar.value)]
    }

    init(_ cues: EventCues, language: Language) {
        let unit: (String) -> Int =
            language == .chinese
            ? { $0.unicodeScalars.count } : { $0.split(separator: " ").count }
        func set(_ entries: [String]) -> PhraseSet { PhraseSet(entries, unit: unit) }
        self.language = language
        let isSplit: (String) -> Bool = { $0.contains(EventLexicon.gap) }
        directions = PhraseSet(
            up: cues.up.filter { !isSplit($0) }, down: cues.down.filter { !isSplit($0) }, unit: unit)
        var separable: [String: [(particle: String, direction: Direction)]] = [:]
        for (entries, direction) in [(cues.up, Direction.up), (cues.down, .down)] {
            for entry in entries where isSplit(entry) {
                let parts = entry.components(separatedBy: " \(EventLexicon.gap) ")
                precondition(parts.count == 2, "separable verb \(entry) is not 'head … particle'")
                separable[parts[0], default: []].append((parts[1], direction))
            }
        }
        self.separable = separable
        var classes: [String: WordClass] = [:]
        let lists: [([String], WordClass)] = [
            (cues.determiners, .determiners),
            (cues.pronouns, .pronouns),
            (cues.ofWords, .ofWords),
            (cues.coordinators, .coordinators),
            (cues.verbs, .verbs),
            (cues.functionWords, .functionWords),
            (cues.clauseBreaks, .clauseBreaks),
            (cues.eventBreaks, .eventBreaks),
            (cues.comparisons, .comparisons),
            (cues.reporting, .reporting),
            (cues.frontedWords, .frontedWords),
        ]
        for (entries, wordClass) in lists {
            for entry in entries { classes[entry, default: []].insert(wordClass) }
        }
        for entry in cues.approximators {
            let words = entry.split(separator: " ").map(String.init)
            classes[words[0], default: []].insert(.startsApproximator)
            classes[words[words.count - 1], default: []].insert(.endsApproximator)
        }
        for entry in cues.up + cues.down {
            classes[String(entry.split(separator: " ")[0]), default: []].insert(.startsDirection)
        }
        for head in separable.keys { classes[head, default: []].insert(.separableHead) }
        nonContent = Set(
            cues.verbs + cues.functionWords + cues.determiners + cues.ofWords + cues.coordinators + cues.clauseBreaks
                + cues.eventBreaks + cues.comparisons + cues.reporting + cues.up + cues.down + separable.keys)
        for word in nonContent { classes[word, default: []].insert(.nonContent) }
        wordClasses = classes
        determiners = set(cues.determiners)
        pronouns = set(cues.pronouns)
        ofWords = set(cues.ofWords)
        coordinators = set(cues.coordinators)
        approximators = set(cues.approximators)
        verbs = set(cues.verbs)
        functionWords = set(cues.functionWords)
        participleSuffixes = cues.participleSuffixes
        clauseBreaks = set(cues.clauseBreaks)
        eventBreaks = set(cues.eventBreaks)
        comparisons = set(cues.comparisons)
        reporting = set(cues.reporting)
        frontedWords = set(cues.frontedWords)
        measureNouns = set(cues.measureNouns)
        linkingWords = set(cues.linkingWords)
        restateWords = set(cues.restateWords)
        var cueStarts = [Bool](repeating: false, count: 0x10000)
        for set in [
            measureNouns, approximators, linkingWords, directions, eventBreaks, clauseBreaks, reporting, comparisons,
        ] {
            for scalar in set.firstScalars {
                precondition(
                    scalar.value < 0x10000, "cue starting with U+\(String(scalar.value, radix: 16)) outside the BMP")
                cueStarts[Int(scalar.value)] = true
            }
        }
        self.cueStarts = cueStarts
    }

    /// Marks the gap of a separable verb in a direction entry: "brach … ein".
    static let gap = "…"

    static let english = EventCues.load(.english).map { EventLexicon($0, language: .english) }
    static let german = EventCues.load(.german).map { EventLexicon($0, language: .german) }
    static let chinese = EventCues.load(.chinese).map { EventLexicon($0, language: .chinese) }

    static func of(_ language: Language) -> EventLexicon? {
        switch language {
        case .english: english
        case .german: german
        case .chinese: chinese
        case .undetermined: nil
        }
    }
}

/// A trie over Unicode scalars: finds the longest phrase at a position in one walk, without
/// building strings.
struct ScalarTrie: Sendable {
    private var children: [[Unicode.Scalar: Int]] = [[:]]
    private var terminal: [Bool] = [false]

    init(_ phrases: [String]) {
        for phrase in phrases {
            var node = 0
            for scalar in phrase.unicodeScalars {
                if let next = children[node][scalar] {
                    node = next
                } else {
                    children.append([:])
                    terminal.append(false)
                    children[node][scalar] = children.count - 1
                    node = children.count - 1
                }
            }
            terminal[node] = true
        }
    }

    /// - Complexity: O(length of the longest phrase).
    /// Walks from `start` by `step` (1 forwards, -1 backwards) up to `end`, exclusive.
    func longestMatch(
        in scalars: [Unicode.Scalar], from start: Int, to end: Int, step: Int = 1, usable: (Int) -> Bool
    ) -> Int? {
        var node = 0
        var best: Int?
        var i = start
        var length = 0
        while i != end, usable(i), let next = children[node][scalars[i]] {
            node = next
            i += step
            length += 1
            if terminal[node] { best = length }
        }
        return best
    }
}
