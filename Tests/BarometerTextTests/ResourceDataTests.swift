import Foundation
import Testing

@testable import BarometerText

/// The data files under `Sources/BarometerText/Resources`, checked entry by entry.
@Suite struct ResourceDataTests {
    func duplicates<S: Sequence>(_ values: S) -> [S.Element] where S.Element: Hashable {
        var seen: Set<S.Element> = []
        return values.filter { !seen.insert($0).inserted }
    }

    @Test func furnitureRulesAreWellFormed() {
        let file = TextResources.load(FurnitureCues.File.self, named: "furniture")
        #expect(Set(file.languages.keys) == ["en", "de", "zh"])
        for (language, rules) in file.languages {
            for rule in rules {
                #expect(!rule.cues.isEmpty, "\(language) \(rule.kind)")
                #expect((1...300).contains(rule.maxLength), "\(language) \(rule.kind)")
                #expect(rule.toEnd != true || rule.match == .line, "\(language): a tail cue must be a line of its own")
                for cue in rule.cues {
                    #expect(!cue.isEmpty && cue == cue.trimmingCharacters(in: .whitespaces), "\(language) '\(cue)'")
                    #expect(
                        cue.unicodeScalars.count <= rule.maxLength, "\(language) '\(cue)' longer than its rule allows")
                }
            }
            let keys = rules.flatMap { rule in
                rule.cues.map { "\(rule.match)|" + String(String.UnicodeScalarView(TextFolding.lowercased($0))) }
            }
            #expect(duplicates(keys).isEmpty, "\(language): duplicate cues \(duplicates(keys))")
        }
    }

    @Test func sentenceRulesCoverEveryLanguage() {
        let file = TextResources.load(SentenceRules.File.self, named: "sentence-rules")
        for language in Language.allCases {
            guard let entry = file.languages[language.code] else {
                Issue.record("sentence-rules.json lacks \(language.code)")
                continue
            }
            #expect(!entry.alwaysEnds.isEmpty && !entry.endsBeforeSpace.isEmpty && !entry.closers.isEmpty)
            #expect(entry.unbrokenPairs.unicodeScalars.count % 2 == 0, "\(language.code): unbrokenPairs holds pairs")
            #expect(duplicates(entry.attributionVerbs).isEmpty && entry.attributionVerbs.allSatisfy { !$0.isEmpty })
            for abbreviation in entry.abbreviations {
                #expect(abbreviation.hasSuffix("."), "\(language.code) '\(abbreviation)'")
                #expect(
                    !abbreviation.hasPrefix(" ") && !abbreviation.contains("  "), "\(language.code) '\(abbreviation)'")
            }
            let keys = entry.abbreviations.map { SentenceRules.key($0).lowercased() }
            #expect(duplicates(keys).isEmpty, "\(language.code): duplicate abbreviations \(duplicates(keys))")
            for word in entry.ordinalFollowers {
                #expect(word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }, "\(language.code) '\(word)'")
            }
            #expect(duplicates(entry.ordinalFollowers.map { $0.lowercased() }).isEmpty)
            for word in entry.ordinalPrecedents {
                #expect(
                    word == word.lowercased() && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic },
                    "\(language.code) '\(word)'")
            }
            #expect(duplicates(entry.ordinalPrecedents).isEmpty)
        }
    }

    @Test func languageProfilesAreWellFormed() {
        let file = TextResources.load(LanguageProfiles.File.self, named: "language-profiles")
        let codes = file.profiles.map(\.language)
        #expect(duplicates(codes).isEmpty)
        #expect(codes.contains("en") && codes.contains("de"))
        for profile in file.profiles {
            #expect(profile.words.count >= 40, "\(profile.language): too few words to decide on")
            #expect(duplicates(profile.words).isEmpty, "\(profile.language): duplicates \(duplicates(profile.words))")
            for word in profile.words {
                #expect(
                    word == word.lowercased() && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic },
                    "\(profile.language) '\(word)'")
            }
            #expect(duplicates(profile.letters.unicodeScalars).isEmpty, "\(profile.language) letters")
        }
    }
}
