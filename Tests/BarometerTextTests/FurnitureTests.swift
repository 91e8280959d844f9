import Testing

@testable import BarometerText

@Suite struct FurnitureTests {
    /// (kind, text) of each excluded range.
    func found(_ text: String) -> [(FurnitureKind, String)] {
        Furniture.ranges(in: text).map { ($0.kind, text.slice($0.range)) }
    }

    let body = """
        Prices rose sharply on Monday as investors returned to the market after the holiday.
        Analysts said the rally could continue through the end of the month.
        """

    @Test(arguments: [
        ("© 2024 Reuters. All rights reserved.", FurnitureKind.copyright),
        ("Copyright 2003-2025 by Example News All Right Reserved.", .copyright),
        ("Alle Rechte vorbehalten", .copyright),
        ("版权所有 © 海南信息港", .copyright),
        ("Visited 12 times, 1 visit(s) today", .counter),
        ("1,204 views", .counter),
        ("阅读量:3021", .counter),
        ("Sign up for our newsletter to get the latest news.", .notice),
        ("We use cookies to improve your experience.", .notice),
        ("Photo: Reuters", .metadata),
        ("Foto: dpa", .metadata),
        ("Source: SCMP", .sourceTag),
        ("Quelle: dpa-AFX", .sourceTag),
        ("来源:新华社", .sourceTag),
        ("当前位置: 首页 > 国际", .navigation),
        ("Home > Business > Markets", .navigation),
        ("Close Search Window", .searchBox),
        ("Advertisement", .advertisement),
        ("Anzeige", .advertisement),
        ("Read more: Why the pound fell", .relatedLinks),
    ])
    func recognisesAFurnitureLineAnywhere(line: String, kind: FurnitureKind) {
        let text = body + "\n" + line + "\n" + body
        #expect(found(text).map(\.0) == [kind])
        #expect(found(text).map(\.1) == [line])
    }

    @Test(arguments: [
        "Copyright law is changing fast in the European Union.",
        "Copyright holders shared their concerns with the regulator.",
        "The shares were shared among the staff.",
        "The source of the leak is unknown.",
        "Sources said the deal was close.",
        "Share prices closed higher.",
        "Close to half of the staff left.",
        "Photo sharing apps gained users.",
        "Related parties own 20 percent.",
        "Read more books, the minister said.",
        "The company said 5 views were expressed at the meeting.",
        "他们认为版权所有者应当获得补偿。这一问题引发了广泛讨论，相关企业纷纷表态，希望监管部门尽快出台细则，明确各方的权利与义务，避免纠纷。",
        "Teilen sich die Firmen den Markt?",
    ])
    func keepsArticleSentencesThatMentionCueWords(line: String) {
        #expect(found(body + "\n" + line + "\n" + body).isEmpty)
    }

    @Test func aTailHeadingInTheSecondHalfExcludesEverythingAfterIt() {
        let text = body + "\n\nRelated articles\nBank raises rates\nPound falls again\n"
        #expect(found(text).map(\.0) == [.relatedLinks])
        #expect(found(text).map(\.1) == ["Related articles\nBank raises rates\nPound falls again"])
    }

    @Test func theDocumentedExample() {
        #expect(
            Furniture.ranges(in: "Prices rose sharply on Monday.\n\nShare this\nOther headline")
                == [ExcludedRange(range: ScalarRange(start: 32, end: 57), kind: .shareBar)])
    }

    @Test func aTailHeadingNearTheTopExcludesOnlyItsLine() {
        let text = "Share this\n" + body + "\n" + body
        #expect(found(text).map(\.1) == ["Share this"])
    }

    @Test func linesInTheTailKeepTheirOwnKind() {
        let text = body + "\n\n转发到:\n拓展阅读\n  • 某新闻标题\n广告\nCopyright 2024 Example"
        #expect(found(text).map(\.0) == [.shareBar, .relatedLinks, .advertisement, .copyright])
    }

    @Test func aLoneWordOnTheLastLineAfterABlankLineIsASourceTag() {
        #expect(found(body + "\n\ntoi-tech\n").map(\.1) == ["toi-tech"])
        #expect(found(body + "\ntoi-tech").isEmpty, "no blank line before it")
        #expect(found(body + "\n\nThe end.").isEmpty, "a sentence")
    }

    @Test func neighbouringLinesOfOneKindMergeAcrossBlankLines() {
        let text = body + "\n\nimage\n\nPhoto: Reuters\n\n" + body
        #expect(found(text).map(\.1) == ["image\n\nPhoto: Reuters"])
    }

    @Test func rangesAreSortedAndApart() {
        let text = "当前位置: 首页 > 国际\n\n" + body + "\nPhoto: AP\n" + body + "\nSource: AP\n"
        let ranges = Furniture.ranges(in: text)
        #expect(ranges.count == 3)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.range.end < b.range.start) }
    }
}
