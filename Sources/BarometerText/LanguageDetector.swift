/// The language a detector settled on, and how sure it is.
public struct LanguageDetection: Sendable, Hashable {
    public var language: Language
    /// From 0 (a guess, or no evidence at all) to 1 (ample, unambiguous evidence).
    public var confidence: Double

    public init(language: Language, confidence: Double) {
        self.language = language
        self.confidence = confidence
    }
}

/// Tells English, German and Chinese apart, and reports everything else as `.undetermined`.
///
/// Two kinds of evidence, both cheap to gather in one pass over the scalars:
/// - **Script.** Han characters make Chinese; kana (Japanese), Hangul (Korean) or a majority of
///   non-Latin letters (Cyrillic, Greek, Arabic …) make the text undetermined.
/// - **Stop words.** Latin-script text is matched against function-word profiles
///   (`Resources/language-profiles.json`); only the English and German profiles yield a language,
///   the French, Spanish, Italian, Dutch and Portuguese ones exist to recognise what is *not* en/de.
///
/// A short text with no function word at all ("Stocks rose.") is undetermined with confidence 0:
/// there is nothing to decide on, and callers that know the language pass it in.
///
///     LanguageDetector().detect("Die Aktie stieg um 5 Prozent.").language   // .german
///     LanguageDetector().detect("Le marché a baissé de 5 %.").language       // .undetermined
///
/// - Complexity: O(n), reading at most `scriptSampleLimit` scalars.
public struct LanguageDetector: Sendable {
    public init() {}

    /// Scalars read for script counts and words. 5,000 scalars is a page of text, far more than
    /// detection needs; the cap keeps long documents cheap.
    static let scriptSampleLimit = 5_000
    /// Share of letters that must be CJK (Han, kana, Hangul) for the text to count as East Asian.
    /// A Han character stands for a word where English spends about five letters, so a Chinese
    /// article quoting English names stays far above 0.3, and an English article quoting a few
    /// Chinese names stays far below it.
    static let cjkShareForEastAsian = 0.3
    /// Share of kana (or Hangul) among CJK characters from which the text is Japanese (or Korean).
    /// Japanese prose is 40–70 % kana; Chinese has none.
    static let kanaShareForJapanese = 0.1
    /// Below this share of profile words among all words (texts of 20 words or more), the text is in
    /// none of the profiled languages. English and German news run at 35–50 % with these profiles.
    static let minimumProfileShare = 0.1
    /// Words read (scripts are counted over the same stretch). 300 words of English or German news
    /// give about 100 profile hits (35–50 %), ten times `ampleEvidence`, and 300 runs of Chinese
    /// characters are a few thousand characters; reading on would only cost time.
    static let wordSampleLimit = 300
    /// Number of profile hits at which the evidence counts as ample (confidence saturates).
    static let ampleEvidence = 10.0

    /// Detects the language of `text`.
    public func detect(_ text: String) -> LanguageDetection {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(min(text.utf8.count, Self.scriptSampleLimit))
        for c in text.unicodeScalars {
            if scalars.count == Self.scriptSampleLimit { break }
            scalars.append(c)
        }
        return detect(scalars)
    }

