/// German subject placement: the finite verb stands second, so a fronted adverbial pushes the
/// subject behind the verb ("Im März stieg der Umsatz um 5 Prozent").
extension LatinReader {
    func germanSubjectStart(clauseStart: Int, figure: Int) -> Int? {
        guard opensAdverbial(clauseStart) else { return clauseStart }
        var k = clauseStart
        while k < figure, !(has(k, .verbs) || match(lexicon.directions, at: k) > 0) { k += 1 }
        guard k < figure else { return nil }
        return k + max(1, match(lexicon.directions, at: k))
    }
}
