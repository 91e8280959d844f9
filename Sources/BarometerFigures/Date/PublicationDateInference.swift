import BarometerText
import Foundation

/// Finds an article's publication date in its text, for articles whose metadata lacks one.
///
///     PublicationDateInference.infer(in: "Tags: , Last modified: March 25, 2024", language: .english)
///     // (2024-03-25, 23..<37)
///
/// Two kinds of evidence, in this order:
/// 1. A cue line: a cue word from `Resources/date/publication.json` ("Last modified:", "Published", "Veröffentlicht
///    am", "Stand:", "发布时间：") followed on the same line, within `maxGap` scalars, by a date of day granularity.
/// 2. A dateline: a day followed by a news agency in parentheses ("BEIJING, March 3 (Reuters) -",
///    "Berlin, 3. März (dpa) –"), or in Chinese by 报道, 电 or 讯 ("参考消息网2月23日报道").
/// 3. A signature: the last day in the text that closes a short parenthesis after an agency or author tag
///    ("(APA, 5.9.2015)", "(red, 16. 5. 2016)"), as Austrian papers end their articles.
///
/// A date without a year takes its year from the text: the most common year among the text's full dates (day,
/// month and year written), else among any date that names its year; ties go to the later year. With no year in
/// the text the date cannot be placed, and the result is nil. (This trusts that the text's own dates are near its
/// publication; page furniture with recent dates, as in the Chinese seed, supports the same year.)
public enum PublicationDateInference {
    struct Cues: Decodable {
        var maxGap: Int
        var cues: [String: [String]]
        var datelineEnds: [String: [String]]
    }

    static let cues: Cues = {
        guard
            let url = Bundle.module.url(
                forResource: "publication", withExtension: "json", subdirectory: "Resources/date"),
            let data = try? Data(contentsOf: url), let cues = try? JSONDecoder().decode(Cues.self, from: data)
        else { preconditionFailure("Resources/date/publication.json missing or unreadable") }
        return cues
    }()

    /// A reference late enough that every year-less date resolves into its year (2100), to be replaced by the
    /// year from context.
    static let provisionalReference = Day(year: 2100, month: 12, day: 24)
    /// A second reference in another month, on another weekday, to tell calendar dates from relative ones.
    static let otherReference = Day(year: 2100, month: 12, day: 24).adding(days: 200)

    public static func infer(in text: String, language: Language) -> (day: Day, range: ScalarRange)? {
        let scalars = ScalarText(text)
        let recognizer = DateRecognizer(language: language)
        let whole = ScalarRange(start: 0, end: scalars.count)
        let hits = recognizer.hits(in: scalars, range: whole, reference: provisionalReference)
        // A publication date is written as a calendar date, never "Tuesday" or "today": keep the days whose month
        // and day come out the same against a second reference of another month and weekday.
        let other = Dictionary(
            recognizer.hits(in: scalars, range: whole, reference: otherReference).map { ($0.range, $0.date.start) },
            uniquingKeysWith: { a, _ in a })
        let days = hits.filter { hit in
            guard hit.date.granularity == .day, let alt = other[hit.range] else { return false }
            return alt.month == hit.date.start.month && alt.day == hit.date.start.day
        }
        guard let hit = cued(days, scalars, language) ?? dateline(days, scalars, language) ?? signature(days, scalars)
        else { return nil }
        if hit.yearExplicit { return (hit.date.start, hit.range) }
        guard let year = contextYear(hits),
            let day = DateResolution.day(year, hit.date.start.month, hit.date.start.day)
        else { return nil }
        return (day, hit.range)
    }

    /// The first day that follows a cue word on its line.
    static func cued(_ days: [DateHit], _ text: ScalarText, _ language: Language) -> DateHit? {
        let lowered = text.folded.map(DateScanner.lower)
        let phrases = (cues.cues[language.code] ?? []).map { Array($0.unicodeScalars) }
        var best: DateHit?
        for phrase in phrases {
            var p = 0
            while p + phrase.count <= lowered.count {
                defer { p += 1 }
                guard lowered[p..<(p + phrase.count)].elementsEqual(phrase) else { continue }
                if language != .chinese, p > 0, DateScanner.isLetter(lowered[p - 1].value) { continue }
                let end = p + phrase.count
                guard
                    let hit = days.first(where: { hit in
                        hit.range.start >= end && hit.range.start - end <= cues.maxGap
                            && !text.folded[end..<hit.range.start].contains("\n")
                    })
                else { continue }
                if best == nil || hit.range.start < best!.range.start { best = hit }
            }
        }
        return best
    }

    /// The first day followed by an agency in parentheses and a dash, or (Chinese) by a dateline end word.
    static func dateline(_ days: [DateHit], _ text: ScalarText, _ language: Language) -> DateHit? {
        let s = text.folded
        let ends = (cues.datelineEnds[language.code] ?? []).map { Array($0.unicodeScalars) }
        for hit in days {
            var p = hit.range.end
            while p < s.count, s[p] == " " { p += 1 }
            if ends.contains(where: { p + $0.count <= s.count && s[p..<(p + $0.count)].elementsEqual($0) }) {
                return hit
            }
            // "(Reuters) -": a short parenthesis, then a dash.
            guard p < s.count, s[p] == "(", let close = s[p..<min(s.count, p + 30)].firstIndex(of: ")") else {
                continue
            }
            var q = close + 1
            while q < s.count, s[q] == " " { q += 1 }
            if q < s.count, ["-", "–", "—"].contains(s[q]) { return hit }
        }
        return nil
    }

    /// The last day written as "(tag, date)" at the end of a parenthesis.
    static func signature(_ days: [DateHit], _ text: ScalarText) -> DateHit? {
        let s = text.folded
        return days.last { hit in
            guard hit.range.end < s.count, s[hit.range.end] == ")" else { return false }
            var p = hit.range.start - 1
            while p >= 0, s[p] == " " { p -= 1 }
            guard p >= 0, s[p] == "," else { return false }
            let window = s[max(0, p - 12)..<p]
            return window.contains("(") && !window.contains(")")
        }
    }

    /// The most common year among full dates, else among dates naming a year; ties to the later year.
    static func contextYear(_ hits: [DateHit]) -> Int? {
        func commonest(_ years: [Int]) -> Int? {
            var counts: [Int: Int] = [:]
            for y in years { counts[y, default: 0] += 1 }
            return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        }
        let explicit = hits.filter(\.yearExplicit)
        return commonest(explicit.filter { $0.date.granularity == .day }.map(\.date.start.year))
            ?? commonest(explicit.map(\.date.start.year))
    }
}
