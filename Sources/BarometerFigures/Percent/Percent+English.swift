import BarometerText

/// English percent rules: the sign or word follows the number directly, after a space or a hyphen
/// ("11.4%", "15 per cent", "a 5-percent rise", "25 basis points"). The words are in `Resources/percent/en.json`.
extension PercentRecognizer {
    func unitStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        guard end < limit else { return CandidatePositions() }
        switch language {
        case .chinese: return chineseUnitStarts(f, after: end, limit: limit)
        case .german: return germanUnitStarts(f, after: end, limit: limit)
        default:
            if f[end] == " " || f[end] == "-" { return CandidatePositions(end, end + 1) }
            return CandidatePositions(end)
        }
    }
}
