import BarometerText

/// Finds every figure and date in a text and resolves it against a reference date.
///
///     let mentions = FigureExtractor().extract(from: analysed, published: Day("2024-02-20")!)
///
/// Each sentence is scanned once for numbers; the percent, money and duration rules build on those numbers and the
/// date rules run beside them. Where mentions overlap, a date wins, then the longest span (a money, percent or
/// duration beats the bare number inside it); on equal spans money beats percent beats duration beats number.
/// A lone "one" or 一 that quantifies nothing ("one of the biggest", "one company said", "一系列") is a numeral
/// the number rule reports on its own (`extract(text:language:published:only:)`, as Recognizers-Text counts
/// numerals) but no figure here; "one in five", "one million", "one year", "一倍" are.
///
/// - Complexity: O(n) in the text's length.
public struct FigureExtractor: Sendable {
    public init() {}

    /// Mentions in the analysed text's sentences (page furniture skipped), in text order,
    /// each with its `sentence` index. Text in an undetermined language yields none.
    public func extract(from text: AnalysedText, published: Day) -> [Mention] {
        guard text.language.isAnalysed else { return [] }
        let scalars = text.scalars
        let rules = Rules.shared(for: text.language)
        var found: [Mention] = []
        for sentence in text.sentences {
            for var mention in rules.mentions(in: scalars, range: sentence.range, published: published) {
                mention.sentence = sentence.index
                found.append(mention)
            }
        }
        return found
    }

    /// Mentions in a raw string, read as one sentence covering all of it.
    public func extract(text: String, language: Language, published: Day) -> [Mention] {
        guard language.isAnalysed else { return [] }
        let scalars = ScalarText(text)
        var found = Rules.shared(for: language).mentions(
            in: scalars, range: ScalarRange(start: 0, end: scalars.count), published: published)
        for index in found.indices { found[index].sentence = 0 }
        return found
    }

    /// Mentions of one kind only in a raw string (one sentence), as that dimension's rules see it alone: a number
    /// inside "5%" is still a number here. Dates come from the date rules.
    public func extract(text: String, language: Language, published: Day, only kind: MentionKind) -> [Mention] {
        guard language.isAnalysed else { return [] }
        let scalars = ScalarText(text)
        let range = ScalarRange(start: 0, end: scalars.count)
        let rules = Rules.shared(for: language)
        let matches = rules.numbers.matches(in: scalars, range: range)
        let found: [Mention]
        switch kind {
        case .date: return rules.dates.mentions(in: scalars, range: range, reference: published)
        case .number: found = rules.numbers.mentions(from: matches, in: scalars, range: range)
        case .percent: found = rules.percents.mentions(numbers: matches, in: scalars, range: range)
        case .money: found = rules.money.mentions(numbers: matches, in: scalars, range: range)
        case .duration: found = rules.durations.mentions(numbers: matches, in: scalars, range: range)
        }
        return FigureExtractor.resolve(dates: [], figures: found).map { mention in
            var copy = mention
            copy.sentence = 0
            return copy
        }
    }

    /// The recognisers of one language, built once and shared by reference (copying the word lists for every
    /// document showed up as retain/release traffic in the benchmark).
    private final class Rules: Sendable {
        let numbers: NumberRecognizer
        let percents: PercentRecognizer
        let money: MoneyRecognizer
        let durations: DurationRecognizer
        let dates: DateRecognizer

        private static let all = PerLanguage { Rules(language: $0) }

        static func shared(for language: Language) -> Rules { all[language] }

        private init(language: Language) {
            numbers = NumberRecognizer(language: language)
            percents = PercentRecognizer(language: language)
            money = MoneyRecognizer(language: language)
            durations = DurationRecognizer(language: language)
            dates = DateRecognizer(language: language)
        }

