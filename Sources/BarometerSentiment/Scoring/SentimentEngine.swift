import BarometerText

/// A matched term of a sentence. Tokens that match nothing get no unit; windows count tokens by position.
struct MatchedUnit {
    /// Index into `LanguageLexicon.infos`.
    var info: Int32
    var firstToken: Int32
    /// Inclusive.
    var lastToken: Int32
    var clause: Int32
    var segment: Int32
    var allCaps: Bool
    /// Its first token opens its clause (for `SentimentEngine.financePartner`).
    var opensClause: Bool
    /// How a word not found as written was matched.
    var fallback: Fallback
    /// Unicode scalar offsets of its words in the sentence, end exclusive (for explanations).
    var originalStart: Int32
    var originalEnd: Int32
    /// The unit it formed a finance pair with, or -1.
    var pairedWith: Int32 = -1

    init(info: Int32, first: Token, last: Token, allCaps: Bool, fallback: Fallback) {
        self.info = info
        firstToken = first.index
        lastToken = last.index
        clause = first.clause
        segment = first.segment
        self.allCaps = allCaps
        opensClause = first.opensClause
        self.fallback = fallback
        originalStart = first.originalStart
        originalEnd = last.originalEnd
    }
}

enum Fallback: UInt8 {
    case none, ending, compoundPart
}

/// The roles present among a sentence's units, so `SentimentEngine.score` runs only the passes they call for.
struct Roles: OptionSet {
    let rawValue: UInt8
    static let comparison = Roles(rawValue: 1)
    static let direction = Roles(rawValue: 2)
    static let negatesBackward = Roles(rawValue: 4)
    static let contrast = Roles(rawValue: 8)
    static let concession = Roles(rawValue: 16)
    static let reservation = Roles(rawValue: 32)
    static let reply = Roles(rawValue: 64)
}

/// A finance pair derived from a figure mention (direction + subject), not from the sentence's words.
struct MentionPair {
    var term: String
    var range: ScalarRange
    var value: Double
}

/// The rule engine: one implementation for every language, driven by the language's `LanguageLexicon`.
enum SentimentEngine {
    /// A stem or a compound's first part keeps at least this many letters (so "Ende" is not "end" + "e"): a word
    /// of this length or shorter has no fallback.
    static let shortestStem = 3

    /// A word not found as written: strip an inflectional ending ("gute" → "gut"), else take the longest known
    /// final part of a capitalised compound ("Kurseinbruch" → "einbruch"). Only entries with a valence or a
    /// finance role count, so a compound never turns into a negator or booster.
    @inline(__always)
    /// Also returns the longest direction word that ends a long capitalised word (`head`, index -1 if none), for
    /// `compoundModifier`.
    static func fallbackMatch(_ lexicon: LanguageLexicon, _ scalars: UnsafeBufferPointer<UInt32>, _ token: Token) -> (
        Int32, Fallback, head: (index: Int32, start: Int)
    ) {
        var head = (index: Int32(-1), start: 0)
        let start = Int(token.start)
        let end = Int(token.end)
        let length = end - start
        // Only the endings that end with the word's last letter are tried (none for most words: "…t", "…g").
        var candidates = length > shortestStem ? lexicon.endingsEndingWith(scalars[end - 1]) : 0
        let tail = candidates == 0 ? 0 : EndingTail.pack(scalars, start, end)
        while candidates != 0 {
            let ending = lexicon.endingTails[candidates.trailingZeroBitCount]
            candidates &= candidates - 1
            guard length - ending.length >= shortestStem, tail & ending.mask == ending.tail else { continue }
            // The stem's hash is the word's with the ending's steps undone: at most three steps, not the whole stem.
            var stemHash = token.key
            for k in stride(from: end - 1, through: end - ending.length, by: -1) {
                stemHash = TermKey.remove(stemHash, scalars[k])
            }
            let hit = lexicon.table.find(TermKey.combine(TermKey.offsetBasis, stemHash))
            if hit.tags.contains(.content) { return (hit.index, .ending, head) }
        }
        let minimum = lexicon.compoundMinimum
        if minimum > 0, token.capitalised, length >= minimum + shortestStem {
            // One backward pass: the reversed hash of every final part, looked up in the suffix table; the longest
            // part found wins. It stops where no stored part ends with the letters read, mostly within a few.
            var reversed = TermKey.offsetBasis
            var best: Int32 = -1
            var k = end - 1
            while k >= start + shortestStem {
                reversed = TermKey.add(reversed, scalars[k])
                let hit = lexicon.finalParts.find(TermKey.combine(TermKey.offsetBasis, reversed))
                if end - k >= min(minimum, shortestStem) {
                    if hit.tags.contains(.content), end - k >= minimum { best = hit.index }
                    if hit.tags.contains(.directionHead), end - k >= shortestStem { head = (hit.index, k) }
                }
                if !hit.tags.contains(.longerPart) { break }
                k -= 1
            }
            if best >= 0 { return (best, .compoundPart, head) }
        }
        return (-1, .none, head)
    }

