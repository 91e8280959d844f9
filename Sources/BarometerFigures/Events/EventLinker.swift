import BarometerText

/// Ties every figure to its event: what it is about (`subject`), which way it moved (`direction`),
/// the date it refers to (`when`) and, for an amount restated in a second currency, the amount it
/// restates (`restates`).
///
///     // "AIsphere, established in Beijing by a former ByteDance executive, secured a substantial
///     //  $14 million in a recent funding round …"
///     let linked = EventLinker().link(mentions, in: analysed, published: Day("2024-02-20")!)
///     linked[0].subject   // "AIsphere"
///     linked[0].when      // 2024-02-20, from: .published
///
/// Works sentence by sentence with heuristics over the words around each figure, no parser; the
/// cue words of each language are data in `Resources/events/<code>.json`. Nothing is taken from
/// another sentence: a figure whose sentence names no plausible subject keeps `subject == nil`.
/// Values a recogniser already set (a direction, a subject, a `when`) are kept.
///
/// Decisions the corpora (`Tests/BarometerFiguresTests/Corpus/events`) pin down:
/// - subject: a bare number's subject is the noun it counts ("49 tech, entertainment, and media
///   companies" → "tech, entertainment, and media companies"); an amount after "of/von" belongs to
///   the noun before it ("an average annual salary of more than 480,000 yuan" → "average annual
///   salary", "eine Lücke von etwa 1,5 Jahren" → "Lücke"); a figure after "than/als" shares the
///   subject of the figure it is compared with; otherwise the clause subject, skipping fronted
///   adverbials and appositives ("The Sora Index, consisting of …, experienced an 11.4% surge" →
///   "Sora Index"). Chinese takes the phrase before the figure once linking words are passed
///   ("公司估值高达约10亿美元" → "公司估值", "营收增长20%" → "营收").
/// - direction: the direction of the quantity, so "widened"/"扩大" is up and "narrowed"/"收窄" is
///   down; it applies to every figure of the predicate that says it ("rose 12% to $4.5 billion").
/// - when: a date in the figure's predicate, else in its clause, else in its sentence, nearest
///   first; never a date introduced by another event ("following …", "after …", "since …").
/// - restates: the second amount of "480,000 yuan (US$66,700)" points at the first and shares its
///   subject, direction and date.
public struct EventLinker: Sendable {
    public init() {}

    /// The same mentions, in the same order, with the figures (every kind but `date`) linked.
    ///
    /// - Complexity: O(*n* log *n*) in the number of mentions plus, per sentence, linear in its
    ///   length times the (small) number of figures in one clause.
    public func link(_ mentions: [Mention], in text: AnalysedText, published: Day) -> [Mention] {
        var linked = mentions
        let published = When(range: .day(published), from: .published)
        let order = mentions.indices.sorted {
            (mentions[$0].range.start, $0) < (mentions[$1].range.start, $1)
        }
        let lexicon = EventLexicon.of(text.language)
        let scalars = text.scalars
        if let lexicon {
            markRestatements(in: &linked, order: order, scalars: scalars, lexicon: lexicon)
        }
        for group in sentenceGroups(order, mentions: mentions, sentences: text.sentences) {
            let reading: [FigureReading]
            if let sentence = group.sentence, let lexicon {
                let clause = SentenceSpan(
                    scalars: scalars, range: sentence.range, members: group.members, mentions: mentions)
                reading =
                    lexicon.language == .chinese
                    ? ChineseReader(span: clause, lexicon: lexicon).read()
                    : LatinReader(span: clause, lexicon: lexicon).read()
            } else {
                reading = group.members.map { _ in FigureReading() }
            }
            link(group.members, reading: reading, into: &linked, published: published)
        }
        return linked
    }

    /// Applies one sentence's readings; `members` are mention indices in text order.
    private func link(
        _ members: [Int], reading: [FigureReading], into linked: inout [Mention], published: When
    ) {
        for (k, m) in members.enumerated() where linked[m].kind != .date {
            if let original = linked[m].restates {
                linked[m].subject = linked[m].subject ?? linked[original].subject
                linked[m].direction = linked[m].direction ?? linked[original].direction
                linked[m].when = linked[m].when ?? linked[original].when
                continue
            }
            var subject = reading[k].subject
            if reading[k].comparedWithPrevious {
                // "more than 480,000 yuan …, higher than the 290,000 yuan": the compared amount
                // measures the same thing as the nearest earlier figure of its kind.
                let earlier = members[..<k].last { linked[$0].kind == linked[m].kind }
                subject = earlier.flatMap { linked[$0].subject }
            } else if reading[k].inheritsSubject {
                let earlier = members[..<k].last { linked[$0].kind != .date }
                subject = earlier.flatMap { linked[$0].subject }
            }
            linked[m].subject = linked[m].subject ?? subject
            linked[m].direction = linked[m].direction ?? reading[k].direction
            linked[m].when = linked[m].when ?? when(k, members: members, reading: reading, in: linked) ?? published
        }
    }

