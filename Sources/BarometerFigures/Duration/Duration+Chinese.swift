import BarometerText

/// Chinese duration rules: the unit follows the number directly ("一分钟", "两年", "3个月", "十天", "48小时").
/// 年 after a four-digit year or before 月, 底, 代 … ("2023年底", "90年代") belongs to a date, not a duration.
/// The words are in `Resources/duration/zh.json`.
extension DurationRecognizer {
    func chineseUnitStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        CandidatePositions(end)
    }

    func chineseAccepts(_ number: NumberMatch) -> Bool {
        !number.isYearLike
            && !(number.isDigits && number.range.length >= 4 && number.value >= 1000 && number.value < 3000)
    }
}
