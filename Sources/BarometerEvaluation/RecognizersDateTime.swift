import BarometerFigures
import BarometerText

/// Scores Barometer's date mentions against one case of a Recognizers-Text `DateTimeModel.json`.
///
/// In scope are results of type `datetimeV2.date` and `datetimeV2.daterange` with both ends: Barometer resolves
/// dates to whole days and ranges of days. Out of scope, with the reason each `notApplicable` names:
/// - `time`, `datetime`, `timerange`, `datetimerange`: times of day; Barometer's dates have no time, and a
///   byline's "11:47 am" is page furniture, not a figure;
/// - `duration`: "two weeks" is a length, not a date; durations are their own dimension, tested by the figures
///   corpora;
/// - `set`: "every Monday" recurs; a news figure refers to one period;
/// - `timezone`;
/// - an open-ended range ("since August", "before 2019", "2018 or later"): ``DateRange`` has two ends (a range
///   Recognizers itself leaves "not resolved", a season or a fiscal or school year such as "this summer" or "FY2008",
///   is applicable and scored on its span alone);
/// - a date of the Chinese lunar calendar ("农历2015年十月初一", "正月初一"): Recognizers resolves its month and day as if
///   they were Gregorian (十月初一 → 1 October), which is not the day meant; Barometer has no table of lunar month
///   lengths to convert them (only the Lunar New Year's day), so neither answer can be scored;
/// - a year of a Chinese imperial reign era ("康熙三年五月" = May 1664, "雍正十六年", "神龙二年"): history, not news;
///   Barometer knows no reign eras (centuries and decades before 1900, "十九世纪七十年代", stay applicable).
///
/// A case is applicable when every expected result is in scope, or when it expects nothing (then it passes when
/// Barometer finds no date). An applicable case passes when Barometer's date mentions, in order, have the
/// expected spans and a resolution equal to one of the expected values: for a date, a single day equal to
/// `value`; for a daterange, `start` and `end` where Recognizers' `end` is exclusive (the day after Barometer's
/// inclusive end). A range Recognizers writes with two explicit ends (timex "(start,end,duration)": "from 2014 to
/// 2018", "from 2 July to 10 July", "2019年6月1日-6月30日") stops *before* its second end: 2014-01-01 to 2018-01-01
/// exclusive, so without 2018. News means the opposite: "sales from 2014 to 2018" include 2018, and a holiday "from
/// 2 July to 10 July" includes 10 July. For such ranges a Barometer range is also accepted when it starts where
/// Recognizers' does and its last period (of Barometer's granularity: the day, month, quarter or year) begins on
/// Recognizers' exclusive end, i.e. the second end read inclusively; likewise when Barometer's range ends on the very
/// day of Recognizers' exclusive end ("from 2014 through May 2nd 2018", "between Jan 2019 and today": the second
/// end is a day, and Barometer includes it). Recognizers lists two values for an open year ("22.04" → past and future April 22); either is
/// accepted. Spans compare by offsets (`End` inclusive, in UTF-16 code units of `Input`), never by the normalised
/// `Text`.
public enum RecognizersDateTime {
    static let inScope: Set<String> = ["datetimeV2.date", "datetimeV2.daterange"]

    static let outOfScopeReasons: [String: String] = [
        "datetimeV2.time": "time of day: Barometer resolves dates to days",
        "datetimeV2.datetime": "date with a time of day: Barometer resolves dates to days",
        "datetimeV2.timerange": "range of times of day: Barometer resolves dates to days",
        "datetimeV2.datetimerange": "range with times of day: Barometer resolves dates to days",
        "datetimeV2.duration": "duration: a separate dimension, tested by the figures corpora",
        "datetimeV2.set": "recurring set: a news figure refers to one period",
        "datetimeV2.timezone": "time zone: Barometer resolves dates to days",
    ]

    /// One expected date: its scalar span and the resolutions Recognizers accepts.
    struct Expected {
        var range: ScalarRange
        var text: String
        /// Inclusive (start, end) pairs.
        var resolutions: [(Day, Day)]
        /// For a range with two explicit ends, (start, Recognizers' exclusive end): see the type's summary.
        var explicitEnds: [(Day, Day)] = []
    }

