import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// The cue words are data; these checks read them entry by entry.
@Suite("Event cue data")
struct EventCueTests {
    @Test("Every analysed language's cue file loads", arguments: Language.analysed)
    func loads(_ language: Language) throws {
        let cues = try #require(EventCues.load(language))
        #expect(cues.language == language.code)
        #expect(!cues.source.isEmpty)
        #expect(EventLexicon.of(language) != nil)
    }

    @Test("No list has a duplicate, an empty entry or stray white space", arguments: Language.analysed)
    func entries(_ language: Language) throws {
        let cues = try #require(EventCues.load(language))
        for (name, entries) in cues.lists {
            var seen: Set<String> = []
            for entry in entries {
                #expect(!entry.isEmpty, "\(language.code).\(name): empty entry")
                #expect(seen.insert(entry).inserted, "\(language.code).\(name): duplicate \(entry)")
                #expect(
                    entry == entry.trimmingCharacters(in: .whitespaces),
                    "\(language.code).\(name): \(entry) has outer spaces")
                #expect(!entry.contains("  "), "\(language.code).\(name): \(entry) has a double space")
                #expect(entry == entry.lowercased(), "\(language.code).\(name): \(entry) must be lower case")
                if language == .chinese {
                    #expect(!entry.contains(" "), "zh.\(name): \(entry) has a space")
                }
            }
        }
    }

    @Test("No word says both up and down", arguments: Language.analysed)
    func directionsDisjoint(_ language: Language) throws {
        let cues = try #require(EventCues.load(language))
        #expect(Set(cues.up).intersection(cues.down).isEmpty)
    }

    @Test("Separable verbs are written 'head … particle'", arguments: Language.analysed)
    func separable(_ language: Language) throws {
        let cues = try #require(EventCues.load(language))
        for entry in (cues.up + cues.down) where entry.contains(EventLexicon.gap) {
            let parts = entry.components(separatedBy: " \(EventLexicon.gap) ")
            #expect(parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(" ") }, "\(entry)")
        }
    }

    @Test("The directions named in the issue are in the data")
    func issueWords() throws {
        let en = try #require(EventCues.load(.english))
        let de = try #require(EventCues.load(.german))
        let zh = try #require(EventCues.load(.chinese))
        for word in ["rose", "surged", "jumped", "increased", "widened", "gained", "climbed", "soared", "surge"] {
            #expect(en.up.contains(word), "en up: \(word)")
        }
        for word in ["fell", "slid", "dropped", "decreased", "narrowed", "lost", "plunged", "tumbled", "drop"] {
            #expect(en.down.contains(word), "en down: \(word)")
        }
        for word in ["stieg", "wuchs", "legte zu", "anstieg", "plus"] {
            #expect(de.up.contains(word), "de up: \(word)")
        }
        for word in ["fiel", "sank", "brach ein", "rückgang", "minus"] {
            #expect(de.down.contains(word), "de down: \(word)")
        }
        for word in ["上涨", "增长", "上升", "涨", "增加", "暴涨", "扩大"] { #expect(zh.up.contains(word), "zh up: \(word)") }
        for word in ["下跌", "下降", "回落", "跌", "减少", "暴跌", "收窄"] { #expect(zh.down.contains(word), "zh down: \(word)") }
    }
}