    /// The finance quantity that a compound's first part names, the part before its direction head at `headStart`
    /// ("Umsatz|plus", "Kosten|senkung"), with or without a linking "s" ("Arbeitslosigkeit|s|anstieg"), or nil.
    static func compoundModifier(
        _ lexicon: LanguageLexicon, _ scalars: UnsafeBufferPointer<UInt32>, _ start: Int, _ headStart: Int
    )
        -> Int32?
    {
        let linkingS: UInt32 = 0x73
        var end = headStart
        while end - start >= 3 {
            let index = lexicon.lookup(scalars, start, end)
            if index >= 0, lexicon.infos[Int(index)].isComplete, lexicon.infos[Int(index)].quantity != 0 {
                return index
            }
            guard end == headStart, scalars[end - 1] == linkingS else { return nil }
            end -= 1
        }
        return nil
    }

    /// The quantity a direction word at `u` pairs with, or -1: the nearest one in its clause within `window`
    /// tokens (before it on a tie); looking ahead stops at a result word ("to"); a direction word that opens its
    /// clause may reach back into the previous clause ("Net sales were EUR 5m, up from EUR 4m").
    static func financePartner(
        of u: Int, _ infos: [TermInfo], _ units: [MatchedUnit], _ reference: [Bool], window: Int
    ) -> Int {
        let n = units.count
        let clause = units[u].clause
        let first = Int(units[u].firstToken)
        let last = Int(units[u].lastToken)
        func isQuantity(_ q: Int) -> Bool { !reference[q] && infos[Int(units[q].info)].quantity != 0 }
        var best = -1
        var bestDistance = window + 1
        var q = u - 1
        while q >= 0, units[q].clause == clause {
            let distance = first - Int(units[q].lastToken)
            if distance > window { break }
            if isQuantity(q) {
                best = q
                bestDistance = distance
                break
            }
            q -= 1
        }
        q = u + 1
        while q < n, units[q].clause == clause {
            let distance = Int(units[q].firstToken) - last
            if distance >= bestDistance { break }
            if infos[Int(units[q].info)].isResult { break }
            if isQuantity(q) { return q }
            q += 1
        }
        if best >= 0 { return best }
        if units[u].opensClause {
            q = u - 1
            while q >= 0, first - Int(units[q].lastToken) <= SentimentRules.previousClauseWindow,
                units[q].clause == clause - 1
            {
                if isQuantity(q) { return q }
                q -= 1
            }
        }
        return -1
    }

    @inline(__always)
    static func isContent(_ info: TermInfo) -> Bool {
        info.isComplete && !info.isRuleWord && ((info.valence ?? 0) != 0 || info.quantity != 0)
    }

