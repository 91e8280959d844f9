import BarometerFigures
import BarometerSentiment
import BarometerStore
import BarometerText

/// Runs the analysis stages on one article: text (language, furniture, sentences), figures and dates, sentiment.
public struct DocumentAnalyser: Sendable {
    public let textAnalyser: TextAnalyser
    public let figureExtractor: FigureExtractor
    public let scorer: SentimentScorer

    /// Version of the text and figure stages, stored with every document so a nightly run can re-analyse
    /// documents analysed by an older Barometer. Bump it when extraction output changes.
    public static let extractorVersion = "text-1+figures-2+events-1"

    public init(scorer: SentimentScorer = SentimentScorer()) {
        textAnalyser = TextAnalyser()
        figureExtractor = FigureExtractor()
        self.scorer = scorer
    }

    /// Figures and dates, linked into events: each figure's subject, direction and date.
    public func figures(in analysed: AnalysedText, published: Day) -> [Mention] {
        EventLinker().link(
            figureExtractor.extract(from: analysed, published: published), in: analysed, published: published)
    }

    /// Analyses an article whose metadata has been settled (flags, manifest, own fields).
    ///
    /// The publication date, when metadata lacks it, is inferred from the text and flagged as inferred; without
    /// one the figures are resolved against no reference and `published` stays empty.
    public func analyse(_ article: ReadArticle, source: String, notes: inout [Diagnostic]) -> StoredDocument {
        let metadata = article.metadata
        let analysed = textAnalyser.analyse(article.text, language: metadata.language)
        var published = metadata.published
        var inferred = false
        if published == nil, let found = PublicationDateInference.infer(in: article.text, language: analysed.language) {
            published = found.day
            inferred = true
        }
        if published == nil {
            notes.append(
                Diagnostic(
                    .warning, article.origin,
                    "no publication date in metadata or text: pass --published YYYY-MM-DD to place it on the timeline"))
        }
        if !analysed.language.isAnalysed {
            notes.append(
                Diagnostic(
                    .note, article.origin,
                    "language not recognised as en, de or zh: stored as und and skipped by analysis (pass --language to override)"
                ))
        }

        var mentions: [Mention] = []
        var sentiment: DocumentSentiment?
        if analysed.language.isAnalysed {
            if let reference = published {
                mentions = figures(in: analysed, published: reference)
            }
            sentiment = scorer.score(analysed, mentions: mentions)
        }

        let sentences = analysed.sentences.enumerated().map { position, sentence in
            StoredSentence(
                index: sentence.index, range: sentence.range, text: sentence.text,
                score: sentiment.map { StoredScore($0.sentences[position]) })
        }
        let title = metadata.title ?? analysed.title
        let hash = DocumentIdentity.hash(text: article.text, source: source)
        return StoredDocument(
            contentHash: hash,
            lineage: article.lineageKey.map { source + "\t" + (metadata.url ?? $0) } ?? hash,
            source: source, language: analysed.language, languageDetected: analysed.languageDetected,
            published: published, publishedInferred: inferred, title: title, url: metadata.url,
            origin: article.origin, text: article.text, excluded: analysed.excluded, sentences: sentences,
            mentions: mentions.map(StoredMention.init), score: sentiment.map { StoredScore($0.document) },
            extractorVersion: Self.extractorVersion, lexiconVersion: scorer.lexiconVersion,
            publishedAt: inferred ? nil : metadata.publishedAt)
    }
}

extension StoredScore {
    init(_ score: SentimentScore) {
        self.init(
            score: score.score, positive: score.positive, negative: score.negative, neutral: score.neutral,
            label: score.label.rawValue)
    }
}

extension StoredMention {
    init(_ m: Mention) {
        self.init(
            sentence: m.sentence, kind: m.kind.rawValue, text: m.text, range: m.range,
            value: m.value.map { "\($0)" }, unit: m.unit, currency: m.currency?.code,
            currencyText: m.currency?.text, approximate: m.approximate, bound: m.bound?.rawValue,
            direction: m.direction?.rawValue, dateStart: m.date?.start, dateEnd: m.date?.end,
            granularity: m.date?.granularity.rawValue, subject: m.subject, whenStart: m.when?.range.start,
            whenEnd: m.when?.range.end, whenGranularity: m.when?.range.granularity.rawValue,
            whenFrom: m.when?.from.rawValue, restates: m.restates)
    }
}
