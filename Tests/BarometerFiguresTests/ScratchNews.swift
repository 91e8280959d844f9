import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

@Test func scratchNews() throws {
    var out = ""
    let root = URL(fileURLWithPath: "/work/shared/corpora")
    struct Line: Decodable { var text: String }
    let en = try String(contentsOf: root.appendingPathComponent("news-en-bbc/bbc_news.jsonl"), encoding: .utf8).split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)).text }
    let de = try String(contentsOf: root.appendingPathComponent("news-de-10kgnad/test.csv"), encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { l in l.firstIndex(of: ";").map { String(l[l.index(after: $0)...]) } }
    let zh = try String(contentsOf: root.appendingPathComponent("news-zh-thucnews/cnews.val.txt"), encoding: .utf8).split(separator: "\n").compactMap { l in l.firstIndex(of: "\t").map { String(l[l.index(after: $0)...]) } }
    for (lang, texts) in [(Language.english, en), (.german, de), (.chinese, zh)] {
        for t in texts.enumerated().filter({ $0.offset % 7 == 0 }).prefix(60).map(\.element) {
            let s = ScalarText(t)
            for m in DateRecognizer(language: lang).mentions(in: s, range: ScalarRange(start: 0, end: s.count), reference: Day("2024-02-20")!) {
                let a = max(0, m.range.start - 25), b = min(s.count, m.range.end + 15)
                out += "\(lang.code)\t\(m.text)\t\(m.date!.start)…\(m.date!.end) \(m.date!.granularity)\t\(s.original(ScalarRange(start: a, end: b)).replacingOccurrences(of: "\n", with: " "))\n"
            }
        }
    }
    try out.write(toFile: "/tmp/dategen/news.txt", atomically: true, encoding: .utf8)
}
