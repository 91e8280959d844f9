import BarometerText

/// Chinese money rules: the currency follows the amount without a space ("10亿美元", "1600元", "5306亿台币",
/// "1.95港元", "两千余元"); a sign or 人民币 may precede it ("¥300", "人民币5000万"). The words are in
/// `Resources/money/zh.json`.
extension MoneyRecognizer {
    func chineseSignEnds(_ f: [Unicode.Scalar], before start: Int, floor: Int) -> CandidatePositions {
        if f[start - 1] == " ", start - 1 > floor { return CandidatePositions(start - 1, start) }
        return CandidatePositions(start)
    }

    func chineseNameStarts(_ f: [Unicode.Scalar], after end: Int, limit: Int) -> CandidatePositions {
        f[end] == " " ? CandidatePositions(end, end + 1) : CandidatePositions(end)
    }
}
