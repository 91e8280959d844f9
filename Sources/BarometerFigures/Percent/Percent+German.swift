import BarometerText

/// German percent rules: "18 Prozent", "1,5 %", "5 Prozentpunkte", "25 Basispunkte", and the adjective
/// "5-prozentige". The words are in `Resources/percent/de.json`.
extension PercentRecognizer {
    func germanUnitStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        if f[end] == " " || f[end] == "-" { return CandidatePositions(end, end + 1) }
        return CandidatePositions(end)
    }
}
