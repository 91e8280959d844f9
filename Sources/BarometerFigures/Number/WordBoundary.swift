import BarometerText

/// Word boundaries as each language draws them: English and German words end at a non-letter;
/// Chinese has no spaces, so every position is a boundary.
struct WordBoundary: Sendable {
    let spaced: Bool

    init(_ language: Language) { spaced = language != .chinese }

    /// Whether a word may end just before `position` (the next scalar is not a letter or digit).
    @inline(__always)
    func endsWord(_ scalars: [Unicode.Scalar], at position: Int, limit: Int) -> Bool {
        guard spaced, position < limit else { return true }
        let previous = scalars[position - 1]
        // Entries ending in punctuation ("Mio.", "a.m.") need no boundary after them.
        guard ScalarClass.isWordScalar(previous) else { return true }
        return !ScalarClass.isWordScalar(scalars[position])
    }

    /// Whether a word may start at `position`.
    @inline(__always)
    func startsWord(_ scalars: [Unicode.Scalar], at position: Int, floor: Int) -> Bool {
        guard spaced, position > floor else { return true }
        let first = scalars[position]
        guard ScalarClass.isWordScalar(first) else { return true }
        return !ScalarClass.isWordScalar(scalars[position - 1])
    }
}
