import BarometerText
import Testing

@testable import BarometerSentiment

/// A sentence and the lexicon entries its words must match, in order (folded forms, as `SentimentContribution.entry`).
struct MatchCase: Sendable, CustomTestStringConvertible {
    var text: String
    var language: Language
    var entries: [String]
    var testDescription: String { "[\(language.code)] \(text) → \(entries)" }
}

/// How the matcher finds terms: the longest entry wins, multi-word entries match only inside one clause, entries
/// match at either edge of a sentence, and folding (case, width, traditional characters) happens before lookup.
let matchCases: [MatchCase] = [
    // Longest match: a three-word idiom over its last word ("death" alone is −2.9 in VADER).
    .init(text: "That merger was the kiss of death for the brand.", language: .english, entries: ["kiss of death"]),
    // Two-word entries win over their parts.
    .init(text: "The company is back in the black.", language: .english, entries: ["in the black"]),
    .init(text: "This album is the bomb.", language: .english, entries: ["the bomb"]),
    // At the edges of the sentence: first and last words.
    .init(text: "Kiss of death", language: .english, entries: ["kiss of death"]),
    .init(text: "Great", language: .english, entries: ["great"]),
    .init(text: "It was the kiss of death", language: .english, entries: ["kiss of death"]),
    // A longer entry that fails part-way ("kiss of the …"): the longest complete one so far wins, and matching
    // resumes at the word after it, over words already read, where another entry may start ("the bomb").
    .init(text: "A kiss of the bomb.", language: .english, entries: ["kiss", "the bomb"]),
    // The sentence ends inside a longer entry: the longest complete one so far still counts.
    .init(text: "It was a kiss of", language: .english, entries: ["kiss"]),
    // A clause break splits a multi-word entry: only the words on their own can match.
    .init(text: "A kiss, of death", language: .english, entries: ["kiss", "death"]),
    // Case and width folding before lookup.
    .init(text: "ＧＲＥＡＴ result", language: .english, entries: ["great"]),
    // Chinese: longest match over characters, traditional folded to simplified.
    .init(text: "这家酒店物超所值", language: .chinese, entries: ["物超所值"]),
    // (The booster "非常" before it adjusts it and contributes nothing of its own.)
    .init(text: "酒店設施非常陳舊", language: .chinese, entries: ["陈旧"]),
    .init(text: "陈旧", language: .chinese, entries: ["陈旧"]),
    // "不便宜" (not cheap) is not "不便" (inconvenient) followed by 宜; "交通不便" still is.
    .init(text: "这里啥都不便宜", language: .chinese, entries: ["不便宜"]),
    .init(text: "交通不便", language: .chinese, entries: ["不便"]),
    // German: a word found through its inflectional ending.
    .init(text: "Das ist eine gute Nachricht.", language: .german, entries: ["gut"]),
    .init(text: "Die Gewinnwarnungen kamen spät.", language: .german, entries: ["gewinnwarnung"]),
    // German: a capitalised compound found through its longest known final part.
    .init(text: "Ein Riesenerfolg für alle.", language: .german, entries: ["erfolg"]),
]

@Suite struct MatcherTests {
    let scorer = SentimentScorer()

    @Test(arguments: matchCases)
    func entries(_ c: MatchCase) {
        let explanation = scorer.explain(sentence: c.text, language: c.language)
        #expect(explanation.contributions.map(\.entry) == c.entries)
    }

