/// The text stage: detects the language, finds page furniture and the title, and splits the body into sentences.
///
/// Composes `LanguageDetector`, `Furniture`, `TitleDetector` and `SentenceSplitter` over one array of
/// Unicode scalars and one line index, so the text is decoded and scanned once per concern.
///
/// **The title is sentence 0** when there is one: headlines carry sentiment ("… Impressed and Worried"),
/// so the headline (without "### " and a trailing " |") is analysed like any other sentence. A first
/// line that is page furniture is never a title and never a sentence.
///
///     let analysed = TextAnalyser().analyse("Stocks rose. Bonds fell.", language: .english)
///     analysed.sentences.map(\.text)   // ["Stocks rose.", "Bonds fell."]
///
/// - Complexity: O(n) in the length of the text.
public struct TextAnalyser: Sendable {
    public init() {}

    /// Analyses `text`; `language` nil means detect it.
    public func analyse(_ text: String, language: Language? = nil) -> AnalysedText {
        var folds: [Int32]? = []
        let scalars = Lines.decode(text, folds: &folds)
        let lines = Lines.split(scalars)
        let resolved = language ?? LanguageDetector().detect(scalars).language
        let excluded = Furniture.ranges(scalars, lines: lines)
        let title = TitleDetector.title(scalars, lines: lines, excluded: excluded, language: resolved)
        let splitter = SentenceSplitter(language: resolved)

        var sentences: [Sentence] = []
        var e = 0
        for line in lines where !line.isBlank {
            while e < excluded.count, excluded[e].range.end <= line.content.start { e += 1 }
            if e < excluded.count, excluded[e].range.contains(line.content) { continue }
            if let title, line.content.contains(title.range) {
                sentences.append(Sentence(index: sentences.count, range: title.range, text: title.text))
                continue
            }
            splitter.split(scalars, line.content, into: &sentences)
        }
        return AnalysedText(
            text: text, scalars: ScalarText(original: scalars, folds: folds ?? []), language: resolved,
            languageDetected: language == nil,
            title: title?.text, excluded: excluded, sentences: sentences)
    }
}
