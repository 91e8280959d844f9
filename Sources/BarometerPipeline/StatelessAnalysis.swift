import BarometerFigures
import BarometerSentiment
import BarometerStore
import BarometerText
import Foundation

/// One input document of `extract` or `score`: the whole input, or one line of it with `--lines`.
public struct InputDocument: Sendable {
    public var text: String
    /// 1-based input line, with `--lines`.
    public var line: Int?
}

/// `barometer extract` and `barometer score`: analysis of text without a store.
public struct StatelessAnalysis: Sendable {
    public let analyser: DocumentAnalyser

    public init(analyser: DocumentAnalyser = DocumentAnalyser()) {
        self.analyser = analyser
    }

    /// Splits input into documents: the whole text, or each non-blank line.
    public static func documents(_ text: String, lines: Bool) -> [InputDocument] {
        guard lines else { return [InputDocument(text: text, line: nil)] }
        var documents: [InputDocument] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.hasSuffix("\r") ? line.dropLast() : line
            if content.allSatisfy(\.isWhitespace) { continue }
            documents.append(InputDocument(text: String(content), line: index + 1))
        }
        return documents
    }

    /// The reference date figures resolve against: the one given, else one inferred from the text, else today (UTC).
    public static func reference(for text: String, language: Language, published: Day?) -> Day {
        if let published { return published }
        if let inferred = PublicationDateInference.infer(in: text, language: language) { return inferred.day }
        return Day.today
    }

    /// The text stage for one document. A line too short to tell its language by itself ("Costs fell.") takes
    /// the language of the whole input, which is usually written in one language.
    func analyse(_ document: InputDocument, language: Language?, inputLanguage: Language?) -> AnalysedText {
        var analysed = analyser.textAnalyser.analyse(document.text, language: language)
        if language == nil, analysed.language == .undetermined, let inputLanguage, inputLanguage.isAnalysed {
            analysed = analyser.textAnalyser.analyse(document.text, language: inputLanguage)
            analysed.languageDetected = true
        }
        return analysed
    }

    /// The language of the whole input, for lines that cannot tell their own.
    func inputLanguage(_ documents: [InputDocument], given: Language?) -> Language? {
        guard given == nil, documents.count > 1 else { return nil }
        return LanguageDetector().detect(documents.map(\.text).joined(separator: "\n")).language
    }

    /// Every figure and date of every document, with its line.
    public func extract(_ documents: [InputDocument], language: Language?, published: Day?)
        -> [(mention: StoredMention, line: Int?)]
    {
        var out: [(mention: StoredMention, line: Int?)] = []
        let whole = inputLanguage(documents, given: language)
        for document in documents {
            let analysed = analyse(document, language: language, inputLanguage: whole)
            let reference = Self.reference(for: document.text, language: analysed.language, published: published)
            for mention in analyser.figures(in: analysed, published: reference) {
                out.append((StoredMention(mention), document.line))
            }
        }
        return out
    }
}

extension Day {
    /// Today in UTC.
    public static var today: Day {
        Day(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

extension StatelessAnalysis {
    /// Scores every document; with `explain`, also says which words and rules moved each sentence's score.
    public func score(_ documents: [InputDocument], language: Language?, explain: Bool) -> [ScoredDocument] {
        let whole = inputLanguage(documents, given: language)
        return documents.map { document in
            let analysed = analyse(document, language: language, inputLanguage: whole)
            let reference = Self.reference(for: document.text, language: analysed.language, published: nil)
            let mentions =
                analysed.language.isAnalysed
                ? analyser.figures(in: analysed, published: reference) : []
            return ScoredDocument(
                line: document.line, language: analysed.language,
                sentiment: analyser.scorer.score(analysed, mentions: mentions),
                explanations: explain ? analyser.scorer.explain(analysed, mentions: mentions) : nil)
        }
    }
}
