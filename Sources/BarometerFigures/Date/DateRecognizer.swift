import BarometerText

/// Finds dates in one language and resolves them against a reference day.
public struct DateRecognizer: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Date mentions within `range` of `text`, resolved against `reference` (the publication date).
    public func mentions(in text: ScalarText, range: ScalarRange, reference: Day) -> [Mention] {
        // Interim: the per-language date rules land in Date+English/German/Chinese.swift.
        []
    }
}
