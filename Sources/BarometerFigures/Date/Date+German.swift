import BarometerText

/// German date forms that differ from English; the words are in `Resources/date/de.json` (with the Austrian
/// "Jänner" and "Feber").
///
/// - Numeric dates are day first ("25.03.2024", "25/3/2024"); a day and month alone need a cue word
///   ("am 22.04.", "bis 3.5."), and keep their closing dot: "22.04." is the whole date.
/// - A day is an ordinal with a dot ("3. April 2023", "am 1. März"), also before a numeric month ("16. 5. 2016").
extension AlphabeticDateRules {
    /// Month and day of a German numeric date given its first two numbers.
    static func germanMonthDay(_ first: Int, _ second: Int) -> (month: Int, day: Int) {
        (second, first)
    }

    /// Whether a German day-and-month keeps its closing dot ("am 22.04." → "22.04.").
    static let germanKeepsClosingDot = true

    /// "16. 5. 2016": after a day and its dot (token `j` follows the dot), a numeric month with its dot and a year,
    /// spaced, as Austrian papers sign articles. The year is required: "3. 4." alone could be any two ordinals.
    func germanSpacedNumericDate(day d: Int, at j: Int) -> DateMatch? {
        guard isSymbol(j - 1, "."), isNumber(j), tokens[j].digits <= 2, isSymbol(j + 1, "."), adjacent(j, j + 1),
            let (y, next) = year(at: j + 2), let day = DateResolution.day(y, tokens[j].value, d)
        else { return nil }
        return DateMatch(date: .day(day), next: next, yearExplicit: true)
    }
}

extension AlphabeticDateRules {
    /// "am 27. 11.", "am siebter 4.", "am 7. vierter", "am dritter/11.", "Montag zwölfter fünfter", "Donnerstag, den
    /// siebten vierten 2016": after a day (number with its dot, or ordinal word; token `i`) the month as an ordinal,
    /// a number 1–12 with its dot or an ordinal word, optionally after a slash, then an optional year. Two ordinals
    /// are a date only after a cue ("am", "bis"), a weekday, or an article after either ("Donnerstag, den …"):
    /// "der 3. 4. Platz" is not one.
    func germanOrdinalMonth(day d: Int, dayAt i: Int, monthAt j: Int) -> DateMatch? {
        let articleCued =
            word(i - 1)?.isArticle == true && (isCued(i - 1) || word(i - 2)?.weekday != nil || isSymbol(i - 2, ","))
        guard isCued(i) || word(i - 1)?.weekday != nil || articleCued else { return nil }
        var k = j
        // "dritter/11.": a slash only after a day in words; two numbers joined by one are ``numeric(at:)``'s ("9/11"
        // is no date).
        if isSymbol(k, "/"), adjacent(k - 1, k), tokens[i].kind == .word { k += 1 }
        let month: (Int, Int)
        if isNumber(k), tokens[k].digits <= 2, (1...12).contains(tokens[k].value), isSymbol(k + 1, "."),
            adjacent(k, k + 1)
        {
            month = (tokens[k].value, k + 2)
        } else if let (ordinal, after) = dayOrdinalWord(at: k), ordinal <= 12 {
            month = (ordinal, after)
        } else {
            return nil
        }
        let (m, next) = month
        if let (y, after) = year(at: next) {
            return DateResolution.day(y, m, d).map { DateMatch(date: .day($0), next: after, yearExplicit: true) }
        }
        return DateResolution.dayWithoutYear(month: m, day: d, reference: reference).map {
            DateMatch(date: .day($0), next: next, yearExplicit: false)
        }
    }

    /// The end of a German date: after it, when it ends in its day's number ("am September-2020-23."), the dot that
    /// makes the number an ordinal; not after a numeric month ("am 2020-09-23."), where the dot ends the sentence.
    func germanClosingDot(after m: DateMatch) -> Int {
        let last = m.next - 1
        guard m.date.granularity == .day, isNumber(last), tokens[last].digits <= 2,
            tokens[last].value == m.date.end.day,
            !(isNumber(last - 2) && tokens[last - 2].digits <= 2)
        else { return m.next }
        return skipAdjacent(".", at: m.next)
    }

    /// "für den 28.10.", "für den 28. Oktober": a day-first date after an article that follows a cue word starts at
    /// the article, as Recognizers-Text writes it ("den 28.10."); the article also cues a day and month alone.
    func germanDateAfterArticle(at i: Int) -> DateMatch? {
        guard word(i - 1)?.isArticle == true, isCued(i - 1),
            let m = numeric(at: i, cued: true) ?? dayFirst(at: i), m.date.granularity == .day
        else { return nil }
        return m
    }
}
