import BarometerFigures
import BarometerText
import Foundation

/// A document's sentiment: one score per sentence and the length-weighted article score.
public struct DocumentSentiment: Sendable, Hashable {
    public var document: SentimentScore
    /// One per sentence of the analysed text, in order.
    public var sentences: [SentimentScore]
    /// Content hash of the lexicons that produced the scores.
    public var lexicon: String

    public init(document: SentimentScore, sentences: [SentimentScore], lexicon: String) {
        self.document = document
        self.sentences = sentences
        self.lexicon = lexicon
    }
}

/// Scores sentences and documents with the lexicons and rules of their language.
///
///     let scorer = SentimentScorer()
///     scorer.score(sentence: "Net sales increased by 5.2%.", language: .english).label   // .positive
///     scorer.score(sentence: "亏损扩大", language: .chinese).label                          // .negative
///
/// One rule engine serves every language; what differs is data in `Resources/Lexicons` (see its README):
/// a general lexicon, a finance layer, rule words, and user files added with `init(userLexicons:)`.
public struct SentimentScorer: Sendable {
    /// Content hash of the lexicon files in use (16 hex digits); stored with every score.
    public let lexiconVersion: String
    /// The files in use, in load order: the bundled ones, then the user's.
    public let lexicons: [LexiconInfo]
    private let languages: [Language: LanguageLexicon]

    /// The bundled lexicons, compiled once per process.
    private static let bundled: (version: String, languages: [Language: LanguageLexicon]) = compile(
        LexiconCatalog.bundled)

    private static func compile(_ files: [LexiconCatalog.LoadedFile]) -> (String, [Language: LanguageLexicon]) {
        var languages: [Language: LanguageLexicon] = [:]
        for language in Language.analysed {
            languages[language] = LanguageLexicon(language: language, files: files)
        }
        return (LexiconCatalog.version(of: files), languages)
    }

    /// The bundled lexicons.
    public init() {
        self.init(
            version: Self.bundled.version, languages: Self.bundled.languages,
            lexicons: LexiconCatalog.bundled.map(\.info))
    }

    private init(version: String, languages: [Language: LanguageLexicon], lexicons: [LexiconInfo]) {
        lexiconVersion = version
        self.languages = languages
        self.lexicons = lexicons
    }

    /// The bundled lexicons with the user's valence files on top (`term<TAB>valence[<TAB>language]`); a user
    /// entry replaces the bundled valence of the same term. Throws `LexiconError` naming the file and line.
    public init(userLexicons: [URL]) throws {
        if userLexicons.isEmpty {
            self.init()
            return
        }
        let files = LexiconCatalog.bundled + (try userLexicons.map(LexiconCatalog.loadUser))
        let (version, languages) = Self.compile(files)
        self.init(version: version, languages: languages, lexicons: files.map(\.info))
    }

    // MARK: Sentences

    /// Scores one sentence.
    public func score(sentence: String, language: Language) -> SentimentScore {
        guard let lexicon = languages[language] else { return .zero }
        var matcher = TermMatcher(lexicon)
        var trace: [[SentimentAdjustment]]? = nil
        return Self.run(&matcher, sentence, [], &trace).score
    }

    /// Scores one sentence and says which words and rules moved the score.
    public func explain(sentence: String, language: Language) -> SentenceExplanation {
        explain(sentence: sentence, range: nil, language: language, mentionPairs: [])
    }

    /// Scores one sentence with the matcher's lexicon; the matcher keeps its buffers for the next sentence.
    private static func run(
        _ matcher: inout TermMatcher, _ sentence: String, _ mentionPairs: [MentionPair],
        _ trace: inout [[SentimentAdjustment]]?
    ) -> (score: SentimentScore, sum: Double, punctuation: Double) {
        matcher.read(sentence, symbols: true)
        return SentimentEngine.score(matcher.lexicon, &matcher.work, mentionPairs: mentionPairs, trace: &trace)
    }

    // MARK: Documents

    /// Scores every sentence of an analysed text (page furniture is already outside its sentences) and the
    /// article as the mean of sentence scores weighted by sentence length in Unicode scalars.
    /// Figure mentions with a direction and a subject that names a finance quantity ("revenue … up 5%") count as a
    /// finance pair in their sentence when its words formed none.
    public func score(_ text: AnalysedText, mentions: [Mention] = []) -> DocumentSentiment {
        guard let lexicon = languages[text.language] else {
            return DocumentSentiment(
                document: .zero, sentences: text.sentences.map { _ in .zero }, lexicon: lexiconVersion)
        }
        var matcher = TermMatcher(lexicon)
        var trace: [[SentimentAdjustment]]? = nil
        var scores: [SentimentScore] = []
        scores.reserveCapacity(text.sentences.count)
        let candidates = Self.pairCandidates(mentions, in: text)
        for sentence in text.sentences {
            let own = candidates[sentence.index] ?? []
            let pairs = own.isEmpty ? [] : Self.mentionPairs(&matcher, sentence, own)
            scores.append(Self.run(&matcher, sentence.text, pairs, &trace).score)
        }
        return DocumentSentiment(
            document: SentimentAggregate.weighted(scores, weights: text.sentences.map { Double($0.range.length) }),
            sentences: scores, lexicon: lexiconVersion)
    }

