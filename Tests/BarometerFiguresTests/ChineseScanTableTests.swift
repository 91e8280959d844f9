import BarometerText
import Testing

@testable import BarometerFigures

/// The first-character tables of the Chinese scanners: they may let through a position where nothing starts, never
/// turn away one where something does.
@Suite struct ChineseScanTableTests {
    static let dates = DateLexicon.chineseLexicon.chinese!
    /// Every date phrase, from the lexicon's table by first character.
    static let phrases: [[Unicode.Scalar]] = (0..<UInt32(0x10000)).compactMap(Unicode.Scalar.init).flatMap {
        dates.phrases[$0]?.map(\.0) ?? []
    }

    @Test("every Chinese date phrase and not-date name may start a match where it is written")
    func datePhrasesStart() {
        let lexicon = Self.dates
        let written = Self.phrases + lexicon.notDates
        #expect(written.count > 100)
        for phrase in written {
            let text = phrase + ["。"]
            #expect(
                lexicon.mayStartMatch(in: text, at: 0, end: text.count), "\(String(String.UnicodeScalarView(phrase)))")
        }
        for start in ["一", "7", "第"] as [Unicode.Scalar] {
            #expect(lexicon.mayStartMatch(in: [start, "家"], at: 0, end: 2), "numbers start anywhere: \(start)")
        }
    }

    @Test(
        "ordinary text turns the Chinese date scanner away at a phrase's first character",
        arguments: ["中国", "上涨", "年轻", "大学"])
    func dateStartsTurnedAway(_ word: String) {
        let text = Array(word.unicodeScalars)
        #expect(Self.dates.starts[text[0]], "\(word) begins with a phrase's first character")
        #expect(!Self.dates.mayStartMatch(in: text, at: 0, end: text.count), "\(word)")
    }

    @Test("no Chinese date phrase or not-date name begins with an Arabic digit (the scanner passes a digit run's tail)")
    func noPhraseBeginsWithDigit() {
        let lexicon = Self.dates
        for phrase in Self.phrases + lexicon.notDates {
            #expect(!DateScanner.isDigit(phrase[0].value), "\(String(String.UnicodeScalarView(phrase)))")
        }
    }

    @Test("digits in the middle of a run start no Chinese date: 12024年 is no year, 2024年 after a letter is")
    func digitRunTails() {
        func dates(_ s: String) -> [String] {
            let text = ScalarText(s)
            return DateRecognizer(language: .chinese).mentions(
                in: text, range: ScalarRange(start: 0, end: text.count), reference: Day(year: 2024, month: 2, day: 20)
            ).map(\.text)
        }
        #expect(dates("编号12024年") == [])
        #expect(dates("代码A2024年") == ["2024年"])
        #expect(dates("共1.5天，3月5日") == ["3月5日"])
    }

    @Test(
        "the number followers of the date rules are exactly the ago units' first characters and the words after a number"
    )
    func numberFollowers() {
        let lexicon = Self.dates
        for c in (0..<UInt32(0x10000)).compactMap(Unicode.Scalar.init) {
            let expected = lexicon.agoUnitFirsts.contains(c) || lexicon.afterNumber.contains(c)
            #expect(lexicon.numberFollowers[c] == expected, "U+\(String(c.value, radix: 16))")
        }
        #expect(lexicon.numberFollowers["年"] && lexicon.numberFollowers["天"] && !lexicon.numberFollowers["%"])
    }

    @Test("each scalar's numeral roles are exactly its memberships in the Chinese number lexicon")
    func numeralRoles() {
        let lexicon = NumberLexicon.shared(for: .chinese)
        let roles = ChineseNumeralRoles.shared
        typealias Role = ChineseNumeralRoles.Role
        let members: [(Role, (UInt32) -> Bool)] = [
            (.digit, { lexicon.chineseDigits[$0] != nil }), (.smallScale, { lexicon.chineseSmallScales[$0] != nil }),
            (.largeScale, { lexicon.chineseLargeScales[$0] != nil }),
            (.continuedScale, { lexicon.chineseContinuedLargeScales[$0] != nil }),
            (.decimalPoint, { lexicon.chineseDecimalPoint.contains($0) }),
            (.negative, { lexicon.chineseNegative.contains($0) }),
            (.ordinalPrefix, { lexicon.chineseOrdinalPrefix.contains($0) }),
            (.articleClassifier, { lexicon.chineseArticleClassifiers.contains($0) }),
            (.dozen, { lexicon.chineseDozens[$0] != nil }),
            (.financialForm, { lexicon.chineseFinancialForms.contains($0) }),
        ]
        for v in UInt32(0)..<0x10000 {
            guard let c = Unicode.Scalar(v) else { continue }
            for (role, isMember) in members where roles.has(c, role) != isMember(v) {
                Issue.record("U+\(String(v, radix: 16)) role \(role.rawValue)")
            }
        }
        #expect(roles.has("万", .scale) && roles.has("三", .numeral) && !roles.has("家", .numeral))
        #expect(roles.has("家", .articleClassifier) && roles.has("负", .negative) && roles.has("点", .continuesNumeral))
    }

    @Test("each listed non-number word's first two characters give its length or more; other pairs give 0")
    func listedWordPairs() {
        let words = NumberLexicon.shared(for: .chinese).notNumbers
        let pairs = ChineseListedWordPairs.shared
        #expect(words.entries.count > 20)
        for (text, _) in words.entries {
            let s = Array(text.unicodeScalars)
            #expect(pairs.longestWord(beginning: s[0], s[1]) >= s.count, "\(text)")
        }
        #expect(pairs.longestWord(beginning: "进", "一") == 3)  // 进一步
        #expect(pairs.longestWord(beginning: "一", "家") == 0)
        #expect(pairs.longestWord(beginning: "三", "个") == 0)
    }
}