        func mentions(in text: ScalarText, range: ScalarRange, published: Day) -> [Mention] {
            // English and German text is tokenised once, for the date rules and the number scan.
            let tokens = dates.tokens(in: text, range: range)
            let dateMentions = dates.mentions(in: text, range: range, reference: published, tokens: tokens)
            let matches = numbers.matches(in: text, range: range, tokens: tokens)
            guard !matches.isEmpty else { return dateMentions }
            // The candidates in this order: money, percents, durations, then bare numbers. The first three are built
            // into one array.
            var built: [Mention] = []
            // Room for one per number, which money, percents and durations together seldom pass: one allocation
            // instead of growing the array a mention at a time.
            built.reserveCapacity(matches.count)
            money.append(numbers: matches, in: text, range: range, tokens: tokens, to: &built)
            percents.append(numbers: matches, in: text, range: range, to: &built)
            durations.append(numbers: matches, in: text, range: range, to: &built)
            // Bare numbers come last. Only their spans take part in resolving; the mentions (text, bound words) are
            // built for the numbers kept, since most numbers inside a money, percent or duration are dropped. A lone
            // "one" that only determines ("one of the biggest") is a numeral but no figure.
            var figures = FigureCandidates(capacity: built.count + matches.count)
            for index in built.indices { figures.add(built[index].range, kind: built[index].kind) }
            var numberIndices: [Int] = []  // positions in `matches`, not copies of the large match values
            numberIndices.reserveCapacity(matches.count)
            for index in matches.indices where !matches[index].isDeterminer {
                guard let span = numbers.mentionRange(of: matches[index]) else { continue }
                figures.add(span, kind: .number)
                numberIndices.append(index)
            }
            // The candidates are handed over (not copied), so that sorting their keys does not copy the array.
            return FigureExtractor.resolve(dates: dateMentions, figures: consume figures) { index, found in
                if index < built.count {
                    found.append(built[index])
                } else {
                    found.append(
                        numbers.mention(of: matches[numberIndices[index - built.count]], in: text, range: range))
                }
            }
        }
    }

    /// Keeps every date, then figures by longest span and kind, dropping any that overlaps one kept; returns text order.
    static func resolve(dates: [Mention], figures: [Mention]) -> [Mention] {
        var candidates = FigureCandidates(capacity: figures.count)
        for figure in figures { candidates.add(figure.range, kind: figure.kind) }
        return resolve(dates: dates, figures: consume candidates) { index, found in found.append(figures[index]) }
    }

    /// ``resolve(dates:figures:)`` over the figures' spans, building the mention of figure `index` with
    /// `appendFigure(index, &found)` only for those kept. The mention is appended where it is built (or copied
    /// straight from its array): a mention returned by value was moved through the stack twice on its way in.
    static func resolve(
        dates: [Mention], figures candidates: consuming FigureCandidates,
        appendFigure: (_ index: Int, _ found: inout [Mention]) -> Void
    ) -> [Mention] {
        // Sorted by index over copied keys: mentions are large values, and sorting them (or reading their ranges
        // through them in a comparison) moved more memory than anything else here.
        candidates.sortByPrecedence()
        var kept = KeptRanges(count: dates.count, capacity: dates.count + candidates.count) { dates[$0].range }
        // A figure kept is tagged after the dates, in the order it was kept.
        for position in 0..<candidates.count {
            kept.insertUnlessOverlapping(
                candidates.ranges[candidates.index(inPrecedence: position)], tag: dates.count + position)
        }
        // Dates, then the figures kept, in text order.
        var found: [Mention] = []
        found.reserveCapacity(kept.count)
        for entry in kept.inTextOrder() {
            if entry.tag < dates.count {
                found.append(dates[entry.tag])
            } else {
                appendFigure(candidates.index(inPrecedence: entry.tag - dates.count), &found)
            }
        }
        return found
    }
}

/// The figures that compete for a span while mentions are resolved: each one's span and its key of precedence.
struct FigureCandidates {
    private(set) var ranges: [ScalarRange] = []
    /// Longest first, then by rank, then in the order added (as a stable sort on the first two gives): one integer
    /// per figure, sorted without a comparison closure.
    private var keys: [UInt64] = []

