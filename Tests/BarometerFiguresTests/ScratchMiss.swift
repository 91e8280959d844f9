import BarometerText
import Foundation
import Testing

@testable import BarometerFigures

@Test func scratchMiss() throws {
    var out = ""
    let root = URL(fileURLWithPath: "/work/shared/corpora")
    struct Line: Decodable { var text: String }
    let en = try String(contentsOf: root.appendingPathComponent("news-en-bbc/bbc_news.jsonl"), encoding: .utf8).split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)).text }
    let de = try String(contentsOf: root.appendingPathComponent("news-de-10kgnad/test.csv"), encoding: .utf8).split(whereSeparator: \.isNewline).compactMap { l in l.firstIndex(of: ";").map { String(l[l.index(after: $0)...]) } }
    for (lang, texts) in [(Language.english, en), (.german, de)] {
        for t in texts.prefix(600) {
            let s = ScalarText(t)
            let ms = DateRecognizer(language: lang).mentions(in: s, range: ScalarRange(start: 0, end: s.count), reference: Day("2024-02-20")!)
            var i = 0
            let f = s.folded
            while i + 4 <= f.count {
                let isD = { (k: Int) in k < f.count && f[k].properties.numericType != nil && f[k].isASCII }
                if isD(i), isD(i+1), isD(i+2), isD(i+3), !(i > 0 && isD(i-1)), !isD(i+4) {
                    let v = Int(String(String.UnicodeScalarView(f[i..<i+4])))!
                    if (1950...2030).contains(v), !ms.contains(where: { $0.range.contains(i) }) {
                        let a = max(0, i - 30), b = min(f.count, i + 20)
                        out += "\(lang.code)\t\(s.original(ScalarRange(start: a, end: b)).replacingOccurrences(of: "\n", with: " "))\n"
                    }
                    i += 4
                } else { i += 1 }
            }
        }
    }
    try out.write(toFile: "/tmp/dategen/miss.txt", atomically: true, encoding: .utf8)
}