    @Test func matchedTermsPointAtTheirWordsByPosition() {
        // The same term twice: each contribution has its own range, not the first occurrence's.
        let explanation = scorer.explain(sentence: "Good news, good news.", language: .english)
        #expect(
            explanation.contributions.map(\.range) == [ScalarRange(start: 0, end: 4), ScalarRange(start: 11, end: 15)])
    }

    @Test func capitalsAddEmphasisOnlyWhenTheSentenceIsNotAllCapitals() {
        let caps = scorer.explain(sentence: "The results were GREAT today.", language: .english)
        #expect(caps.contributions.first?.adjustments.map(\.rule) == ["caps"])
        let shouting = scorer.explain(sentence: "THE RESULTS WERE GREAT", language: .english)
        #expect(shouting.contributions.first?.adjustments.isEmpty == true)
    }

    @Test func anEndingMatchesOnlyTheLastLettersOfAWord() {
        let en = EndingTail(Array("en".unicodeScalars.map(\.value)))
        func endsWithEn(_ word: String) -> Bool {
            let scalars = word.unicodeScalars.map(\.value)
            return EndingTail.pack(scalars, 0, scalars.count) & en.mask == en.tail
        }
        #expect(endsWithEn("guten"))
        #expect(endsWithEn("en"))
        #expect(!endsWithEn("gutes"))
        #expect(!endsWithEn("ent"))
        #expect(!endsWithEn("n"))
        #expect(!endsWithEn("schön"))
    }

    /// The scanner reads plain words (ASCII and German letters) on a short path and everything else on the general
    /// one, which takes over a word from its start: both must split and fold words the same way. Expected: the
    /// folded word, its scalar range, and whether it starts with a capital.
    @Test(arguments: [
        (
            "It's an all-time HIGH, up 5.2%.",
            [
                ("it's", 0, 4, true), ("an", 5, 7, false), ("all-time", 8, 16, false), ("high", 17, 21, true),
                ("up", 23, 25, false), ("5", 26, 27, false), ("2", 28, 29, false),
            ]
        ),
        (
            "Das café’s Übergewinn, Łódź a--b x-",
            [
                ("das", 0, 3, true), ("café's", 4, 10, false), ("übergewinn", 11, 21, true), ("łódź", 23, 27, true),
                ("a--b", 28, 32, false), ("x", 33, 34, false),
            ]
        ),
    ])
    func plainAndGeneralWordsSplitAlike(_ sentence: String, _ expected: [(String, Int32, Int32, Bool)]) {
        var work = Workspace()
        SentenceScanner.scan(sentence, folding: nil, into: &work)
        let words = work.tokens.map { token in
            String(
                String.UnicodeScalarView(
                    work.scalars[Int(token.start)..<Int(token.end)].compactMap(Unicode.Scalar.init)))
        }
        #expect(words == expected.map(\.0))
        #expect(work.tokens.map(\.originalStart) == expected.map(\.1))
        #expect(work.tokens.map(\.originalEnd) == expected.map(\.2))
        #expect(work.tokens.map(\.capitalised) == expected.map(\.3))
        // Only a word of two or more capitals and no lower-case letter is written in capitals.
        #expect(work.tokens.filter(\.allCaps).count == (sentence.contains("HIGH") ? 1 : 0))
    }

    /// The scanner skims lower-case words that no English key starts with, without building them or handing them to
    /// the matcher (`SentenceScanner.skimWords`). They must still count as tokens, and every unit must keep the token
    /// positions and offsets that a scan handing over every token gives it: after a run of skimmed words, after
    /// a pending longer term ("kiss of the"), before an emoticon, at the sentence's end.
    @Test(arguments: [
        "the results were not very good at all, but the outlook is great",
        "it was the kiss of the bomb for the brand and its shares fell sharply",
        "no cheque :( and yet we are so happy about it ok",
        "ab cd ef gh ij kl mn op qr st uv wx yz good day",
        "we liked it",
    ])
    func skimmedWordsKeepPositions(_ sentence: String) {
        let units = skimmedUnits(sentence, LanguageLexicon(language: .english, files: LexiconCatalog.bundled))
        #expect(!units.isEmpty)
    }

    /// German skims too: a lower-case word is skimmed unless its key, or the stem one of its endings leaves, passes
    /// the filter. So a word found by its ending ("guten" → "gut", "schlimmer" → "schlimm", "fröhlichen" →
    /// "fröhlich", after words with umlauts) must still be matched, with the positions a full scan gives it, and a
    /// capitalised compound after skimmed words is still split ("Riesenerfolg" → "erfolg").
    @Test(arguments: [
        ("wir sind mit der sehr guten entwicklung ganz zufrieden und froh", ["gut", "zufrieden", "froh"]),
        ("die lage ist schlimmer als gedacht, doch die stimmung bleibt fröhlichen mutes", ["schlimm", "fröhlich"]),
        ("für uns wäre das größte übel ein Riesenerfolg an der börse", ["übel", "erfolg"]),
        ("über die lösung sind die anleger nicht glücklich", ["glücklich"]),
    ])
    func germanSkimmedWordsKeepEndings(_ sentence: String, _ entries: [String]) {
        let lexicon = LanguageLexicon(language: .german, files: LexiconCatalog.bundled)
        let units = skimmedUnits(sentence, lexicon)
        let found = Set(units.map { lexicon.terms[Int($0.info)] })
        for entry in entries { #expect(found.contains(entry), "\(entry) in \(found)") }
    }

    /// The German skim filter must admit every word the ending fallback can find: each one-token content term of at
    /// least a stem's length with each ending, as the scanner reads the word. A word it turned away would be
    /// skimmed and lose its match. Words that are no such form are mostly turned away.
    @Test func germanSkimFilterAdmitsEveryInflectedTerm() {
        let lexicon = LanguageLexicon(language: .german, files: LexiconCatalog.bundled)
        var work = Workspace()
        var checked = 0
        for (index, term) in lexicon.terms.enumerated()
        where SentimentEngine.isContent(lexicon.infos[index]) && !term.contains(" ")
            && term.unicodeScalars.count >= SentimentEngine.shortestStem
        {
            for ending in lexicon.endings {
                work.reset()
                let word = term + String(String.UnicodeScalarView(ending.compactMap(Unicode.Scalar.init)))
                SentenceScanner.scan(word, folding: nil, into: &work)
                guard work.tokens.count == 1 else { continue }
                #expect(
                    lexicon.skimFilter.admits(TermKey.combine(TermKey.offsetBasis, work.tokens[0].key)),
                    "\(word)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
        let unrelated = ["und", "oder", "aber", "werden", "zwischen", "während", "damals", "jedenfalls"]
        #expect(
            unrelated.filter { word in
                work.reset()
                SentenceScanner.scan(word, folding: nil, into: &work)
                return lexicon.skimFilter.admits(TermKey.combine(TermKey.offsetBasis, work.tokens[0].key))
            }.count < unrelated.count / 2)
    }

    /// Matches `sentence` and checks its token count and every unit's positions against a scan that hands over
    /// every token; returns the units.
    private func skimmedUnits(_ sentence: String, _ lexicon: LanguageLexicon) -> [MatchedUnit] {
        var matcher = TermMatcher(lexicon)
        matcher.read(sentence, symbols: true)
        var every = Workspace()
        SentenceScanner.scan(sentence, folding: nil, symbols: lexicon.hasSymbols ? lexicon.table : nil, into: &every)
        #expect(matcher.work.counts.tokens == every.tokens.count)
        #expect(matcher.work.counts.tokens == every.counts.tokens)
        for unit in matcher.work.units {
            let first = every.tokens[Int(unit.firstToken)]
            let last = every.tokens[Int(unit.lastToken)]
            #expect(unit.originalStart == first.originalStart, "\(lexicon.terms[Int(unit.info)])")
            #expect(unit.originalEnd == last.originalEnd, "\(lexicon.terms[Int(unit.info)])")
            #expect(unit.clause == first.clause)
            #expect(unit.opensClause == first.opensClause)
        }
        return matcher.work.units
    }

    /// German endings are stripped by undoing hash steps, so `remove` must invert `add` for any hash and scalar.
    @Test func removingAScalarUndoesAddingIt() {
        #expect(TermKey.prime &* TermKey.primeInverse == 1)
        let word = "gewinnen".unicodeScalars.map(\.value)
        let stem = TermKey.token(word, 0, word.count - 2)
        var hash = TermKey.token(word, 0, word.count)
        for scalar in word.suffix(2).reversed() { hash = TermKey.remove(hash, scalar) }
        #expect(hash == stem)
        #expect(TermKey.remove(TermKey.add(TermKey.offsetBasis, 0x10_FFFF), 0x10_FFFF) == TermKey.offsetBasis)
        // Undoing a scalar that was not the last one added gives no stem: "gewinn" without "e" is not "gewin".
        #expect(TermKey.remove(hash, 0x65) != TermKey.token(word, 0, word.count - 3))
    }

    /// The matcher reads whether a term ends or extends (and, for German endings, whether it is a content term)
    /// from the tags beside each key, not from the entry: the tags must say what the entries say.
    @Test(arguments: [Language.english, .german, .chinese])
    func tableTagsAgreeWithEntries(_ language: Language) {
        let lexicon = LanguageLexicon(language: language, files: LexiconCatalog.bundled)
        var work = Workspace()
        for (index, term) in lexicon.terms.enumerated()
        where lexicon.characterBased || !LanguageLexicon.isSymbolTerm(term) {
            work.reset()
            SentenceScanner.scan(term, folding: lexicon.folding, into: &work)
            var key = TermKey.offsetBasis
            for token in work.tokens { key = TermKey.combine(key, token.key) }
            let hit = lexicon.table.find(key)
            let info = lexicon.infos[index]
            #expect(hit.index == Int32(index), "\(term)")
            #expect(hit.tags.contains(.complete) == info.isComplete, "\(term)")
            #expect(hit.tags.contains(.extends) == info.extends, "\(term)")
            #expect(hit.tags.contains(.content) == SentimentEngine.isContent(info), "\(term)")
        }
    }
}