    public static func outcome(for testCase: RecognizersCase, language: Language) -> CaseOutcome {
        guard let context = testCase.referenceDateTime, let reference = Day(String(context.prefix(10))) else {
            return .notApplicable("no reference date in the case's Context")
        }
        if let other = testCase.results.first(where: { !inScope.contains($0.typeName) }) {
            return .notApplicable(outOfScopeReasons[other.typeName] ?? "result type \(other.typeName)")
        }
        if testCase.results.contains(where: { isLunar($0.text) }) {
            return .notApplicable("Chinese lunar-calendar date: Recognizers reads its month and day as Gregorian")
        }
        let offsets = scalarOffsets(testCase.input)
        var expected: [Expected] = []
        for result in testCase.results {
            guard let start = result.start, let end = result.end, start >= 0, end + 1 < offsets.count, start <= end
            else {
                return .notApplicable("result \"\(result.text)\" has no usable offsets")
            }
            var resolutions: [(Day, Day)] = []
            var explicitEnds: [(Day, Day)] = []
            for value in result.resolution?["values"]?.array ?? [] {
                if result.typeName == "datetimeV2.date" {
                    guard let day = value["value"]?.string.flatMap(Day.init) else { continue }
                    resolutions.append((day, day))
                } else if value["value"]?.string == "not resolved" {
                    // Seasons, fiscal and school years ("this summer", "FY2008", "sy18"): Recognizers gives no days,
                    // so only the span is scored.
                    continue
                } else {
                    guard let s = value["start"]?.string.flatMap(Day.init),
                        let e = value["end"]?.string.flatMap(Day.init)
                    else {
                        return .notApplicable("open-ended range \"\(result.text)\": Barometer's DateRange has two ends")
                    }
                    resolutions.append((s, e.adding(days: -1)))
                    if value["timex"]?.string?.hasPrefix("(") == true { explicitEnds.append((s, e)) }
                }
            }
            if language == .chinese, let first = resolutions.first, first.0.year < 1900, !result.text.contains("世纪") {
                return .notApplicable("year of a Chinese imperial reign era: history, not news")
            }
            expected.append(
                Expected(
                    range: ScalarRange(start: offsets[start], end: offsets[end + 1]), text: result.text,
                    resolutions: resolutions, explicitEnds: explicitEnds))
        }
        let text = ScalarText(testCase.input)
        let found = DateRecognizer(language: language).mentions(
            in: text, range: ScalarRange(start: 0, end: text.count), reference: reference)
        return compare(found, expected)
    }

    static func compare(_ found: [Mention], _ expected: [Expected]) -> CaseOutcome {
        func show(_ m: Mention) -> String {
            "\"\(m.text)\"@\(m.range) \(m.date.map { "\($0.start)…\($0.end)" } ?? "")"
        }
        func show(_ e: Expected) -> String {
            "\"\(e.text)\"@\(e.range) \(e.resolutions.map { "\($0.0)…\($0.1)" }.joined(separator: "|"))"
        }
        guard found.count == expected.count else {
            return .failed(
                "expected [\(expected.map(show).joined(separator: ", "))], found [\(found.map(show).joined(separator: ", "))]"
            )
        }
        for (m, e) in zip(found, expected) {
            guard m.range == e.range else { return .failed("span: expected \(show(e)), found \(show(m))") }
            guard let date = m.date else { return .failed("no resolution for \(show(m))") }
            if !e.resolutions.isEmpty, !e.resolutions.contains(where: { $0.0 == date.start && $0.1 == date.end }),
                !e.explicitEnds.contains(where: {
                    $0.0 == date.start && (lastPeriodStart(date) == $0.1 || date.end == $0.1)
                })
            {
                return .failed("resolution: expected \(show(e)), found \(show(m))")
            }
        }
        return .passed
    }

    /// Whether `text` names a day of the Chinese lunar calendar: 农历 (the lunar calendar), 正月 (its first month), or
    /// a day 初一 … 初十.
    static func isLunar(_ text: String) -> Bool {
        if text.contains("农历") || text.contains("正月") { return true }
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.dropLast().contains { i in
            scalars[i] == "初" && "一二三四五六七八九十".unicodeScalars.contains(scalars[i + 1])
        }
    }

    /// The first day of the last period of `date`'s granularity that `date` covers ("2014–2018", year → 2018-01-01).
    static func lastPeriodStart(_ date: DateRange) -> Day {
        let e = date.end
        switch date.granularity {
        case .day: return e
        case .week: return e.adding(days: 1 - e.isoWeekday)
        case .month: return Day(year: e.year, month: e.month, day: 1)
        case .quarter: return Day(year: e.year, month: (e.month - 1) / 3 * 3 + 1, day: 1)
        case .half: return Day(year: e.year, month: (e.month - 1) / 6 * 6 + 1, day: 1)
        case .year: return Day(year: e.year, month: 1, day: 1)
        }
    }

    /// Scalar offset of every UTF-16 offset of `text` (and of its end): Recognizers counts .NET string indices.
    static func scalarOffsets(_ text: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf16.count + 1)
        for (index, scalar) in text.unicodeScalars.enumerated() {
            for _ in 0..<scalar.utf16.count { offsets.append(index) }
        }
        offsets.append(text.unicodeScalars.count)
        return offsets
    }
}
