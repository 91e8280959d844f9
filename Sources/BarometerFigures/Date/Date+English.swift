import BarometerText

/// English date forms that differ from German; the words are in `Resources/date/en.json`.
///
/// - Numeric dates are month first ("3/25/2024", "12-31-2023") unless the first number cannot be a month
///   ("25/03/2024"); with dots ("25.03.2024") they are day first, as Europeans write them in English too.
/// - A day may carry an ordinal suffix ("March 25th", "the 25th of March"); the suffixes are data.
extension AlphabeticDateRules {
    /// Month and day of an English numeric date given its first two numbers and separator.
    static func englishMonthDay(_ first: Int, _ second: Int, separator: Unicode.Scalar) -> (month: Int, day: Int) {
        if separator == "." || first > 12 { return (second, first) }
        return (first, second)
    }
}
