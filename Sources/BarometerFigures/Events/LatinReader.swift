import BarometerText

/// A word, a punctuation sign or a whole mention of a sentence in a language written with spaces.
struct LatinToken {
    enum Kind { case word, sign, mention }
    var kind: Kind
    var start: Int
    var end: Int
    /// Folded and lower-cased, for words; the sign itself for signs; empty for mentions.
    var text: String
    /// For mentions: the position among the sentence's mentions.
    var member: Int?
    /// For signs: the sign.
    var sign: Unicode.Scalar?
    /// For words: the cue classes of the word.
    var classes: WordClass = []
}

/// Reads one English or German sentence: splits it into tokens (each mention one token), marks
/// cue phrases, clauses and events in one pass, then links each figure by the rules of
/// `EventLinker+English` and `EventLinker+German`.
struct LatinReader {
    let span: SentenceSpan
    let lexicon: EventLexicon
    let tokens: [LatinToken]
    /// For each mention of the sentence, the token holding its start.
    let tokenOfMember: [Int]

    /// Most words a subject may have: the longest subject in the hand-written events corpora,
    /// "tech, entertainment, and media companies", has 5 (commas aside); longer runs are
    /// rarely one noun phrase.
    static let longestSubject = 6

    init(span: SentenceSpan, lexicon: EventLexicon) {
        self.span = span
        self.lexicon = lexicon
        (tokens, tokenOfMember) = LatinReader.tokenise(span, lexicon: lexicon)
    }

