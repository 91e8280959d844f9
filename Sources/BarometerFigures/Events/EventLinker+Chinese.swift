import BarometerText

/// Reads one Chinese sentence scalar by scalar: no spaces, so cue words are matched as runs of
/// characters, longest first. The subject is the noun phrase right before the figure once linking
/// verbs, approximators and direction words are passed ("公司估值高达约10亿美元" → "公司估值",
/// "营收增长20%" → "营收"), bounded by punctuation, an earlier mention or a reporting verb.
struct ChineseReader {
    let span: SentenceSpan
    let lexicon: EventLexicon

    /// Longest subject kept whole, in characters: "比亚迪新能源汽车销量" (10) is the longest in the
    /// hand-written corpus; a longer run keeps only its trailing measure noun.
    static let longestSubject = 10

    /// Signs that end a clause ("，；：" fold to ",;:"): asked of every scalar of a sentence, so a switch rather than a
    /// hashed set (hashing each scalar was most of the reader's own time).
    static func isClauseSign(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ";", ":", "。", "!", "?", "(", ")", "“", "”", "「", "」": true
        default: false
        }
    }

    func read() -> [FigureReading] {
        let folded = span.scalars.folded
        let lower = span.range.start
        let n = span.range.length
        var member = [Int?](repeating: nil, count: n)
        for m in span.members.indices {
            let r = span.range(m)
            for i in max(r.start, lower)..<max(lower, min(r.end, span.range.end)) where member[i - lower] == nil {
                member[i - lower] = m
            }
        }
        // One pass: direction cues, clause numbers, event stretches, direction segments, subject starts.
        var direction = [Direction?](repeating: nil, count: n)
        var clause = [Int](repeating: 0, count: n)
        var event = [Int?](repeating: nil, count: n)
        var segment = [Int](repeating: 0, count: n)
        var phraseStart = [Int](repeating: 0, count: n)
        var currentClause = 0
        var currentSegment = 0
        var events = 0
        var start = 0
        var currentEvent: Int?
        var i = 0
        var skipUntil = 0
        while i < n {
            let c = folded[lower + i]
            if i >= skipUntil, member[i] == nil, lexicon.startsCue(c) {
                if let length = match(lexicon.measureNouns, at: i, folded, member) {
                    skipUntil = i + length  // "增速" is a noun, not "增"
                } else if let length = match(lexicon.approximators, at: i, folded, member) {
                    skipUntil = i + length
                } else if let length = match(lexicon.linkingWords, at: i, folded, member) {
                    skipUntil = i + length
                    // "公司实现净利润": the subject of the figure is "净利润". A one-character
                    // link is too often part of a word ("报价", "为期") to cut a phrase.
                    if length > 1 { start = i + length }
                } else if let length = match(lexicon.directions, at: i, folded, member) {
                    direction[i] = lexicon.directions.direction(text(i, length, folded))
                    skipUntil = i + length
                } else if let length = match(lexicon.eventBreaks, at: i, folded, member) {
                    events += 1
                    currentEvent = events
                    currentSegment += 1
                    skipUntil = i + length
                } else if let length = match(lexicon.clauseBreaks, at: i, folded, member) {
                    currentClause += 1
                    currentSegment += 1
                    currentEvent = nil
                    start = i + length
                    skipUntil = i + length
                } else if let length = match(lexicon.reporting, at: i, folded, member) {
                    start = i + length
                    skipUntil = i + length
                } else if let length = match(lexicon.comparisons, at: i, folded, member),
                    i + length < n, member[i + length] != nil
                {
                    // "比去年的67亿元": a comparison word counts only before a mention, so "比亚迪" is a name.
                    currentSegment += 1
                    start = i + length
                    skipUntil = i + length
                }
            }
            if member[i] == nil, ChineseReader.isClauseSign(c) {
                if c != "," { currentClause += 1 }
                currentSegment += 1
                currentEvent = nil
                start = i + 1
            }
            clause[i] = currentClause
            event[i] = currentEvent
            segment[i] = currentSegment
            phraseStart[i] = start
            if let m = member[i], i + 1 == n || member[i + 1] != m { start = i + 1 }
            i += 1
        }
        return span.members.indices.map { m in
            let r = span.range(m)
            let t = r.start - lower
            guard t >= 0, t < n else { return FigureReading() }
            var reading = FigureReading(clause: clause[t], segment: segment[t], eventGroup: event[t])
            guard span.kind(m) != .date else { return reading }
            var best: (distance: Int, direction: Direction)?
            for j in stride(from: t - 1, through: 0, by: -1) {
                guard segment[j] == segment[t] else { break }
                if let d = direction[j] {
                    best = (t - j, d)
                    break
                }
            }
            var j = r.end - lower
            while j < n, segment[j] == segment[t] {
                if let d = direction[j] {
                    if best == nil || j - t < best!.distance { best = (j - t, d) }
                    break
                }
                j += 1
            }
            reading.direction = best?.direction
            switch subject(before: t, phraseStart: phraseStart, folded: folded, member: member) {
            case .written(let subject): reading.subject = subject
            case .unsaid:
                // "实现净利润5.2亿元，同比下降12%", "暴涨10%至7万美元", "比去年的67亿元": Chinese
                // drops a repeated subject; the figure shares the subject of the figure before it.
                reading.inheritsSubject = true
            case .implausible: break
            }
            return reading
        }
    }

    /// Where the words before sentence position `t` end once linking words, approximators,
    /// direction words and dates are passed: "公司估值|高达约10亿美元", "上证指数|周一下跌1.5%".
    private func subjectEnd(before t: Int, folded: [Unicode.Scalar], member: [Int?]) -> Int {
        var end = t
        while end > 0 {
            if folded[span.range.start + end - 1] == " " {
                end -= 1
            } else if let m = member[end - 1], span.kind(m) == .date {
                end = span.range(m).start - span.range.start
            } else if let length = suffix(
                [lexicon.approximators, lexicon.linkingWords, lexicon.directions], endingAt: end, folded, member)
            {
                end -= length
            } else {
                break
            }
        }
        return max(0, end)
    }

    /// What stands before a figure as its subject.
    enum WrittenSubject {
        case written(String)
        /// Nothing but punctuation, particles or another figure: the subject is left unsaid.
        case unsaid
        /// Words, but none that can be a subject (a pronoun, a long run without a measure noun).
        case implausible
    }

    /// The subject ending before sentence position `t`, once linking words are passed.
    private func subject(before t: Int, phraseStart: [Int], folded: [Unicode.Scalar], member: [Int?]) -> WrittenSubject
    {
        let end = subjectEnd(before: t, folded: folded, member: member)
        guard end > 0, member[end - 1] == nil else { return .unsaid }
        var start = phraseStart[end - 1]
        while start < end {
            if let length = match(lexicon.determiners, at: start, folded, member)
                ?? match(lexicon.functionWords, at: start, folded, member)
            {
                start += length
            } else if folded[span.range.start + start] == " " {
                start += 1
            } else {
                break
            }
        }
        guard start < end else { return .unsaid }
        guard member[start] == nil else { return .implausible }
        let phrase = text(start, end - start, folded)
        if lexicon.pronouns.contains(phrase) { return .implausible }
        if end - start <= ChineseReader.longestSubject {
            return .written(
                span.scalars.original(ScalarRange(start: span.range.start + start, end: span.range.start + end)))
        }
        guard let noun = suffix([lexicon.measureNouns], endingAt: end, folded, member) else { return .implausible }
        return .written(
            span.scalars.original(ScalarRange(start: span.range.start + end - noun, end: span.range.start + end)))
    }

    private func text(_ i: Int, _ length: Int, _ folded: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: folded[(span.range.start + i)..<(span.range.start + i + length)])
        return String(view)
    }

    /// Length of the longest phrase of `set` starting at sentence position `i` outside mentions.
    private func match(_ set: PhraseSet, at i: Int, _ folded: [Unicode.Scalar], _ member: [Int?]) -> Int? {
        let lower = span.range.start
        return set.longestMatch(in: folded, from: lower + i, to: span.range.end) { member[$0 - lower] == nil }
    }

    /// Length of the longest phrase of any of `sets` ending just before sentence position `end`.
    private func suffix(_ sets: [PhraseSet], endingAt end: Int, _ folded: [Unicode.Scalar], _ member: [Int?]) -> Int? {
        let lower = span.range.start
        return sets.compactMap {
            $0.longestSuffix(in: folded, before: lower + end, from: lower) { member[$0 - lower] == nil }
        }.max()
    }
}
