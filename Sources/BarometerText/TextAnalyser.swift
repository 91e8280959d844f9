/// The text stage: detects the language, finds the title and page furniture, and splits the body into sentences.
///
///     let analysed = TextAnalyser().analyse("Stocks rose. Bonds fell.", language: .english)
///     analysed.sentences.map(\.text)   // ["Stocks rose.", "Bonds fell."]
public struct TextAnalyser: Sendable {
    public init() {}

    /// Analyses `text`; `language` nil means detect it.
    public func analyse(_ text: String, language: Language? = nil) -> AnalysedText {
        // Interim implementation, replaced by the text module's full stage.
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var start = 0
        func flush(_ end: Int) {
            var s = start
            var e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if s < e {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[s..<e])
                sentences.append(
                    Sentence(index: sentences.count, range: ScalarRange(start: s, end: e), text: String(view)))
            }
            start = end
        }
        for i in scalars.indices {
            let c = scalars[i]
            if c == "\n" || "。！？".unicodeScalars.contains(c) {
                flush(i + 1)
            } else if ".!?".unicodeScalars.contains(c), i + 1 < scalars.count, scalars[i + 1] == " " {
                flush(i + 1)
            }
        }
        flush(scalars.count)
        return AnalysedText(
            text: text, language: language ?? .undetermined, languageDetected: language == nil,
            title: nil, excluded: [], sentences: sentences)
    }
}
