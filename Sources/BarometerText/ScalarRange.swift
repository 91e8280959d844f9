/// A half-open range of Unicode scalar offsets into a text: `start` inclusive, `end` exclusive.
///
/// Every offset Barometer stores or prints counts Unicode scalars, the unit that Python's
/// `str` indexing and most JSON consumers use, so `text[start..<end]` means the same everywhere.
///
///     ScalarRange(start: 3, end: 7).length   // 4
public struct ScalarRange: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "ScalarRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: ScalarRange) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: ScalarRange) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: ScalarRange, rhs: ScalarRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}

extension String {
    /// The substring covered by a range of Unicode scalar offsets.
    ///
    /// - Complexity: O(`range.end`); callers slicing many ranges should walk `unicodeScalars` once instead.
    public func slice(_ range: ScalarRange) -> String {
        let scalars = unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.start)
        let upper = scalars.index(lower, offsetBy: range.length)
        return String(scalars[lower..<upper])
    }
}
