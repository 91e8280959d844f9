import BarometerText

/// Scores Barometer's date mentions against one case of a Recognizers-Text `DateTimeModel.json`.
public enum RecognizersDateTime {
    public static func outcome(for testCase: RecognizersCase, language: Language) -> CaseOutcome {
        // Interim: written with the date rules.
        .notApplicable("date evaluation not yet written")
    }
}
