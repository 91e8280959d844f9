import BarometerText

/// Finds every figure and date in a text and resolves it against a reference date.
///
///     let mentions = FigureExtractor().extract(from: analysed, published: Day("2024-02-20")!)
public struct FigureExtractor: Sendable {
    public init() {}

    /// Mentions in the analysed text's sentences (page furniture skipped), in text order,
    /// each with its `sentence` index. Text in an undetermined language yields none.
    public func extract(from text: AnalysedText, published: Day) -> [Mention] {
        // Interim: the dimension rules land in the figures module's own files.
        []
    }
}
