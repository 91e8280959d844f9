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

    init(_ entries: [String], value: Direction? = nil, unit: (String) -> Int) {
        var phrases: [String: Direction?] = [:]
        for entry in entries { phrases[entry] = value }
        self.phrases = phrases
        self.longest = entries.map(unit).max() ?? 0
    }

    init(up: [String], down: [String], unit: (String) -> Int) {
        var phrases: [String: Direction?] = [:]
        for entry in up { phrases[entry] = .up }
        for entry in down { phrases[entry] = .down }
        self.phrases = phrases
        self.longest = (up + down).map(unit).max() ?? 0
    }

    func contains(_ phrase: String) -> Bool { phrases[phrase] != nil }

    /// The direction a direction phrase carries; nil for other phrases or unknown text.
    func direction(_ phrase: String) -> Direction? { phrases[phrase] ?? nil }
}

/// `EventCues` compiled into phrase sets once per language.
struct EventLexicon: Sendable {
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
