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
            // The candidates in this order: money, percents, durations, then bare numbers, indexed across the three
            // lists as they are (not copied into one: mentions are large values).
            let moneys = money.mentions(numbers: matches, in: text, range: range, tokens: tokens)
            let percentages = percents.mentions(numbers: matches, in: text, range: range)
            let spans = durations.mentions(numbers: matches, in: text, range: range)
            let candidateCount = moneys.count + percentages.count + spans.count
            // Bare numbers come last. Only their spans take part in resolving; the mentions (text, bound words) are
            // built for the numbers kept, since most numbers inside a money, percent or duration are dropped. A lone
            // "one" that only determines ("one of the biggest") is a numeral but no figure.
            var ranges: [ScalarRange] = []
            var ranks: [Int] = []
            ranges.reserveCapacity(candidateCount + matches.count)
            ranks.reserveCapacity(candidateCount + matches.count)
            func add(_ list: [Mention]) {
                for mention in list {
                    ranges.append(mention.range)
                    ranks.append(FigureExtractor.rank(mention.kind))
                }
            }
            add(moneys)
            add(percentages)
            add(spans)
            var numberMatches: [NumberMatch] = []
            numberMatches.reserveCapacity(matches.count)
            for match in matches where !match.isDeterminer {
                guard let span = numbers.mentionRange(of: match) else { continue }
                ranges.append(span)
                ranks.append(FigureExtractor.rank(.number))
                numberMatches.append(match)
            }
            return FigureExtractor.resolve(dates: dateMentions, figureRanges: ranges, ranks: ranks) { index in
                var k = index
                if k < moneys.count { return moneys[k] }
                k -= moneys.count
                if k < percentages.count { return percentages[k] }
                k -= percentages.count
                if k < spans.count { return spans[k] }
                return numbers.mention(of: numberMatches[k - spans.count], in: text, range: range)
            }
        }
    }

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

    /// Keeps every date, then figures by longest span and kind, dropping any that overlaps one kept; returns text order.
    static func resolve(dates: [Mention], figures: [Mention]) -> [Mention] {
        resolve(dates: dates, figureRanges: figures.map(\.range), ranks: figures.map { rank($0.kind) }) { figures[$0] }
    }

    /// ``resolve(dates:figures:)`` over the figures' spans and ranks, building the mention of figure `index` with
    /// `figure(index)` only for those kept.
    static func resolve(
        dates: [Mention], figureRanges ranges: [ScalarRange], ranks: [Int], figure: (Int) -> Mention
    ) -> [Mention] {
        // Sorted by index over copied keys: mentions are large values, and sorting them (or reading their ranges
        // through them in a comparison) moved more memory than anything else here.
        // Longest first, then by rank, then in the given order (as a stable sort on the first two gives): one integer
        // key per figure, sorted without a comparison closure.
        precondition(ranges.count < 1 << 28, "too many figures to resolve")
        var keys = ranges.indices.map { i in
            UInt64(UInt32.max - UInt32(ranges[i].length)) << 32 | UInt64(ranks[i]) << 28 | UInt64(i)
        }
        keys.sort()
        var kept = KeptRanges(dates.map(\.range), capacity: dates.count + ranges.count)
        var keptFigures: [Int] = []
        keptFigures.reserveCapacity(keys.count)
        for key in keys {
            let index = Int(key & (1 << 28 - 1))
            if kept.insertUnlessOverlapping(ranges[index]) { keptFigures.append(index) }
        }
        keptFigures.sort { ranges[$0] < ranges[$1] }
        guard !dates.isEmpty else { return keptFigures.map(figure) }
        // Dates first, then the kept figures, put in text order by index.
        let keptInOrder = dates.map(\.range) + keptFigures.map { ranges[$0] }
        var textOrder = Array(keptInOrder.indices)
        textOrder.sort { keptInOrder[$0] < keptInOrder[$1] }
        return textOrder.map { $0 < dates.count ? dates[$0] : figure(keptFigures[$0 - dates.count]) }
    }
}

/// The ranges kept while mentions are resolved, sorted by start, so that whether a new range overlaps one of them
/// is two comparisons after a binary search rather than a scan of all of them (which made resolving quadratic in
/// the mentions of a long text).
struct KeptRanges {
    private var sorted: [ScalarRange]
    /// Whether the kept ranges overlap one another (dates may nest) or one is empty; then neighbours do not tell,
    /// and every range is asked.
    private var nested: Bool

    /// The kept ranges start as `ranges`; room is made for `capacity` in all, so that inserting does not grow the
    /// array again and again.
    init(_ ranges: [ScalarRange], capacity: Int = 0) {
        sorted = ranges.sorted { $0.start < $1.start }
        sorted.reserveCapacity(capacity)
        var end = Int.min
        nested = false
        for range in sorted {
            if range.start < end || range.start == range.end { nested = true }
            end = max(end, range.end)
        }
    }

    /// Adds `range` and returns true unless it overlaps a kept range.
    mutating func insertUnlessOverlapping(_ range: ScalarRange) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].start < range.start { low = mid + 1 } else { high = mid }
        }
        if nested {
            if sorted.contains(where: { $0.overlaps(range) }) { return false }
        } else {
            if low < sorted.count, sorted[low].overlaps(range) { return false }
            if low > 0, sorted[low - 1].overlaps(range) { return false }
        }
        sorted.insert(range, at: low)
        // An empty range sorts among others without ordering their ends: from then on, ask every range.
        if range.start == range.end { nested = true }
        return true
    }
}
