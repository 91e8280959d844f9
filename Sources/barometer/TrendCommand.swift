import ArgumentParser
import BarometerReports
import BarometerStore
import BarometerText

extension TrendPeriod: ExpressibleByArgument {}
extension TrendMetric: ExpressibleByArgument {}

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Sentiment, volume or figures per period and source.",
        discussion: """
            One row per period and source (or one series with --overall): period_start, period_end, source, \
            documents, sentences, mean_score, std_error, positive_share, negative_share, rolling_mean, figures. \
            Periods are days, ISO weeks (Monday to Sunday) or calendar months of the publication date in UTC, \
            or in the zone --tz names (an IANA name such as Asia/Shanghai, or an offset such as +08:00): a \
            document published at a known instant counts on that instant's local day, one with only a day on \
            that day. Periods without documents appear with zero documents. --window N makes rolling_mean the trailing mean of \
            the metric over N periods. The table view ends each series with a sparkline.

            Example:
              barometer trend --every week --term Sora
              barometer trend --every month --metric volume --overall --format csv
              barometer trend --every week --tz Asia/Shanghai
            """
    )

    @Option(help: "Period length: day, week (ISO) or month.")
    var every: TrendPeriod

    @Option(help: "What rolling_mean and the sparkline follow: sentiment, volume or figures.")
    var metric: TrendMetric = .sentiment

    @Option(name: .long, help: ArgumentHelp("Only this source (repeatable).", valueName: "name"))
    var source: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only documents in this language: en, de, zh.", valueName: "code"))
    var language: Language?

    @Option(help: ArgumentHelp("Only sentences mentioning this word (case-insensitive).", valueName: "word"))
    var term: String?

    @Option(help: ArgumentHelp("Only sentences with a figure about this subject.", valueName: "name"))
    var subject: String?

    @Option(help: ArgumentHelp("First publication day (YYYY-MM-DD).", valueName: "date"))
    var from: Day?

    @Option(help: ArgumentHelp("Last publication day (YYYY-MM-DD).", valueName: "date"))
    var to: Day?

    @Option(help: ArgumentHelp("Periods in the trailing rolling mean.", valueName: "n"))
    var window: Int = 1

    @Flag(help: "One series over all sources.")
    var overall = false

    @Option(
        name: .customLong("tz"),
        help: ArgumentHelp("Count days in this zone: an IANA name or an offset like +08:00.", valueName: "zone"))
    var timeZone = "UTC"

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if term != nil && subject != nil { throw ValidationError("--term and --subject exclude each other: pass one") }
        if window < 1 { throw ValidationError("--window \(window) must be at least 1") }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to): swap them") }
        if let term, term.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--term is empty: give a word such as Sora")
        }
    }

    func run() throws {
        guard let zone = TrendTimeZone.parse(timeZone) else {
            throw UserFacingError(
                "--tz \"\(timeZone)\" is not a time zone: give an IANA name such as Europe/Berlin or an offset such as +08:00"
            )
        }
        let query = TrendQuery(
            every: every, sources: source, language: language, from: from, to: to, term: term, subject: subject,
            overall: overall, timeZone: zone)
        let buckets = try catchingStoreErrors { try store.open().trend(query) }
        let rows = TrendReport.rows(buckets, every: every, metric: metric, window: window, from: from, to: to)
        if output.resolvedFormat == .svg {
            let subject = term.map { " on “\($0)”" } ?? subject.map { " on \($0)" } ?? ""
            try output.write(
                TrendChart.svg(
                    rows, metric: metric, title: "\(metric.rawValue.capitalized) per \(every.rawValue)\(subject)"))
            return
        }
        if output.resolvedFormat == .table && output.out == nil {
            Terminal.output(TrendReport.text(rows, metric: metric))
            return
        }
        let parameters: [(String, Cell)] = [
            ("every", .text(every.rawValue)), ("metric", .text(metric.rawValue)),
            ("source", .text(source.joined(separator: ","))), ("language", .optional(language?.code)),
            ("term", .optional(term)), ("subject", .optional(subject)), ("from", .optional(from?.description)),
            ("to", .optional(to?.description)), ("window", .integer(window)), ("overall", .bool(overall)),
            ("tz", .text(timeZone)),
        ]
        try output.emit(TrendReport.table(rows, parameters: parameters))
    }
}
