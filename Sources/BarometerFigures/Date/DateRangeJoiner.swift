import BarometerText

/// Joins two dates written as one range: "from March to June 2024", "between 2019 and 2022", "vom 12. Januar bis
/// zum 22. Januar", "2015年至2018年", "Nov 18 2014-Dec 19 2015". The words are data (`rangeOpeners`,
/// `rangeJoiners` in `Resources/date/<code>.json`; a joiner may require an opener, as "and" requires "between").
///
/// The range runs from the first date's start through the second date's end: Barometer reads "from January to
/// March" as including March. (Recognizers-Text ends such ranges where the second date begins, so its range cases
/// score as resolution failures; see ``RecognizersDateTime``.) The span takes in the opener. When only the second
/// date names its year, the first is moved into that year ("from March to June 2024"); a date a relative word fixes
/// ("from this May to Oct 2020", "between Jan 2019 and today") is never moved. The granularity is the
/// coarser of the two.
struct DateRangeJoiner: Sendable {
    let openers: [[Unicode.Scalar]]
    /// Joiners, longest first, each with the opener it needs (or nil).
    let joiners: [([Unicode.Scalar], [Unicode.Scalar]?)]
    /// Whether words are separated by spaces (not in Chinese), so that openers must stand as whole words.
    let spaced: Bool

    /// Words closing a range after its second end ("之间"), longest first.
    let closers: [[Unicode.Scalar]]

    init(openers: [String], joiners: [String: String?], closers: [String] = [], spaced: Bool) {
        self.closers = closers.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        self.openers = openers.map { Array($0.unicodeScalars) }
        self.joiners = joiners.map { (Array($0.key.unicodeScalars), $0.value.map { Array($0.unicodeScalars) }) }
            .sorted { $0.0.count > $1.0.count }
        self.spaced = spaced
    }

    static let order: [Granularity] = [.day, .week, .month, .quarter, .half, .year]

    /// `hits` in text order; `lowerBound` is where the scanned range starts (an opener before it is not taken).
    func join(_ hits: [DateHit], _ s: [Unicode.Scalar], lowerBound: Int) -> [DateHit] {
        guard hits.count > 1, !joiners.isEmpty else { return hits }
        // Built from the first join on: most texts join no dates and keep `hits` as they are, without a copy.
        var out: [DateHit]?
        var i = 0
        while i < hits.count {
            if i + 1 < hits.count, let joined = join(hits[i], hits[i + 1], s, lowerBound: lowerBound) {
                if out == nil {
                    out = []
                    out!.reserveCapacity(hits.count)
                    out!.append(contentsOf: hits[..<i])
                }
                out!.append(joined)
                i += 2
            } else {
                out?.append(hits[i])
                i += 1
            }
        }
        return out ?? hits
    }

    func join(_ a: DateHit, _ b: DateHit, _ s: [Unicode.Scalar], lowerBound: Int) -> DateHit? {
        // The text between the two dates, without its outer spaces, lower-cased.
        var lo = a.range.end
        var hi = b.range.start
        while lo < hi, s[lo] == " " { lo += 1 }
        while hi > lo, s[hi - 1] == " " { hi -= 1 }
        guard hi - lo <= 12 else { return nil }
        // The joiner equal to the gap, compared in place (most gaps are no joiner: no array is built for them).
        func isGap(_ joiner: [Unicode.Scalar]) -> Bool {
            joiner.count == hi - lo && joiner.indices.allSatisfy { DateScanner.lower(s[lo + $0]) == joiner[$0] }
        }
        guard let (_, needed) = joiners.first(where: { isGap($0.0) }) else { return nil }
        let opener = self.opener(before: a.range.start, s).flatMap { $0.0 >= lowerBound ? $0 : nil }
        var end = b.range.end
        if let needed, opener?.1 != needed {
            // "三月和九月之间": the word the joiner needs is a closer after the second date.
            guard closers.contains(needed),
                let closer = closers.first(where: {
                    b.range.end + $0.count <= s.count && s[b.range.end..<(b.range.end + $0.count)].elementsEqual($0)
                })
            else { return nil }
            end = b.range.end + closer.count
        }
        var first = a.date
        var second = b.date
        // A date a relative word fixes ("today", "next Friday") stays where it is, like one naming its year.
        let aFixed = a.yearExplicit || a.anchored
        let bFixed = b.yearExplicit || b.anchored
        if !aFixed, bFixed, let moved = Self.move(first, toEndBy: second.end) { first = moved }
        if aFixed, !bFixed, let moved = Self.move(second, toStartAfter: first.start) { second = moved }
        // "from November to March", "between August and October": the second month follows the first, within a
        // year ("2月29日-3月1日": 1 March of the leap year, not of the reference's year).
        if !aFixed, !bFixed, let moved = Self.move(second, toStartAfter: first.start) {
            second = moved
        }
        // "nächsten Donnerstag bis Samstag", "next Thursday to Saturday": a weekday (a day the reference fixes) before
        // the first end is the first such weekday after it.
        if b.anchored, second.granularity == .day, second.start == second.end, second.end < first.start {
            let weeks = (first.start.daysSinceEpoch - second.start.daysSinceEpoch + 6) / 7
            second = .day(second.start.adding(days: 7 * weeks))
        }
        guard first.start <= second.end else { return nil }
        let granularity = Self.order[
            max(Self.order.firstIndex(of: first.granularity)!, Self.order.firstIndex(of: second.granularity)!)]
        return DateHit(
            range: ScalarRange(start: opener?.0 ?? a.range.start, end: end),
            date: DateRange(start: first.start, end: second.end, granularity: granularity),
            yearExplicit: a.yearExplicit || b.yearExplicit, anchored: a.anchored || b.anchored)
    }

    /// The opener word right before `start` (spaces between), with its start.
    func opener(before start: Int, _ s: [Unicode.Scalar]) -> (Int, [Unicode.Scalar])? {
        var end = start
        while end > 0, s[end - 1] == " " { end -= 1 }
        for word in openers where end >= word.count {
            let begin = end - word.count
            guard s[begin..<end].map(DateScanner.lower) == word else { continue }
            if spaced, begin > 0, DateScanner.isLetter(s[begin - 1].value) { continue }
            return (begin, word)
        }
        return nil
    }

    /// A date moved by whole years so that it ends in the year of `end`, or the year before if it would start
    /// after `end` ("from March to June 2024": March 2024).
    static func move(_ date: DateRange, toEndBy end: Day) -> DateRange? {
        guard let same = shifted(date, by: end.year - date.end.year) else { return nil }
        return same.start <= end ? same : shifted(date, by: end.year - date.end.year - 1)
    }

    /// A date moved by whole years so that it starts in the year of `start`, or the year after if it would begin
    /// before `start` ("2019年6月1日至6月30日": 30 June 2019).
    static func move(_ date: DateRange, toStartAfter start: Day) -> DateRange? {
        guard let same = shifted(date, by: start.year - date.start.year) else { return nil }
        return same.start >= start ? same : shifted(date, by: start.year - date.start.year + 1)
    }

    static func shifted(_ date: DateRange, by delta: Int) -> DateRange? {
        func day(_ d: Day) -> Day? {
            let y = d.year + delta
            return DateResolution.day(y, d.month, min(d.day, Day.daysInMonth(year: y, month: d.month)))
        }
        guard let s = day(date.start), let e = day(date.end), s <= e else { return nil }
        return DateRange(start: s, end: e, granularity: date.granularity)
    }
}
