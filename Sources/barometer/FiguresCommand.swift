import ArgumentParser
import BarometerReports
import BarometerStore
import BarometerText

/// Filters shared by `figures`, `timeline` and their exports.
struct MentionFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only this source (repeatable).", valueName: "name"))
    var source: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only documents in this language: en, de, zh.", valueName: "code"))
    var language: Language?

    @Option(
        name: .long, help: ArgumentHelp("Only figures referring to a date on or after this day.", valueName: "date"))
    var from: Day?

    @Option(
        name: .long, help: ArgumentHelp("Only figures referring to a date on or before this day.", valueName: "date"))
    var to: Day?

    @Option(
        name: .long,
        help: ArgumentHelp("Only this kind: number, percent, money, duration, date (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only figures whose subject contains this text.", valueName: "text"))
    var subject: String?

    static let kinds = ["number", "percent", "money", "duration", "date"]

    func validate() throws {
        if let from, let to, from > to {
            throw ValidationError("--from \(from) is after --to \(to): swap them")
        }
        for value in kind where !Self.kinds.contains(value) {
            throw ValidationError("--kind \(value) is not one of \(Self.kinds.joined(separator: ", "))")
        }
    }

    func query(eventsOnly: Bool) -> MentionQuery {
        MentionQuery(
            sources: source, language: language, from: from, to: to, kinds: kind, subject: subject,
            eventsOnly: eventsOnly)
    }

    var parameters: [(String, Cell)] {
        [
            ("source", .text(source.joined(separator: ","))), ("language", .optional(language?.code)),
            ("from", .optional(from?.description)), ("to", .optional(to?.description)),
            ("kind", .text(kind.joined(separator: ","))), ("subject", .optional(subject)),
        ]
    }
}

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List the figures and dates found in stored documents.",
        discussion: """
            Example:
              barometer figures --kind money --from 2024-02-01 --to 2024-02-29
            """
    )

    @OptionGroup var filter: MentionFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let rows = try catchingStoreErrors { try store.open().mentions(filter.query(eventsOnly: false)) }
        try output.emit(MentionsReport.figuresTable(rows, parameters: filter.parameters))
    }
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List events (figures with their subject, direction and date) in date order.",
        discussion: """
            Each figure is placed at the date its clause or sentence refers to, else at its document's \
            publication date (when.from says which).

            Example:
              barometer timeline --subject sora --format csv
            """
    )

    @OptionGroup var filter: MentionFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let rows = try catchingStoreErrors { try store.open().mentions(filter.query(eventsOnly: true)) }
        if output.resolvedFormat == .svg {
            try output.write(TimelineChart.svg(rows, title: "Timeline of reported figures"))
            return
        }
        try output.emit(MentionsReport.timelineTable(rows, parameters: filter.parameters))
    }
}
