import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

/// The word lists under `Sources/BarometerFigures/Resources`, checked entry by entry.
@Suite struct ResourceTests {
    static let languages = ["en", "de", "zh"]

    func json(_ dimension: String, _ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: FigureResource.url(dimension, name))
        return try #require(
            JSONSerialization.jsonObject(with: data) as? [String: Any], "\(dimension)/\(name).json is not an object")
    }

    func raw(_ dimension: String, _ name: String) throws -> String {
        try String(contentsOf: FigureResource.url(dimension, name), encoding: .utf8)
    }

    /// Every key of the file's objects is written once in the whole file (JSON decoders silently keep the last).
    func expectKeysUnique(
        _ dimension: String, _ name: String, _ sections: [String: Any], alsoKeyedIn other: [String: Any] = [:]
    ) throws {
        let text = try raw(dimension, name)
        for case (let section, let object as [String: Any]) in sections {
            for key in object.keys {
                let written = text.components(separatedBy: "\"\(key)\":").count - 1
                let expected = other[key] == nil ? 1 : 2
                #expect(
                    written == expected,
                    "\(dimension)/\(name).json: '\(key)' (in \(section)) is written \(written) times")
            }
        }
    }

    func expectUnique(_ words: [String], _ what: String) {
        var seen: Set<String> = []
        for word in words {
            #expect(!seen.contains(word.lowercased()), "\(what): '\(word)' is listed twice")
            seen.insert(word.lowercased())
        }
    }

    @Test("number words parse, are unique and in range", arguments: languages)
    func numberWords(_ language: String) throws {
        let file = try json("number", language)
        try expectKeysUnique("number", language, file)
        for (fraction, value) in (file["vulgarFractions"] as? [String: String]) ?? [:] {
            let decimal = try #require(
                Decimal(string: value), "number/\(language): '\(fraction)' = '\(value)' does not parse")
            #expect(
                decimal > 0 && decimal < 1 && fraction.unicodeScalars.count == 1,
                "number/\(language): fraction '\(fraction)' = \(value)")
        }
        for section in [
            "cardinals", "multipliers", "abbreviations", "denominators", "halves", "digits", "smallScales",
            "largeScales",
        ] {
            for (word, value) in (file[section] as? [String: String]) ?? [:] {
                let decimal = try #require(
                    Decimal(string: value), "number/\(language): '\(word)' = '\(value)' does not parse")
                #expect(
                    decimal >= 0 && decimal <= 1_000_000_000_000,
                    "number/\(language): '\(word)' = \(value) out of range")
                if section == "cardinals" {
                    #expect(decimal <= 90, "number/\(language): cardinal '\(word)' = \(value)")
                }
                if section == "digits" {
                    #expect(decimal <= 9 && word.unicodeScalars.count == 1, "number/zh: digit '\(word)' = \(value)")
                }
                if section.hasSuffix("Scales") || section == "multipliers" && decimal != 12 {
                    // Scales are powers of ten (a dozen is the one exception among multipliers).
                    var v = decimal
                    while v >= 10 { v /= 10 }
                    #expect(v == 1, "number/\(language): scale '\(word)' = \(value) is not a power of ten")
                }
            }
        }
        // A word has one role: no cardinal is also a multiplier or denominator.
        let roles = ["cardinals", "multipliers", "denominators", "halves"].flatMap {
            ((file[$0] as? [String: String]) ?? [:]).keys
        }
        expectUnique(roles, "number/\(language) roles")
        expectUnique((file["versionNames"] as? [String]) ?? [], "number/\(language) versionNames")
        expectUnique((file["notNumbers"] as? [String]) ?? [], "number/\(language) notNumbers")
        // The words that make a lone "one" or 一 a figure are unique, written, and no number words themselves.
        for key in ["oneRatioWords", "oneFigureWords"] {
            let words = (file[key] as? [String]) ?? []
            expectUnique(words, "number/\(language) \(key)")
            for word in words {
                #expect(!word.isEmpty && word.trimmingCharacters(in: .whitespaces) == word, "number/\(language) \(key)")
                #expect(roles.firstIndex(of: word) == nil, "number/\(language) \(key): '\(word)' is a number word")
            }
        }
    }

    @Test("scale words mean what each language means by them")
    func scales() throws {
        let en = try #require(try json("number", "en")["multipliers"] as? [String: String])
        let de = try #require(try json("number", "de")["multipliers"] as? [String: String])
        let zh = try #require(try json("number", "zh")["largeScales"] as? [String: String])
        #expect(en["billion"] == "1000000000")
        #expect(en["trillion"] == "1000000000000")
        #expect(de["milliarde"] == "1000000000" && de["milliarden"] == "1000000000")
        #expect(de["billion"] == "1000000000000" && de["billionen"] == "1000000000000", "a German Billion is 10^12")
        #expect(zh["万"] == "10000" && zh["亿"] == "100000000")
    }

    @Test("bound words are unique and have one meaning", arguments: languages)
    func boundWords(_ language: String) throws {
        let file = try json("bounds", language)
        let before = ["approximate", "min", "max"].flatMap { (file[$0] as? [String]) ?? [] }
        let after = ["approximateAfter", "minAfter", "maxAfter", "glued"].flatMap { (file[$0] as? [String]) ?? [] }
        expectUnique(before, "bounds/\(language) before")
        expectUnique(after, "bounds/\(language) after")
        #expect(before.allSatisfy { !$0.isEmpty && $0.trimmingCharacters(in: .whitespaces) == $0 })
    }

    @Test("percent words are unique across units", arguments: languages)
    func percentWords(_ language: String) throws {
        let file = try json("percent", language)
        let units = ["percent", "percentagePoints", "basisPoints", "tenths", "before"].flatMap {
            (file[$0] as? [String]) ?? []
        }
        expectUnique(units, "percent/\(language)")
        #expect(((file["tenthsNotBefore"] as? [String]) ?? []).allSatisfy { $0.unicodeScalars.count == 1 })
    }

    @Test("currencies name ISO 4217 codes, settled or ambiguous", arguments: languages)
    func currencies(_ language: String) throws {
        let codes = CurrencyWords.codes
        let known = Set(codes.codes + codes.historicCodes)
        #expect(codes.codes.allSatisfy { $0.count == 3 && $0 == $0.uppercased() })
        expectUnique(codes.codes, "iso4217 codes")
        #expect(Set(codes.aliases.values).isSubset(of: known))
        // Every code and alias is packed for the glued-code test, and none packs like another.
        #expect(CurrencyWords.codeKeys.count == codes.codes.count + codes.aliases.count)
        #expect(
            CurrencyWords.codeKey(ArraySlice("KRW".unicodeScalars))
                == CurrencyWords.codeKey(ArraySlice("\u{212A}RW".unicodeScalars)))
        #expect(CurrencyWords.codeKey(ArraySlice("ÜSD".unicodeScalars)) == nil)
        #expect(Set(codes.settledBy.keys).isSubset(of: known))
        #expect(Set(codes.wordCodes).isSubset(of: known))
        let file = try json("money", language)
        for side in ["before", "after"] {
            let entries = try #require(file[side] as? [[String: Any]])
            expectUnique(entries.compactMap { $0["text"] as? String }, "money/\(language) \(side)")
            for entry in entries {
                let text = entry["text"] as? String ?? "?"
                let code = entry["code"] as? String
                let candidates = entry["candidates"] as? [String]
                #expect(
                    (code == nil) != (candidates == nil),
                    "money/\(language): '\(text)' needs a code or candidates, not both")
                if let code { #expect(known.contains(code), "money/\(language): '\(text)' has unknown code \(code)") }
                if let candidates {
                    #expect(
                        candidates.count >= 2,
                        "money/\(language): '\(text)' is ambiguous between fewer than two currencies")
                    #expect(
                        Set(candidates).isSubset(of: known), "money/\(language): '\(text)' candidates \(candidates)")
                }
            }
        }
    }

    @Test("duration units name a unit and multiples parse", arguments: languages)
    func durationUnits(_ language: String) throws {
        let file = try json("duration", language)
        // Multiples name units on purpose, so only the units section must be unique.
        try expectKeysUnique(
            "duration", language, ["units": file["units"] as Any],
            alsoKeyedIn: (file["multiples"] as? [String: Any]) ?? [:])
        let units = try #require(file["units"] as? [String: String])
        for (word, unit) in units {
            #expect(DurationUnit(rawValue: unit) != nil, "duration/\(language): '\(word)' → '\(unit)'")
        }
        for (word, multiple) in (file["multiples"] as? [String: String]) ?? [:] {
            #expect(units[word] != nil, "duration/\(language): multiple for unlisted '\(word)'")
            #expect((Decimal(string: multiple) ?? 0) > 1, "duration/\(language): '\(word)' multiple \(multiple)")
        }
    }
}
