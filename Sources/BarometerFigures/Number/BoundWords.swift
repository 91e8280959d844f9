import BarometerText
import Foundation

/// What an approximation or bound word says about a figure.
enum BoundWord: Sendable, Hashable {
    case approximate
    case bound(Bound)
}

/// Approximation and bound words ("about", "more than", "etwa", "knapp", "约", "超过", "余"), loaded once from
/// `Resources/bounds/<language>.json`.
///
/// Words before or after a figure set `approximate` or `bound` without joining its span ("more than 480,000 yuan"
/// is the money "480,000 yuan" with bound `min`); Chinese 余 and 多 glued to a number are part of it ("两千余").
struct BoundWords: Sendable {
    private struct File: Decodable {
        var approximate: [String]
        var min: [String]
        var max: [String]
        var approximateAfter: [String]
        var minAfter: [String]
        var maxAfter: [String]
        var glued: [String]
    }

    private var before = WordTable<BoundWord>(reversed: true)
    private var after = WordTable<BoundWord>()
    /// Words glued to a Chinese number that make it a minimum.
    var glued = WordTable<Bound>()
    private let boundary: WordBoundary

    private static let all = PerLanguage { BoundWords($0) }

    static func shared(for language: Language) -> BoundWords { all[language] }

    private init(_ language: Language) {
        let file = FigureResource.load(File.self, "bounds", language.resourceName)
        boundary = WordBoundary(language)
        for w in file.approximate { before.add(w, .approximate) }
        for w in file.min { before.add(w, .bound(.min)) }
        for w in file.max { before.add(w, .bound(.max)) }
        for w in file.approximateAfter { after.add(w, .approximate) }
        for w in file.minAfter { after.add(w, .bound(.min)) }
        for w in file.maxAfter { after.add(w, .bound(.max)) }
        for w in file.glued { glued.add(w, .min) }
    }

    /// Sets `approximate` and `bound` from the words around the mention, within the sentence.
    func apply(to mention: inout Mention, glued gluedBound: Bound?, in text: ScalarText, sentence: ScalarRange) {
        let f = text.folded
        if let gluedBound { mention.bound = gluedBound }
        var end = mention.range.start
        if boundary.spaced, end > sentence.start, f[end - 1] == " " { end -= 1 }
        if let m = before.match(
            f, endingAt: end, floor: max(sentence.start, end - 24),
            acceptsStart: { boundary.startsWord(f, at: $0, floor: sentence.start) }),
            boundary.spaced ? end < mention.range.start || !ScalarClass.isWordScalar(f[end - 1]) : true
        {
            record(m.value, in: &mention)
        }
        var start = mention.range.end
        if boundary.spaced, start < sentence.end, f[start] == " " { start += 1 }
        if let m = after.match(
            f, at: start, limit: sentence.end, acceptsEnd: { boundary.endsWord(f, at: $0, limit: sentence.end) })
        {
            record(m.value, in: &mention)
        }
    }

    private func record(_ word: BoundWord, in mention: inout Mention) {
        switch word {
        case .approximate: mention.approximate = true
        case .bound(let b): if mention.bound == nil { mention.bound = b }
        }
    }
}

extension NumberRecognizer {
    /// 余/多 glued to a Chinese number ("两千余", "10多亿").
    func chineseGluedBound(_ f: [Unicode.Scalar], at start: Int, limit: Int) -> (end: Int, bound: Bound)? {
        guard let m = bounds.glued.match(f, at: start, limit: limit, acceptsEnd: { _ in true }) else { return nil }
        return (m.end, m.value)
    }
}