    func detect(_ scalars: [Unicode.Scalar]) -> LanguageDetection {
        let profiles = LanguageProfiles.shared
        var han = 0
        var kana = 0
        var hangul = 0
        var latin = 0
        var otherLetters = 0
        // Profile scores of the first `wordSampleLimit` words, gathered in the same pass.
        var scores = [Double](repeating: 0, count: profiles.languages.count)
        var words = 0
        var hash = HashedWords.emptyHash
        var wordLength = 0
        var letterMask: UInt16 = 0
        let end = min(scalars.count, Self.scriptSampleLimit)
        for i in 0...end {
            let c = i < end ? scalars[i] : " "
            let v = c.value
            var isLetter = false
            if v < 0x80 {
                isLetter = v | 0x20 >= 0x61 && v | 0x20 <= 0x7A
                if isLetter { latin += 1 }
            } else {
                switch v {
                case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF:
                    latin += 1
                    isLetter = true
                case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: han += 1
                case 0x3041...0x3096, 0x30A1...0x30FA, 0x31F0...0x31FF, 0xFF66...0xFF9D: kana += 1
                case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3131...0x318E: hangul += 1
                case 0x300...0x36F: break  // combining marks
                case 0x370...0x1FFF:
                    if c.properties.isAlphabetic {
                        otherLetters += 1
                        isLetter = true
                    }
                default: break
                }
            }
            if isLetter {
                let lower = v < 0x80 ? Unicode.Scalar(UInt8(v | 0x20)) : TextFolding.lowercased(c)
                hash = HashedWords.hash(hash, lower)
                wordLength += 1
                if lower.value >= 0x80 { letterMask |= profiles.letters[lower] ?? 0 }
                continue
            }
            guard wordLength > 0 else { continue }
            words += 1
            let listed = wordLength <= profiles.longestWord ? profiles.words.mask(for: hash) : 0
            let mask = listed | letterMask
            if mask != 0 {
                for p in scores.indices where mask & (1 << p) != 0 { scores[p] += 1 }
            }
            hash = HashedWords.emptyHash
            wordLength = 0
            letterMask = 0
            if words == Self.wordSampleLimit { break }
        }
        let cjk = han + kana + hangul
        let letters = cjk + latin + otherLetters
        guard letters > 0 else { return LanguageDetection(language: .undetermined, confidence: 0) }
        if Double(cjk) >= Self.cjkShareForEastAsian * Double(letters) {
            let evidence = min(1, Double(cjk) / Self.ampleEvidence)
            if Double(kana) >= Self.kanaShareForJapanese * Double(cjk)
                || Double(hangul) >= Self.kanaShareForJapanese * Double(cjk)
            {
                return LanguageDetection(language: .undetermined, confidence: evidence)
            }
            return LanguageDetection(language: .chinese, confidence: evidence * Double(han) / Double(letters))
        }
        if otherLetters >= latin {
            return LanguageDetection(
                language: .undetermined, confidence: min(1, Double(otherLetters) / Self.ampleEvidence))
        }
        return decideLatin(scores: scores, words: words, profiles: profiles)
    }

    /// The Latin-script language whose profile scored best, when it won clearly enough.
    private func decideLatin(scores: [Double], words: Int, profiles: LanguageProfiles) -> LanguageDetection {
        var best = 0
        var second = -1
        for p in scores.indices.dropFirst() {
            if scores[p] > scores[best] {
                second = best
                best = p
            } else if second < 0 || scores[p] > scores[second] {
                second = p
            }
        }
        let top = scores[best]
        let runnerUp = second >= 0 ? scores[second] : 0
        guard top > 0, top > runnerUp else { return LanguageDetection(language: .undetermined, confidence: 0) }
        if words >= 20, top < Self.minimumProfileShare * Double(words) {
            return LanguageDetection(language: .undetermined, confidence: 1 - top / Double(words))
        }
        let confidence = (top - runnerUp) / top * min(1, top / Self.ampleEvidence)
        return LanguageDetection(language: profiles.languages[best] ?? .undetermined, confidence: confidence)
    }
}

/// The stop-word profiles of `Resources/language-profiles.json`, as lookup tables.
struct LanguageProfiles: Sendable {
    struct File: Decodable {
        struct Profile: Decodable {
            var language: String
            var letters: String
            var words: [String]
        }
        var profiles: [Profile]
    }

    /// The analysed language of each profile, nil for the profiles that only rule languages out.
    let languages: [Language?]
    /// Profile codes in file order.
    let codes: [String]
    /// Word hash (see `hash`) → bit set of the profiles listing the word.
    let words: HashedWords
    /// The longest profile word in scalars: longer words need no lookup.
    let longestWord: Int
    /// Letter → bit set of the profiles it is evidence for.
    let letters: [Unicode.Scalar: UInt16]

    static let shared = LanguageProfiles(TextResources.load(File.self, named: "language-profiles"))

    init(_ file: File) {
        precondition(file.profiles.count <= 16, "language-profiles.json: at most 16 profiles fit the bit sets")
        var words: [UInt64: UInt16] = [:]
        var letters: [Unicode.Scalar: UInt16] = [:]
        for (p, profile) in file.profiles.enumerated() {
            for word in profile.words {
                let key = HashedWords.hash(word.unicodeScalars.map(TextFolding.lowercased))
                words[key, default: 0] |= 1 << p
            }
            for letter in profile.letters.unicodeScalars { letters[letter, default: 0] |= 1 << p }
        }
        self.languages = file.profiles.map { Language(code: $0.language).flatMap { $0.isAnalysed ? $0 : nil } }
        self.codes = file.profiles.map(\.language)
        self.words = HashedWords(words)
        self.longestWord = file.profiles.flatMap(\.words).map(\.unicodeScalars.count).max() ?? 0
        self.letters = letters
    }
}
