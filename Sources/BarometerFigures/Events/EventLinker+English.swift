/// English subject placement: the subject leads its clause, after a fronted adverbial.
extension LatinReader {
    /// "According to Liepin, salaries …" and "On Monday, shares …" start after the comma;
    /// "In 2023 revenue …" without one starts after the adverbial's words and dates.
    func englishSubjectStart(clauseStart: Int, figure: Int) -> Int? {
        guard opensAdverbial(clauseStart) else { return clauseStart }
        var k = clauseStart
        while k < figure, !isSign(k, LatinReader.comma) { k += 1 }
        if k < figure { return k + 1 }
        k = clauseStart
        while k < figure, opensAdverbial(k) || has(k, .determiners) || has(k, .functionWords) {
            k += 1
        }
        return k
    }
}
