import BarometerText

/// German money rules: the currency mostly follows the amount ("3 Milliarden Euro", "94.000 $", "12 500 EUR",
/// "75 Millionen US-Dollar", "sieben Euro", "siebenhundert-Euro"), a sign or code may precede it ("€ 5", "EUR 7 Mio."). The words are in
/// `Resources/money/de.json`.
extension MoneyRecognizer {
    func germanNameStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        f[end] == " " || f[end] == "-" ? CandidatePositions(end + 1) : CandidatePositions(end)
    }
}