    /// One explanation per sentence of an analysed text.
    public func explain(_ text: AnalysedText, mentions: [Mention] = []) -> [SentenceExplanation] {
        guard let lexicon = languages[text.language] else { return [] }
        let candidates = Self.pairCandidates(mentions, in: text)
        var matcher = TermMatcher(lexicon)
        return text.sentences.map { sentence in
            let own = candidates[sentence.index] ?? []
            return explain(
                sentence: sentence.text, range: sentence.range, language: text.language,
                mentionPairs: own.isEmpty ? [] : Self.mentionPairs(&matcher, sentence, own))
        }
    }

    /// Mentions with a direction and a subject, by the index of the sentence holding them, so each sentence
    /// looks only at its own (one pass over the mentions, not one per sentence).
    static func pairCandidates(_ mentions: [Mention], in text: AnalysedText) -> [Int: [Mention]] {
        var bySentence: [Int: [Mention]] = [:]
        for mention in mentions where mention.direction != nil && mention.subject != nil {
            if let index = mention.sentence {
                bySentence[index, default: []].append(mention)
            } else if let sentence = text.sentences.first(where: { $0.range.contains(mention.range) }) {
                bySentence[sentence.index, default: []].append(mention)
            }
        }
        return bySentence
    }

    private func explain(sentence: String, range: ScalarRange?, language: Language, mentionPairs: [MentionPair])
        -> SentenceExplanation
    {
        guard let lexicon = languages[language] else {
            return SentenceExplanation(
                sentence: sentence, range: range, score: .zero, contributions: [], punctuation: 0, sum: 0)
        }
        var matcher = TermMatcher(lexicon)
        var trace: [[SentimentAdjustment]]? = []
        let result = Self.run(&matcher, sentence, mentionPairs, &trace)
        let work = matcher.work
        let scalars = Array(sentence.unicodeScalars)
        var contributions: [SentimentContribution] = []
        for (u, unit) in work.units.enumerated() {
            let info = lexicon.infos[Int(unit.info)]
            let value = work.valences[u]
            let base = info.isRuleWord ? 0 : (info.valence ?? 0)
            guard value != 0 || base != 0 else { continue }
            let start = Int(unit.originalStart)
            let end = Int(unit.originalEnd)
            var adjustments = trace?[u] ?? []
            switch unit.fallback {
            case .none: break
            case .ending:
                adjustments.insert(
                    SentimentAdjustment(rule: "ending", trigger: lexicon.terms[Int(unit.info)], delta: 0), at: 0)
            case .compoundPart:
                adjustments.insert(
                    SentimentAdjustment(rule: "compound-part", trigger: lexicon.terms[Int(unit.info)], delta: 0), at: 0)
            }
            contributions.append(
                SentimentContribution(
                    term: String(String.UnicodeScalarView(scalars[start..<end])),
                    range: ScalarRange(start: start, end: end),
                    entry: lexicon.terms[Int(unit.info)],
                    lexicon: info.valenceSource >= 0 ? lexicon.sources[info.valenceSource] : nil,
                    base: base, adjustments: adjustments, value: value))
        }
        if !work.units.contains(where: { $0.pairedWith >= 0 }) {
            for pair in mentionPairs {
                contributions.append(
                    SentimentContribution(
                        term: pair.term, range: pair.range, entry: pair.term, lexicon: nil, base: 0,
                        adjustments: [SentimentAdjustment(rule: "figure-direction", delta: pair.value)],
                        value: pair.value))
            }
        }
        return SentenceExplanation(
            sentence: sentence, range: range, score: result.score, contributions: contributions,
            punctuation: result.punctuation, sum: result.sum)
    }

    /// Finance pairs from the figures stage: a mention in this sentence with a direction and a subject that holds a
    /// finance quantity. The subjects are read with the caller's matcher (each `read` starts afresh), so that a
    /// mention does not cost a matcher of its own.
    private static func mentionPairs(_ matcher: inout TermMatcher, _ sentence: Sentence, _ mentions: [Mention])
        -> [MentionPair]
    {
        let lexicon = matcher.lexicon
        var pairs: [MentionPair] = []
        for mention in mentions {
            guard let direction = mention.direction, let subject = mention.subject else { continue }
            let inSentence = mention.sentence.map { $0 == sentence.index } ?? sentence.range.contains(mention.range)
            guard inSentence else { continue }
            matcher.read(subject, symbols: false)
            guard let quantity = matcher.work.units.last(where: { lexicon.infos[Int($0.info)].quantity != 0 })
            else { continue }
            let sign: Double = direction == .up ? 1 : -1
            let value = Double(lexicon.infos[Int(quantity.info)].quantity) * sign * SentimentRules.financePair
            let range = ScalarRange(
                start: mention.range.start - sentence.range.start, end: mention.range.end - sentence.range.start)
            pairs.append(MentionPair(term: mention.text, range: range, value: value))
        }
        return pairs
    }
}