    static func tokenise(_ span: SentenceSpan, lexicon: EventLexicon) -> ([LatinToken], [Int]) {
        let folded = span.scalars.folded
        var tokens: [LatinToken] = []
        var tokenOfMember = Array(repeating: 0, count: span.members.count)
        var next = 0
        var i = span.range.start
        // ASCII answered without the Unicode property tables, which cost more than the rest of tokenising.
        func isWhitespace(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x20, 0x09...0x0D: true
            case 0..<0x80: false
            default: c.properties.isWhitespace
            }
        }
        func isWordScalar(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
            case 0..<0x80: false
            default: c.properties.isAlphabetic || c.properties.numericType != nil
            }
        }
        while i < span.range.end {
            if next < span.members.count, span.range(next).start <= i {
                let range = span.range(next)
                if range.end <= i || !tokens.isEmpty && tokens[tokens.count - 1].end > range.start {
                    tokenOfMember[next] = max(0, tokens.count - 1)  // nested in the mention before
                } else {
                    tokenOfMember[next] = tokens.count
                    tokens.append(LatinToken(kind: .mention, start: i, end: range.end, text: "", member: next))
                    i = range.end
                }
                next += 1
                continue
            }
            let limit = next < span.members.count ? min(span.range.end, span.range(next).start) : span.range.end
            let c = folded[i]
            if isWhitespace(c) {
                i += 1
            } else if isWordScalar(c) {
                var end = i + 1
                while end < limit {
                    let d = folded[end]
                    if isWordScalar(d) {
                        end += 1
                    } else if d == "'" || d == "-" || d == "." || d == "&", end + 1 < limit,
                        isWordScalar(folded[end + 1])
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                let word = LatinReader.lowercased(folded[i..<end])
                tokens.append(
                    LatinToken(
                        kind: .word, start: i, end: end, text: word, classes: lexicon.wordClasses[word] ?? []))
                i = end
            } else {
                tokens.append(LatinToken(kind: .sign, start: i, end: i + 1, text: "", sign: c))
                i += 1
            }
        }
        return (tokens, tokenOfMember)
    }

    /// A word in lower case; ASCII without the general case-mapping machinery.
    ///
    /// Encodes UTF-8 straight into the string's storage (inline for words up to 15 bytes): appending scalar by
    /// scalar to a `String.UnicodeScalarView` was the event linker's largest cost.
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var byteCount = 0
        var ascii = true
        for c in scalars {
            let v = c.value
            if v >= 0x80 { ascii = false }
            byteCount += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        let word = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var o = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    buffer[o] = UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
                    o += 1
                } else {
                    for byte in UTF8.encode(c)! {
                        buffer[o] = byte
                        o += 1
                    }
                }
            }
            return o
        }
        return ascii ? word : word.lowercased()
    }

    // MARK: Phrases

    /// The words `start..<start+length` joined by single spaces, or nil when one is not a word.
    func phrase(_ start: Int, _ length: Int) -> String? {
        guard start >= 0, start + length <= tokens.count else { return nil }
        if length == 1 { return tokens[start].kind == .word ? tokens[start].text : nil }
        var words: [String] = []
        for k in start..<(start + length) {
            guard tokens[k].kind == .word else { return nil }
            words.append(tokens[k].text)
        }
        return words.joined(separator: " ")
    }

    /// Length of the longest phrase of `set` starting at token `k`, or 0.
    func match(_ set: PhraseSet, at k: Int) -> Int {
        guard set.longest > 0, k >= 0, k < tokens.count, tokens[k].kind == .word, set.startsPhrase(tokens[k].text)
        else { return 0 }
        for length in stride(from: set.longest, through: 1, by: -1) {
            if let p = phrase(k, length), set.contains(p) { return length }
        }
        return 0
    }

    /// Length of the longest phrase of `set` ending at token `k` (inclusive), or 0.
    func match(_ set: PhraseSet, endingAt k: Int) -> Int {
        guard set.longest > 0, k >= 0, k < tokens.count, set.endsPhrase(tokens[k].text) else { return 0 }
        for length in stride(from: set.longest, through: 1, by: -1) {
            if let p = phrase(k - length + 1, length), set.contains(p) { return length }
        }
        return 0
    }

    /// True when token `k` is a word of the class.
    func has(_ k: Int, _ wordClass: WordClass) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].classes.contains(wordClass)
    }

    static let comma: [Unicode.Scalar] = [","]
    static let clauseSigns: [Unicode.Scalar] = [";", ":"]
    static let segmentSigns: [Unicode.Scalar] = [",", ";", ":", "(", ")", "[", "]", "–", "—"]
    static let closingSigns: [Unicode.Scalar] = [",", ";", ":", ".", "!", "?"]

    func isSign(_ k: Int, _ signs: [Unicode.Scalar]) -> Bool {
        guard k >= 0, k < tokens.count, let sign = tokens[k].sign else { return false }
        return signs.contains(sign)
    }

    /// A word that can stand in a noun phrase: not a cue, verb, preposition or conjunction.
    func isContent(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word else { return false }
        return !tokens[k].classes.contains(.nonContent)
    }

    func original(_ from: Int, _ through: Int) -> String {
        span.scalars.original(ScalarRange(start: tokens[from].start, end: tokens[through].end))
    }

    /// A subject made of tokens `from...through`, or nil when it is empty, too long, or a lone pronoun.
    func subject(_ from: Int, _ through: Int) -> String? {
        guard from <= through else { return nil }
        let words = (from...through).filter { tokens[$0].kind == .word }.count
        guard words <= LatinReader.longestSubject else { return nil }
        if from == through, has(from, .pronouns) { return nil }
        return original(from, through)
    }

    /// The token before `k` once approximation words and determiners are skipped: "of" in
    /// "salary of more than 480,000 yuan", "than" in "than the 290,000 yuan".
    func wordBefore(_ k: Int) -> Int {
        var j = k - 1
        while j >= 0 {
            let length = has(j, .endsApproximator) ? match(lexicon.approximators, endingAt: j) : 0
            if length > 0 {
                j -= length
            } else if has(j, .determiners) {
                j -= 1
            } else {
                break
            }
        }
        return j
    }

    /// The noun phrase ending at token `end`, walking left over content words: "average annual salary".
    func phrase(endingAt end: Int) -> String? {
        var start = end + 1
        while start - 1 >= 0, isContent(start - 1), end - (start - 1) < LatinReader.longestSubject {
            start -= 1
        }
        return subject(start, end)
    }

    /// The noun phrase starting at token `start` (leading determiners skipped), walking right over
    /// content words and lists joined by commas and coordinators, and stopping at a participle:
    /// "tech, entertainment, and media companies" (before "listed").
    func phrase(startingAt start: Int) -> String? {
        var k = start
        while has(k, .determiners) || match(lexicon.approximators, at: k) > 0 {
            k += max(1, match(lexicon.approximators, at: k))
        }
        let first = k
        var last = -1
        while k < tokens.count {
            if isContent(k), !isParticiple(k) {
                last = k
                k += 1
            } else if last >= 0, isSign(k, LatinReader.comma) || has(k, .coordinators) {
                var j = k
                while isSign(j, LatinReader.comma) || has(j, .coordinators) { j += 1 }
                guard isContent(j), !isParticiple(j) else { break }
                k = j
            } else {
                break
            }
        }
        return last >= first ? subject(first, last) : nil
    }

    func isParticiple(_ k: Int) -> Bool {
        guard tokens[k].kind == .word else { return false }
        let word = tokens[k].text
        return lexicon.participleSuffixes.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    /// The clause subject starting at token `start`: content words, joined by "of" words
    /// ("Shares of Tencent", "Umsatz des Konzerns"), up to a comma (an appositive follows), a verb,
    /// a cue or a mention. Leading determiners are dropped.
    func subject(startingAt start: Int, before limit: Int) -> String? {
        var k = start
        while k < limit, has(k, .determiners), isContent(k + 1) || has(k + 1, .determiners) {
            k += 1
        }
        let first = k
        var last = -1
        while k < limit {
            if isContent(k) {
                last = k
            } else if last >= 0, has(k, .ofWords), k + 1 < limit {
                // "of" inside the phrase; what follows must be a noun phrase too.
            } else {
                break
            }
            k += 1
        }
        return last >= first ? subject(first, last) : nil
    }

    // MARK: Reading

    func read() -> [FigureReading] {
        let n = tokens.count
        // One pass: cue directions, clause numbers, event stretches, direction segments, clause starts.
        var direction = [Direction?](repeating: nil, count: n)
        var clause = [Int](repeating: 0, count: n)
        var event = [Int?](repeating: nil, count: n)
        var segment = [Int](repeating: 0, count: n)
        var clauseStart = [Int](repeating: 0, count: n)
        var currentClause = 0
        var currentEvent: Int?
        var events = 0
        var currentSegment = 0
        var start = 0
        var k = 0
        var skipUntil = 0
        var approximatorUntil = 0
        while k < n {
            let token = tokens[k]
            if k >= skipUntil, !token.classes.isDisjoint(with: [.startsApproximator, .startsDirection, .separableHead])
            {
                let approximator = match(lexicon.approximators, at: k)
                if approximator > 0 {
                    skipUntil = k + approximator
                    approximatorUntil = skipUntil
                } else {
                    let length = match(lexicon.directions, at: k)
                    if length > 0, let p = phrase(k, length) {
                        direction[k] = lexicon.directions.direction(p)
                        skipUntil = k + length
                    } else if token.classes.contains(.separableHead), let verbs = lexicon.separable[token.text] {
                        direction[k] = separatedDirection(verbs, after: k)
                    }
                }
            }
            // Words inside an approximator ("than" in "more than") are no cues of their own.
            let cue = k >= approximatorUntil
            let breaksClause = isSign(k, LatinReader.clauseSigns) || cue && has(k, .clauseBreaks)
            if breaksClause {
                currentClause += 1
                currentEvent = nil
            }
            if isSign(k, LatinReader.comma) { currentEvent = nil }
            if cue, has(k, .eventBreaks) {
                events += 1
                currentEvent = events
            }
            // A direction word speaks for the figures of its own predicate: a new one starts at
            // punctuation, a conjunction, a comparison, or another verb ("60% of respondents said
            // they expected prices to rise" gives 60% no direction).
            if breaksClause || isSign(k, LatinReader.segmentSigns)
                || cue
                    && (has(k, .eventBreaks) || has(k, .comparisons)
                        || has(k, .verbs) || has(k, .reporting))
            {
                currentSegment += 1
            }
            if breaksClause || cue && (has(k, .reporting) || has(k, .comparisons)) {
                start = k + 1
            }
            clause[k] = currentClause
            event[k] = currentEvent
            segment[k] = currentSegment
            clauseStart[k] = start
            k += 1
        }
        return span.members.indices.map { m in
            let t = tokenOfMember[m]
            guard t < n else { return FigureReading() }
            var reading = FigureReading(clause: clause[t], segment: segment[t], eventGroup: event[t])
            guard span.kind(m) != .date, tokens[t].member == m else { return reading }
            var best: (distance: Int, direction: Direction)?
            var j = t - 1
            while j >= 0, segment[j] == segment[t] {
                if let d = direction[j], best == nil || t - j < best!.distance { best = (t - j, d) }
                j -= 1
            }
            j = t + 1
            while j < n, segment[j] == segment[t] {
                if let d = direction[j], best == nil || j - t < best!.distance { best = (j - t, d) }
                j += 1
            }
            reading.direction = best?.direction
            let before = wordBefore(t)
            if has(before, .comparisons) {
                reading.comparedWithPrevious = true
            } else {
                reading.subject = subject(ofFigure: t, kind: span.kind(m), before: before, clauseStart: clauseStart[t])
            }
            return reading
        }
    }

    /// The direction of a separable verb whose particle closes its clause: "brach … um 40 Prozent ein".
    func separatedDirection(_ verbs: [(particle: String, direction: Direction)], after k: Int) -> Direction? {
        var j = k + 1
        while j < tokens.count, !isSign(j, LatinReader.closingSigns) {
            if tokens[j].kind == .word, let verb = verbs.first(where: { $0.particle == tokens[j].text }) {
                return verb.direction
            }
            j += 1
        }
        return nil
    }

    /// The subject rules shared by English and German, in order:
    /// 1. "60% of respondents": a percent's "of" phrase;
    /// 2. "49 tech, entertainment, and media companies": the noun a bare number counts;
    /// 3. "an average annual salary of more than 480,000 yuan", "eine Lücke von etwa 1,5 Jahren":
    ///    the noun phrase before the "of" word;
    /// 4. the clause subject, after fronted adverbials (language rules) and before any appositive.
    func subject(ofFigure t: Int, kind: MentionKind, before: Int, clauseStart: Int) -> String? {
        if kind == .percent, has(t + 1, .ofWords), let np = phrase(startingAt: t + 2) {
            return np
        }
        if kind == .number, let np = phrase(startingAt: t + 1) {
            return np
        }
        if has(before, .ofWords), let np = phrase(endingAt: before - 1) {
            return np
        }
        guard let start = subjectStart(clauseStart: clauseStart, figure: t), start < t else { return nil }
        return subject(startingAt: start, before: t)
    }

    /// Where the clause subject begins, after a fronted adverbial; the per-language rule.
    func subjectStart(clauseStart: Int, figure: Int) -> Int? {
        switch lexicon.language {
        case .german: germanSubjectStart(clauseStart: clauseStart, figure: figure)
        default: englishSubjectStart(clauseStart: clauseStart, figure: figure)
        }
    }

    /// True when token `k` opens a fronted adverbial: a fronted word or a date mention.
    func opensAdverbial(_ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        if let member = tokens[k].member { return span.kind(member) == .date }
        return has(k, .frontedWords)
    }
}
