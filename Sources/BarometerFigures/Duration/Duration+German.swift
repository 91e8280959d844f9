import BarometerText

/// German duration rules: "zwei Jahre", "etwa 1,5 Jahren", "drei Monaten", "fünf Minuten", and adjectives
/// "5-jährige", "zweijährige" is not read (one word). The words are in `Resources/duration/de.json`.
extension DurationRecognizer {
    func germanUnitStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        f[end] == " " || f[end] == "-" ? CandidatePositions(end + 1) : CandidatePositions()
    }
}
