import BarometerText
import Foundation

/// Chinese duration rules: the unit follows the number directly ("一分钟", "两年", "3个月", "十天", "48小时").
/// 年 after a four-digit year or before 月, 底, 代 … ("2023年底", "90年代") belongs to a date, not a duration.
/// The words are in `Resources/duration/zh.json`.
extension DurationRecognizer {
    func chineseUnitStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        CandidatePositions(end)
    }

    func chineseAccepts(_ number: NumberMatch) -> Bool {
        !number.isYearLike && !(number.isDigits && number.range.length >= 4 && isFromYear1000To2999(number.value))
    }

    /// `1000 <= value < 3000`, as Decimal comparison answers it. A value well inside or outside the range is told by
    /// its Double (some 400 instructions); only one within 1 of either end is compared as a Decimal (some 2,000
    /// instructions for the two comparisons, asked of every Chinese number of four or more digits).
    private func isFromYear1000To2999(_ value: Decimal) -> Bool {
        let approximate = Double(truncating: value as NSNumber)
        if approximate < 999 || approximate > 3001 { return false }
        if approximate >= 1001 && approximate <= 2999 { return true }
        return value >= 1000 && value < 3000
    }
}