    /// Scores the matched units. With `trace`, records every rule's effect per unit.
    static func score(
        _ lexicon: LanguageLexicon, _ work: inout Workspace, mentionPairs: [MentionPair] = [],
        trace: inout [[SentimentAdjustment]]?
    ) -> (score: SentimentScore, sum: Double, punctuation: Double) {
        let infos = lexicon.infos
        let n = work.units.count
        Workspace.empty(&work.valences)
        // Which roles the sentence's units have: the passes for absent roles (most sentences have no contrast,
        // comparison, direction …) are skipped, as they would change nothing.
        var roles = Roles()
        for (u, unit) in work.units.enumerated() {
            let info = infos[Int(unit.info)]
            if info.isComparison { roles.insert(.comparison) }
            if info.direction != 0 { roles.insert(.direction) }
            if info.negatesBackward { roles.insert(.negatesBackward) }
            switch info.clause {
            case .none: break
            case .contrast: roles.insert(.contrast)
            case .concession: roles.insert(.concession)
            case .reservation: roles.insert(.reservation)
            case .reply: roles.insert(.reply)
            }
            var valence = info.isRuleWord ? 0 : (info.valence ?? 0)
            // A negator with a valence of its own ("no" −1.2, "lack" −1.3) keeps it unless a sentiment word follows
            // right after it, which it then negates instead (vaderSentiment's rule for "no").
            if info.isNegator, let own = info.valence {
                let next = u + 1 < work.units.count ? work.units[u + 1] : nil
                let negatesNext =
                    next.map { $0.firstToken == unit.lastToken + 1 && (infos[Int($0.info)].valence ?? 0) != 0 } ?? false
                valence = negatesNext ? 0 : own
            }
            work.valences.append(valence)
        }
        if trace != nil { trace = Array(repeating: [], count: n) }
        /// How many units a pass over the units of `role` visits: all when some unit has the role, else none (the
        /// test stands once before the loop, not once per unit).
        func reach(_ role: Roles) -> Int { roles.contains(role) ? n : 0 }

        // Comparison: what follows "from", "compared with", "versus" in its clause is the reference figure.
        Workspace.empty(&work.reference)
        if roles.contains(.comparison) || roles.contains(.direction) {
            work.reference.append(contentsOf: repeatElement(false, count: n))
        }
        var u = 0
        while roles.contains(.comparison), u < n {
            if infos[Int(work.units[u].info)].isComparison {
                var r = u + 1
                while r < n, work.units[r].clause == work.units[u].clause {
                    work.reference[r] = true
                    r += 1
                }
                u = r
            } else {
                u += 1
            }
        }

        // Finance layer: a direction word pairs with the nearest quantity in its clause (or, when it opens its
        // clause, in the clause before), never with a reference figure or across "to" ahead of it.
        var anyPair = false
        for u in 0..<reach(.direction) where !work.reference[u] {
            let direction = infos[Int(work.units[u].info)].direction
            guard direction != 0 else { continue }
            let partner = financePartner(
                of: u, infos, work.units, work.reference, window: lexicon.pairWindow)
            guard partner >= 0 else { continue }
            anyPair = true
            let quantity = Double(infos[Int(work.units[partner].info)].quantity)
            let paired = quantity * direction * SentimentRules.financePair
            if trace != nil {
                trace![u].append(
                    SentimentAdjustment(
                        rule: "finance-pair", trigger: lexicon.terms[Int(work.units[partner].info)],
                        delta: paired - work.valences[u]))
                if work.valences[partner] != 0 {
                    trace![partner].append(
                        SentimentAdjustment(
                            rule: "finance-paired", trigger: lexicon.terms[Int(work.units[u].info)],
                            delta: -work.valences[partner]))
                }
            }
            work.valences[u] = paired
            work.valences[partner] = 0
            work.units[u].pairedWith = Int32(partner)
            work.units[partner].pairedWith = Int32(u)
        }
        // Only finance quantities are reference figures: "from a profit of …" counts against the sentence, while
        // "a film from a great director" keeps its praise.
        for r in 0..<reach(.comparison)
        where work.reference[r] && work.valences[r] != 0
            && infos[Int(work.units[r].info)].quantity != 0
        {
            let v = work.valences[r] * SentimentRules.comparisonFactor
            if trace != nil { trace![r].append(SentimentAdjustment(rule: "comparison", delta: v - work.valences[r])) }
            work.valences[r] = v
        }

        // VADER's word rules: capitals, boosters and negation within the window, by position.
        let capsDifferential = work.counts.capsTokens > 0 && work.counts.capsTokens < work.counts.tokens
        for u in 0..<n where work.valences[u] != 0 {
            var v = work.valences[u]
            let sign: Double = v > 0 ? 1 : -1
            if capsDifferential, work.units[u].allCaps {
                v += sign * SentimentRules.capsIncrement
                if trace != nil {
                    trace![u].append(SentimentAdjustment(rule: "caps", delta: sign * SentimentRules.capsIncrement))
                }
            }
            // Rule words in the `rule-window` tokens before the word, nearest first, inside its clause.
            var p = u - 1
            while p >= 0 {
                let unit = work.units[p]
                let distance = Int(work.units[u].firstToken - unit.lastToken)
                if distance > lexicon.ruleWindow || unit.clause != work.units[u].clause { break }
                let info = infos[Int(unit.info)]
                if info.booster != 0 {
                    var b = info.booster
                    if capsDifferential, unit.allCaps {
                        b += b > 0 ? SentimentRules.capsIncrement : -SentimentRules.capsIncrement
                    }
                    let delta =
                        sign * b
                        * SentimentRules.boosterDistanceFactor[
                            min(distance, SentimentRules.boosterDistanceFactor.count) - 1]
                    v += delta
                    if trace != nil {
                        trace![u].append(
                            SentimentAdjustment(rule: "booster", trigger: lexicon.terms[Int(unit.info)], delta: delta))
                    }
                }
                if info.isNegator {
                    let factor =
                        info.isPartialNegator ? SentimentRules.partialNegationFactor : SentimentRules.negationFactor
                    let negated = v * factor
                    if trace != nil {
                        trace![u].append(
                            SentimentAdjustment(
                                rule: info.isPartialNegator ? "partial-negation" : "negation",
                                trigger: lexicon.terms[Int(unit.info)], delta: negated - v))
                    }
                    v = negated
                }
                p -= 1
            }
            work.valences[u] = v
        }

        // A negator that closes its clause ("Das Konzept überzeugt nicht") negates the nearest sentiment word before
        // it within the rule window, when no sentiment word follows it in its clause (German word order).
        for k in 0..<reach(.negatesBackward) where infos[Int(work.units[k].info)].negatesBackward {
            var q = k + 1
            while q < n, work.units[q].clause == work.units[k].clause, work.valences[q] == 0 { q += 1 }
            if q < n, work.units[q].clause == work.units[k].clause { continue }
            var p = k - 1
            while p >= 0, work.units[p].clause == work.units[k].clause,
                Int(work.units[k].firstToken - work.units[p].lastToken) <= lexicon.ruleWindow
            {
                if work.valences[p] != 0 {
                    let negated = work.valences[p] * SentimentRules.negationFactor
                    if trace != nil {
                        trace![p].append(
                            SentimentAdjustment(
                                rule: "negation-after", trigger: lexicon.terms[Int(work.units[k].info)],
                                delta: negated - work.valences[p]))
                    }
                    work.valences[p] = negated
                    break
                }
                p -= 1
            }
        }

        // Contrast and concession, by the position of the word, never by its value.
        // Each sentence of the text (segment) is weighed around its own last contrast word.
        var anyContrast = false
        var segmentStart = roles.contains(.contrast) ? 0 : n
        while segmentStart < n {
            var segmentEnd = segmentStart
            while segmentEnd < n, work.units[segmentEnd].segment == work.units[segmentStart].segment { segmentEnd += 1 }
            var lastContrast = -1
            for u in segmentStart..<segmentEnd where infos[Int(work.units[u].info)].clause == .contrast {
                lastContrast = u
            }
            if lastContrast >= 0 {
                anyContrast = true
                let trigger = lexicon.terms[Int(work.units[lastContrast].info)]
                let reach = lexicon.contrastReach
                let contrastClause = Int(work.units[lastContrast].clause)
                for u in segmentStart..<segmentEnd where u != lastContrast && work.valences[u] != 0 {
                    if reach > 0 {
                        let offset = Int(work.units[u].clause) - contrastClause
                        guard offset < reach && -offset <= reach else { continue }
                    }
                    let factor = u < lastContrast ? SentimentRules.beforeContrast : SentimentRules.afterContrast
                    let v = work.valences[u] * factor
                    if trace != nil {
                        trace![u].append(
                            SentimentAdjustment(
                                rule: u < lastContrast ? "contrast-before" : "contrast-after", trigger: trigger,
                                delta: v - work.valences[u]))
                    }
                    work.valences[u] = v
                }
            }
            segmentStart = segmentEnd
        }
        // A concession ("although …") damps its own clause and, like a contrast, weighs what follows it more.
        // Only when no contrast word was found, so "although … but …" is not weighed twice.
        if !anyContrast && roles.contains(.concession) {
            for k in 0..<n where infos[Int(work.units[k].info)].clause == .concession {
                let trigger = lexicon.terms[Int(work.units[k].info)]
                for u in (k + 1)..<max(k + 1, n)
                where work.valences[u] != 0 && work.units[u].segment == work.units[k].segment {
                    let inside = work.units[u].clause == work.units[k].clause
                    let v = work.valences[u] * (inside ? SentimentRules.concessionClause : SentimentRules.afterContrast)
                    if trace != nil {
                        trace![u].append(
                            SentimentAdjustment(
                                rule: inside ? "concession" : "after-concession", trigger: trigger,
                                delta: v - work.valences[u]))
                    }
                    work.valences[u] = v
                }
                break
            }
        }

        // A reservation ("只是", "就是") damps the rest of its sentence; its verdict stands before it.
        var reservedSegment: Int32 = -1
        for k in 0..<reach(.reservation)
        where infos[Int(work.units[k].info)].clause == .reservation
            && work.units[k].segment != reservedSegment
        {
            reservedSegment = work.units[k].segment
            let trigger = lexicon.terms[Int(work.units[k].info)]
            var u = k + 1
            while u < n, work.units[u].segment == work.units[k].segment {
                if work.valences[u] != 0 {
                    let v = work.valences[u] * SentimentRules.afterReservation
                    if trace != nil {
                        trace![u].append(
                            SentimentAdjustment(rule: "reservation", trigger: trigger, delta: v - work.valences[u]))
                    }
                    work.valences[u] = v
                }
                u += 1
            }
        }

        // Another party's reply ("宾馆反馈…"): nothing after its marker is the writer's opinion.
        for k in 0..<reach(.reply) where infos[Int(work.units[k].info)].clause == .reply {
            for u in (k + 1)..<n where work.valences[u] != 0 {
                if trace != nil {
                    trace![u].append(
                        SentimentAdjustment(
                            rule: "reply", trigger: lexicon.terms[Int(work.units[k].info)], delta: -work.valences[u]))
                }
                work.valences[u] = 0
            }
            break
        }

        // Sum, punctuation emphasis, normalisation and shares (vaderSentiment `score_valence`).
        var sum = 0.0
        var positive = 0.0
        var negative = 0.0
        // Tokens that matched nothing are neutral, as VADER counts every word without a valence.
        var neutral = Double(work.counts.tokens - work.coveredTokens)
        for v in work.valences {
            sum += v
            if v > 0 {
                positive += v + 1
            } else if v < 0 {
                negative += v - 1
            } else {
                neutral += 1
            }
        }
        if !anyPair {
            for pair in mentionPairs {
                sum += pair.value
                if pair.value > 0 { positive += pair.value + 1 } else { negative += pair.value - 1 }
            }
        }
        var punctuation = 0.0
        if sum != 0 {
            let exclamations = min(work.counts.exclamations, SentimentRules.maxExclamations)
            var emphasis = Double(exclamations) * SentimentRules.exclamationIncrement
            if work.counts.questions > 1 {
                emphasis +=
                    work.counts.questions <= 3
                    ? Double(work.counts.questions) * SentimentRules.questionIncrement : SentimentRules.questionCap
            }
            punctuation = sum > 0 ? emphasis : -emphasis
            sum += punctuation
            if punctuation > 0 { positive += punctuation } else { negative += punctuation }
        }
        let compound =
            sum == 0 || abs(sum) < lexicon.neutralSum ? 0 : sum / (sum * sum + SentimentRules.alpha).squareRoot()
        let total = positive + abs(negative) + neutral
        guard total > 0 else { return (SentimentScore.zero, 0, 0) }
        let score = SentimentScore(
            score: min(1, max(-1, compound)), positive: positive / total, negative: abs(negative) / total,
            neutral: neutral / total)
        return (score, sum, punctuation)
    }
}