    /// The date a figure refers to: the nearest date mention in its predicate (segment), else in
    /// its clause, else in its sentence; a date inside another event's stretch ("following the
    /// launch … in January") dates nothing outside it. Nil when no date qualifies.
    private func when(_ k: Int, members: [Int], reading: [FigureReading], in linked: [Mention]) -> When? {
        let figure = linked[members[k]].range
        let own = reading[k]
        var best: (rank: Int, distance: Int, date: DateRange)?
        for (j, d) in members.enumerated() {
            guard linked[d].kind == .date, let date = linked[d].date else { continue }
            let event = reading[j].eventGroup
            guard event == nil || event == own.eventGroup else { continue }
            let sameClause = reading[j].clause == own.clause && event == own.eventGroup
            let rank = sameClause ? (reading[j].segment == own.segment ? 0 : 1) : 2
            let range = linked[d].range
            let distance = range.start >= figure.end ? range.start - figure.end : max(0, figure.start - range.end)
            if let current = best, (current.rank, current.distance) <= (rank, distance) { continue }
            best = (rank, distance, date)
        }
        return best.map { When(range: $0.date, from: .text) }
    }

    /// Mention indices grouped by the sentence holding each mention's start, in text order;
    /// mentions outside every sentence form groups without one.
    private func sentenceGroups(
        _ order: [Int], mentions: [Mention], sentences: [Sentence]
    ) -> [(sentence: Sentence?, members: [Int])] {
        var groups: [(sentence: Sentence?, members: [Int])] = []
        var s = 0
        for m in order {
            let start = mentions[m].range.start
            while s < sentences.count, sentences[s].range.end <= start { s += 1 }
            let sentence = s < sentences.count && sentences[s].range.contains(start) ? sentences[s] : nil
            if let last = groups.last, let sentence, last.sentence?.index == sentence.index {
                groups[groups.count - 1].members.append(m)
            } else {
                groups.append((sentence, [m]))
            }
        }
        return groups
    }

    /// Sets `restates` on an amount that restates the amount just before it in another currency:
    /// "480,000 yuan (US$66,700)", "HK$1.2 billion, or about US$153 million", "10亿美元（约合72亿元人民币）".
    private func markRestatements(
        in linked: inout [Mention], order: [Int], scalars: ScalarText, lexicon: EventLexicon
    ) {
        for (a, b) in zip(order, order.dropFirst()) {
            let first = linked[a]
            let second = linked[b]
            guard first.kind == .money, second.kind == .money, first.range.end <= second.range.start,
                let one = first.currency, let other = second.currency,
                one.code != other.code || (one.code == nil && one.text != other.text)
            else { continue }
            if RestatementGap(scalars: scalars, from: first.range.end, to: second.range.start, lexicon: lexicon)
                .isRestatement
            {
                linked[b].restates = a
            }
        }
    }
}

/// What a language reader found for one mention of a sentence.
struct FigureReading: Sendable {
    var subject: String?
    var direction: Direction?
    /// True when the figure follows a comparison word ("than the 290,000 yuan").
    var comparedWithPrevious = false
    /// True when the figure's own subject is left unsaid and is the one of the figure before it
    /// (Chinese: "实现净利润5.2亿元，同比下降12%").
    var inheritsSubject = false
    /// Clauses are numbered within the sentence; a date dates figures of its own clause first.
    var clause = 0
    /// Predicates are numbered within the sentence; a date dates figures of its own predicate first.
    var segment = 0
    /// Set for a stretch introducing another event ("following the launch …"); its dates date
    /// nothing outside it.
    var eventGroup: Int?
}

/// One sentence and its mentions, as a reader sees it.
struct SentenceSpan {
    let scalars: ScalarText
    let range: ScalarRange
    /// Mention indices, in text order.
    let members: [Int]
    let mentions: [Mention]

    func mention(_ k: Int) -> Mention { mentions[members[k]] }
    /// The range of the `k`th mention, without copying the mention.
    func range(_ k: Int) -> ScalarRange { mentions[members[k]].range }
    func kind(_ k: Int) -> MentionKind { mentions[members[k]].kind }
}

/// The text between an amount and the next one, read as a restatement marker: only brackets,
/// commas, spaces and one restatement phrase ("or about", "umgerechnet", "约合"), with at least
/// an opening bracket or a phrase.
struct RestatementGap {
    let isRestatement: Bool

    /// The largest gap read: "(approximately " is 15 scalars; 24 leaves room for two-word phrases.
    static let longestGap = 24

    init(scalars: ScalarText, from start: Int, to end: Int, lexicon: EventLexicon) {
        guard end - start <= RestatementGap.longestGap else {
            isRestatement = false
            return
        }
        var bracket = false
        var words = String.UnicodeScalarView()
        for i in start..<end {
            let c = scalars.folded[i]
            switch c {
            case "(", "[": bracket = true
            case ",", "、", " ", "\t", "\n": if !words.isEmpty, words.last != " " { words.append(" ") }
            default: words.append(c)
            }
        }
        let phrase = String(words).trimmingSuffix(" ").lowercased()
        isRestatement = phrase.isEmpty ? bracket : lexicon.restateWords.contains(phrase)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var text = self
        while text.last == suffix { text.removeLast() }
        return text
    }
}
