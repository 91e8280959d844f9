import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// The small tables the scanners read at every character: they must answer exactly as a `Dictionary` or a linear
/// scan would.
@Suite struct ScanTableTests {
    @Test("a scalar map finds every key it was given and nothing else, across growth")
    func scalarMap() {
        var map: ScalarMap<Int> = [:]
        var reference: [UInt32: Int] = [:]
        // Han numerals and neighbours: keys that share their low bits, so probes collide and the table grows.
        let keys: [UInt32] = Array(0x4E00...0x4E40) + [0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x96F6, 0x3007, 0x2D]
        for (n, key) in keys.enumerated() {
            map[key] = n
            reference[key] = n
        }
        map[0x4E09] = 3  // a key set twice keeps the last value
        reference[0x4E09] = 3
        #expect(map.count == reference.count)
        for key in UInt32(0x20)...UInt32(0x9FFF) { #expect(map[key] == reference[key], "U+\(String(key, radix: 16))") }
        #expect(Set(map.keys) == Set(reference.keys))
    }

    @Test("a phrase prefix filter never turns away a word that a phrase begins, and turns away most others")
    func phrasePrefixFilter() {
        var words = WordTable<Int>()
        // Three-letter and longer phrases (as the German morphemes), a two-letter and a one-letter one, an umlaut, a
        // phrase with a space (a prefix of no word) and one beyond Latin-1.
        let phrases = ["ein", "elf", "und", "zwei", "zwölf", "hundert", "Drittel", "zu", "x", "per cent", "δέκα"]
        for (n, phrase) in phrases.enumerated() { words.add(phrase, n) }
        let filter = PhrasePrefixFilter(phrases: words.entries.map { words.trie.keys(of: $0.text) })
        func begins(_ word: String) -> Bool {
            let lowered = word.lowercased()
            return phrases.contains { !$0.contains(" ") && lowered.hasPrefix($0.lowercased()) }
        }
        let text = [
            "ein", "Eine", "einundzwanzig", "elf", "Elfmeter", "und", "Unde", "zwei", "Zweite", "zwölf", "ZWÖLFTE",
            "hundert", "Drittel", "drittens", "zu", "zum", "Zug", "x", "Xaver", "δέκατος", "per", "percent", "ei", "el",
            "eis", "Elbe", "unter", "zwar", "sie", "Regierung", "hun", "dri", "a", "Ölpreis", "δέλτα",
        ]
        for word in text {
            let scalars = ScalarText(word).folded
            let maybe = filter.mayHavePrefix(scalars, from: 0, to: scalars.count)
            if begins(word) { #expect(maybe, "\(word)") }
        }
        // (Words shorter than three letters are left to the trie when a phrase is that short: "x" here.)
        for word in ["sie", "Regierung", "unter", "Elbe", "zwar", "hun", "dri", "eis", "Ölpreis", "percent"] {
            let scalars = ScalarText(word).folded
            #expect(!filter.mayHavePrefix(scalars, from: 0, to: scalars.count), "\(word)")
        }
        // No phrase at all: every word is turned away.
        #expect(!PhrasePrefixFilter(phrases: []).mayHavePrefix(ScalarText("eins").folded, from: 0, to: 4))
    }

    @Test("ASCII flags hold exactly the flagged scalars, and nothing beyond ASCII")
    func asciiFlags() {
        let flags = ASCIIFlags { $0 == " " || $0 == "," || $0 == "~" }
        for v in -1...300 { #expect(flags.contains(v) == (v == 0x20 || v == 0x2C || v == 0x7E), "\(v)") }
    }

    @Test("a word hash set finds every word it holds, by the hash the date scanner gives it")
    func wordHashSet() {
        func hash(_ word: String) -> UInt32 {
            UInt32(truncatingIfNeeded: DateLexicon.hash(word.unicodeScalars.map(ScalarText.fold)))
        }
        let held = ["one", "two", "dozen", "a", "an"]
        let set = WordHashSet(held.map(hash))
        // The scanner hashes lower-cased letters: "One" is "one".
        for word in held + ["One", "DOZEN"] { #expect(set.contains(hash: hash(word)), "\(word)") }
        for word in ["the", "market", "twos", "b"] { #expect(!set.contains(hash: hash(word)), "\(word)") }
        #expect(!WordHashSet().contains(hash: hash("one")))
    }

    @Test("a number word read alone is a number, no number, or left to the words after it, as the parser reads it")
    func loneReadings() {
        let lexicon = NumberLexicon.shared(for: .english)
        func reading(_ word: String) -> LoneReading? {
            let f = ScalarText(word).folded
            return lexicon.words.trie.payload(of: f, from: 0, to: f.count).map { lexicon.loneReadings[$0] }
        }
        func number(_ word: String) -> (value: Decimal, isOne: Bool)? {
            guard case .number(let value, let isOne)? = reading(word) else { return nil }
            return (value, isOne)
        }
        #expect(number("two")?.value == 2 && number("two")?.isOne == false)
        #expect(number("one")?.value == 1 && number("one")?.isOne == true)
        #expect(number("ninety")?.value == 90)
        for word in ["million", "hundred", "half", "quarter", "a", "and"] {
            guard case .noNumber? = reading(word) else {
                Issue.record("\(word) alone should make no number")
                continue
            }
        }
        guard case .readOn? = reading("minus") else {
            Issue.record("minus alone should leave the number to the digits after it")
            return
        }
        #expect(lexicon.loneReadings.count == lexicon.words.values.count)
    }

    @Test("a reversed trie's pair table admits every version name's end as written, and turns away common words")
    func versionNameEnds() {
        for language in [Language.english, .german, .chinese] {
            let names = NumberLexicon.shared(for: language).versionNames
            for name in names.entries.map(\.text) {
                for written in [name, name.uppercased(), name.prefix(1).uppercased() + name.dropFirst(), "x " + name] {
                    let f = ScalarText(written).folded
                    #expect(names.trie.mayEndPhrase(f, before: f.count, floor: 0), "\(language) \(written)")
                }
            }
            for word in ["in", "the", "of", "to", "by", "than", "from", "nearly", "für"] {
                let f = ScalarText(word).folded
                #expect(!names.trie.mayEndPhrase(f, before: f.count, floor: 0), "\(language) \(word)")
            }
            #expect(!names.trie.mayEndPhrase(ScalarText("gpt").folded, before: 3, floor: 3))
        }
    }

    @Test("a scalar key set answers membership only for its members")
    func scalarKeys() {
        let set: ScalarKeys = [0x70B9, 0x9EDE]  // 点 點
        #expect(set.contains(0x70B9) && set.contains(0x9EDE))
        #expect(!set.contains(0x70BA) && !set.contains(0x2E) && !set.contains(0x1_0000))
        #expect(ScalarKeys().count == 0 && !ScalarKeys().contains(0x70B9))
    }

    @Test("kept ranges reject exactly the ranges that overlap a kept one")
    func keptRanges() {
        func r(_ start: Int, _ end: Int) -> ScalarRange { ScalarRange(start: start, end: end) }
        func insert(_ kept: inout KeptRanges, _ range: ScalarRange) -> Bool { kept.insertUnlessOverlapping(range) }
        // Disjoint dates: neighbours decide.
        var kept = KeptRanges([r(20, 30), r(0, 5)])
        #expect(insert(&kept, r(4, 6)) == false)  // into the first
        #expect(insert(&kept, r(29, 40)) == false)  // into the last
        #expect(insert(&kept, r(10, 21)) == false)  // reaching into the next
        #expect(insert(&kept, r(5, 20)) == true)  // touching both, overlapping neither
        #expect(insert(&kept, r(6, 7)) == false)  // inside the one just kept
        #expect(insert(&kept, r(30, 31)) == true)
        // Nested dates ("Q3 2023" holding "2023"): a range inside the outer one but after the inner one overlaps.
        var nested = KeptRanges([r(0, 10), r(2, 3)])
        #expect(insert(&nested, r(5, 6)) == false)
        #expect(insert(&nested, r(10, 12)) == true)
        // An empty range kept among others.
        var empty = KeptRanges([r(5, 8)])
        #expect(insert(&empty, r(5, 5)) == true)
        #expect(insert(&empty, r(6, 7)) == false)
    }
}
