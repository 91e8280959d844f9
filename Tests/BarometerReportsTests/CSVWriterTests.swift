import Testing

@testable import BarometerReports

@Suite("CSV writer")
struct CSVWriterTests {
    let table = ReportTable(
        columns: ["name", "value"],
        rows: [
            [.text("plain"), .integer(1)],
            [.text("with, comma"), .real(-0.25, digits: 4)],
            [.text("with \"quotes\""), .exact("1200000000000")],
            [.text("two\nlines"), .null],
            [.text("参考消息"), .real(1.0 / 3.0, digits: 4)],
        ])

    @Test("RFC 4180: one header row, quoting only where needed, doubled quotes, LF line ends")
    func rfc4180() {
        let expected = [
            "name,value",
            "plain,1",
            "\"with, comma\",-0.25",
            "\"with \"\"quotes\"\"\",1200000000000",
            "\"two\nlines\",",
            "参考消息,0.3333",
        ]
        #expect(CSVWriter().write(table) == expected.joined(separator: "\n") + "\n")
    }

    @Test("--excel adds a byte-order mark and CRLF line ends")
    func excel() {
        let text = CSVWriter(excel: true).write(ReportTable(columns: ["a"], rows: [[.text("参考")]]))
        #expect(text == "\u{FEFF}a\r\n参考\r\n")
    }

    @Test(
        "text that a spreadsheet would evaluate is neutralised with an apostrophe",
        arguments: [
            ("=1+1", "'=1+1"), ("+49 30 1234", "'+49 30 1234"), ("-sell", "'-sell"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"), ("\rcmd", "\"'\rcmd\""), ("safe = fine", "safe = fine"), ("", ""),
        ])
    func injection(input: String, written: String) {
        #expect(CSVWriter().field(.text(input)) == written)
    }

    @Test("numbers keep their minus sign")
    func numbersKeepSign() {
        #expect(CSVWriter().field(.real(-0.5, digits: 4)) == "-0.5")
        #expect(CSVWriter().field(.integer(-3)) == "-3")
        #expect(CSVWriter().field(.exact("-1.5")) == "-1.5")
    }
}

@Suite("Cell formatting")
struct CellTests {
    @Test(
        "reals print with a dot, no grouping, no exponent, trailing zeros dropped",
        arguments: [
            (0.25, "0.25"), (-1.0, "-1"), (1e-7, "0"), (123456789012.5, "123456789012.5"), (-0.00001, "0"),
            (2.0 / 3.0, "0.6667"),
        ])
    func reals(value: Double, printed: String) {
        #expect(Cell.real(value, digits: 4).plain == printed)
    }

    @Test("not-a-number prints as empty")
    func nan() {
        #expect(Cell.real(.nan, digits: 2).plain == "")
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    let table = ReportTable(
        columns: ["id", "title", "score", "inferred", "url"],
        rows: [[.integer(1), .text("He said \"hi\"\n\u{1}"), .real(0.5, digits: 4), .bool(false), .null]],
        parameters: [("source", .text("scmp"))])

    @Test("JSON Lines: one object per row, numbers as numbers, strings escaped")
    func lines() {
        #expect(
            JSONWriter().lines(table)
                == #"{"id":1,"title":"He said \"hi\"\n"# + #"\u0001","score":0.5,"inferred":false,"url":null}"# + "\n")
    }

    @Test("JSON: the parameters echoed and a rows array")
    func document() {
        #expect(
            JSONWriter().document(table)
                == #"{"parameters":{"source":"scmp"},"rows":[{"id":1,"title":"He said \"hi\"\n"#
                + #"\u0001","score":0.5,"inferred":false,"url":null}]}"#
                + "\n")
    }
}

@Suite("Text table writer")
struct TextTableWriterTests {
    @Test("Chinese characters count two columns so columns line up")
    func wideCharacters() {
        let text = TextTableWriter().write(
            ReportTable(columns: ["title", "n"], rows: [[.text("参考消息"), .integer(1)], [.text("abc"), .integer(22)]]))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.map(TextTableWriter.displayWidth).allSatisfy { $0 == TextTableWriter.displayWidth(lines[0]) })
        #expect(lines[2] == "参考消息   1")
        #expect(lines[3] == "abc       22")
    }

    @Test("long cells are cut with an ellipsis and line breaks flattened")
    func truncation() {
        let writer = TextTableWriter(maximumWidth: 10)
        #expect(writer.truncated("one\ntwo") == "one two")
        #expect(writer.truncated("abcdefghijklmnop") == "abcdefghi…")
    }
}