    init(capacity: Int) {
        ranges.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    /// Inlined into the loops that add every candidate: as a call it cost some 75 instructions a figure, two
    /// uniqueness checks among them.
    @inline(__always)
    mutating func add(_ range: ScalarRange, kind: MentionKind) {
        precondition(ranges.count < 1 << 28, "too many figures to resolve")
        keys.append(
            UInt64(UInt32.max - UInt32(range.length)) << 32 | UInt64(FigureCandidates.rank(kind)) << 28
                | UInt64(ranges.count))
        ranges.append(range)
    }

    var count: Int { keys.count }

    /// Puts the figures in the order they claim their spans, read back by ``index(inPrecedence:)`` (the keys are
    /// sorted in place: no array of indices is built).
    mutating func sortByPrecedence() { keys.sort() }

    /// The index (order added) of the figure at `position` in the order of precedence, once sorted.
    func index(inPrecedence position: Int) -> Int { Int(keys[position] & (1 << 28 - 1)) }

    /// Order of precedence on equal spans.
    private static func rank(_ kind: MentionKind) -> Int {
        switch kind {
        case .date: 0
        case .money: 1
        case .percent: 2
        case .duration: 3
        case .number: 4
        }
    }
}

/// The ranges kept while mentions are resolved, sorted by start, so that whether a new range overlaps one of them
/// is two comparisons after a binary search rather than a scan of all of them (which made resolving quadratic in
/// the mentions of a long text). Each range carries a tag saying whose it is, so that the kept mentions come out in
/// text order without a sort of their own.
struct KeptRanges {
    struct Entry {
        var range: ScalarRange
        var tag: Int
    }

    private var sorted: [Entry]
    /// Whether the kept ranges overlap one another (dates may nest) or one is empty; then neighbours do not tell,
    /// and every range is asked.
    private var nested: Bool
    /// Whether two kept ranges start at the same offset (nested or empty ones): then the order by start alone is
    /// not the text order, which also compares ends.
    private var startsTie: Bool

    /// The kept ranges start as `ranges`, tagged by their position; room is made for `capacity` in all, so that
    /// inserting does not grow the array again and again.
    init(_ ranges: [ScalarRange], capacity: Int = 0) {
        self.init(count: ranges.count, capacity: capacity) { ranges[$0] }
    }

    /// The kept ranges start as `range(0)` … `range(count - 1)`, tagged by their position (the dates' ranges, read
    /// in place rather than copied into an array first).
    init(count: Int, capacity: Int, range: (Int) -> ScalarRange) {
        var sorted: [Entry] = []
        sorted.reserveCapacity(max(capacity, count))
        var inOrder = true
        for tag in 0..<count {
            let entry = Entry(range: range(tag), tag: tag)
            if let last = sorted.last, last.range.start > entry.range.start { inOrder = false }
            sorted.append(entry)
        }
        if !inOrder { sorted.sort { $0.range.start < $1.range.start } }
        var end = Int.min
        nested = false
        startsTie = false
        for index in sorted.indices {
            let range = sorted[index].range
            if range.start < end || range.isEmpty { nested = true }
            if index > 0, sorted[index - 1].range.start == range.start { startsTie = true }
            end = max(end, range.end)
        }
        self.sorted = sorted
    }

    var count: Int { sorted.count }

    /// Adds `range` with its `tag` and returns true unless it overlaps a kept range.
    @discardableResult
    mutating func insertUnlessOverlapping(_ range: ScalarRange, tag: Int = -1) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].range.start < range.start { low = mid + 1 } else { high = mid }
        }
        if nested {
            if sorted.contains(where: { $0.range.overlaps(range) }) { return false }
        } else {
            if low < sorted.count, sorted[low].range.overlaps(range) { return false }
            if low > 0, sorted[low - 1].range.overlaps(range) { return false }
        }
        if low < sorted.count, sorted[low].range.start == range.start { startsTie = true }
        // The later entries are shifted up by hand: `insert(_:at:)` went through `replaceSubrange` (some 80
        // instructions and a memmove call) to move the few entries a text keeps.
        let entry = Entry(range: range, tag: tag)
        sorted.append(entry)
        var index = sorted.count - 1
        while index > low {
            sorted[index] = sorted[index - 1]
            index -= 1
        }
        sorted[low] = entry
        // An empty range sorts among others without ordering their ends: from then on, ask every range.
        if range.isEmpty { nested = true }
        return true
    }

    /// The kept ranges in text order (by start, then end), equal ranges by tag.
    mutating func inTextOrder() -> [Entry] {
        if startsTie { sorted.sort { ($0.range, $0.tag) < ($1.range, $1.tag) } }
        return sorted
    }
}
