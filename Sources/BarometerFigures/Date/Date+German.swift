import BarometerText

/// German date forms that differ from English; the words are in `Resources/date/de.json` (with the Austrian
/// "Jänner" and "Feber").
///
/// - Numeric dates are day first ("25.03.2024", "25/3/2024"); a day and month alone need a cue word
///   ("am 22.04.", "bis 3.5."), and keep their closing dot: "22.04." is the whole date.
/// - A day is an ordinal with a dot ("3. April 2023", "am 1. März").
extension AlphabeticDateRules {
    /// Month and day of a German numeric date given its first two numbers.
    static func germanMonthDay(_ first: Int, _ second: Int) -> (month: Int, day: Int) {
        (second, first)
    }

    /// Whether a German day-and-month keeps its closing dot ("am 22.04." → "22.04.").
    static let germanKeepsClosingDot = true
}
