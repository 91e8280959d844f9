import BarometerText

/// German date forms that differ from English; the words are in `Resources/date/de.json` (with the Austrian
/// "Jänner" and "Feber").
///
/// - Numeric dates are day first ("25.03.2024", "25/3/2024"); a day and month alone need a cue word
///   ("am 22.04.", "bis 3.5."), and keep their closing dot: "22.04." is the whole date.
/// - A day is an ordinal with a dot ("3. April 2023", "am 1. März"), also before a numeric month ("16. 5. 2016").
extension AlphabeticDateRules {
    /// Month and day of a German numeric date given its first two numbers.
    static func germanMonthDay(_ first: Int, _ second: Int) -> (month: Int, day: Int) {
        (second, first)
    }

    /// Whether a German day-and-month keeps its closing dot ("am 22.04." → "22.04.").
    static let germanKeepsClosingDot = true

    /// "16. 5. 2016": after a day and its dot (token `j` follows the dot), a numeric month with its dot and a year,
    /// spaced, as Austrian papers sign articles. The year is required: "3. 4." alone could be any two ordinals.
    func germanSpacedNumericDate(day d: Int, at j: Int) -> DateMatch? {
        guard isSymbol(j - 1, "."), isNumber(j), tokens[j].digits <= 2, isSymbol(j + 1, "."), adjacent(j, j + 1),
            let (y, next) = year(at: j + 2), let day = DateResolution.day(y, tokens[j].value, d)
        else { return nil }
        return DateMatch(date: .day(day), next: next, yearExplicit: true)
    }
}
