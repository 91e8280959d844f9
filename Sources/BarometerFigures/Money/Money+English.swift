import BarometerText

/// English money rules: a sign or code before the number, glued or after one space ("$14 million", "$ 300,000",
/// "US$66,700", "EUR131m", "USD 5m"), or a name or code after it ("480,000 yuan", "5 euros", "10 USD").
/// The words are in `Resources/money/en.json`.
extension MoneyRecognizer {
    /// Where a currency written before the number may end: right before it, or before one space.
    func signEnds(_ f: [Unicode.Scalar], before start: Int, floor: Int) -> CandidatePositions {
        guard start > floor else { return CandidatePositions() }
        switch language {
        case .chinese: return chineseSignEnds(f, before: start, floor: floor)
        default:
            if f[start - 1] == " ", start - 1 > floor { return CandidatePositions(start - 1, start) }
            return CandidatePositions(start)
        }
    }

    /// Where a currency written after the number may start: right after it, or after one space.
    func nameStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        guard end < limit else { return CandidatePositions() }
        switch language {
        case .chinese: return chineseNameStarts(f, after: end, limit: limit)
        case .german: return germanNameStarts(f, after: end, limit: limit)
        default: return f[end] == " " ? CandidatePositions(end + 1) : CandidatePositions(end)
        }
    }
}
