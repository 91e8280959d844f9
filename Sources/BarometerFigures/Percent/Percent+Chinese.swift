import BarometerText

/// Chinese percent rules: "11.4%", "2.4个百分点" (pp), "25个基点" (bp), "百分之十五" (read by the number rules),
/// and tenths: "三成" is 30 %, unless 成 starts another word ("成本", "成为"). The words are in
/// `Resources/percent/zh.json`.
extension PercentRecognizer {
    func chineseUnitStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        var start = end
        while start < limit, f[start] == " " { start += 1 }
        return start > end ? CandidatePositions(end, start) : CandidatePositions(end)
    }

    /// "三成", "2.5成": returns the end of 成 when it stands for tenths.
    func tenthsAfter(_ f: [Unicode.Scalar], number: NumberMatch, range: ScalarRange) -> Int? {
        var start = number.range.end
        while start < range.end, f[start] == " " { start += 1 }
        guard language == .chinese, !number.isYearLike,
            let m = words.tenths.match(f, at: start, limit: range.end, acceptsEnd: { _ in true })
        else { return nil }
        if m.end < range.end, words.tenthsNotBefore.contains(f[m.end].value) { return nil }
        return m.end
    }
}
