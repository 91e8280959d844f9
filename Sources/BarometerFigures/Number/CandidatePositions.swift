/// At most two text positions to try, in order (where a unit or currency word may start after a number: right
/// after it, or after one space): returned instead of an array, so asking costs no allocation per number.
///
///     for start in CandidatePositions(7, 8) { … }   // 7, then 8
struct CandidatePositions: Sequence, IteratorProtocol {
    private var first: Int
    private var second: Int
    private var count: Int

    /// No position.
    init() {
        (first, second, count) = (0, 0, 0)
    }

    init(_ only: Int) {
        (first, second, count) = (only, 0, 1)
    }

    init(_ first: Int, _ second: Int) {
        (self.first, self.second, count) = (first, second, 2)
    }

    mutating func next() -> Int? {
        guard count > 0 else { return nil }
        let position = first
        first = second
        count -= 1
        return position
    }
}
