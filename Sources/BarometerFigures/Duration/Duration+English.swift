import BarometerText

/// English duration rules: the unit follows after a space or, in compound adjectives, a hyphen ("five years",
/// "seven-minute episodes", "a 10-day delay", "1.5 years"). The words are in `Resources/duration/en.json`.
extension DurationRecognizer {
    func unitStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        guard end < limit else { return CandidatePositions() }
        switch language {
        case .chinese: return chineseUnitStarts(f, after: end, limit: limit)
        case .german: return germanUnitStarts(f, after: end, limit: limit)
        default:
            return f[end] == " " || f[end] == "-" ? CandidatePositions(end + 1) : CandidatePositions()
        }
    }

    /// Which numbers may carry a unit: Chinese years ("2023年") are dates, not durations.
    func acceptsNumber(_ number: NumberMatch) -> Bool {
        language == .chinese ? chineseAccepts(number) : true
    }
}
