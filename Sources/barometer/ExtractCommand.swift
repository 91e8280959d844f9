import ArgumentParser
import BarometerPipeline
import BarometerReports
import BarometerText

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find the figures and dates in a text, without a store.",
        discussion: """
            Prints one record per mention: kind (number, percent, money, duration, date), text, start and end \
            (Unicode scalar offsets, end exclusive), value (base units), unit, currency (ISO 4217, null when \
            ambiguous) and currency_text, approximate, bound, direction, date and when ({start, end, \
            granularity}), subject and sentence. Relative dates resolve against --published, else a date \
            inferred from the text, else today.

            Example:
              barometer extract datasets/seeds/004_35f7dafcc2a77b3b.txt --published 2024-02-20 --format jsonl
              echo "Umsatz stieg um 5 Prozent" | barometer extract --lines --format csv
            """
    )

    @OptionGroup var input: TextInputOptions

    @Option(help: ArgumentHelp("Publication date that relative dates resolve against (YYYY-MM-DD).", valueName: "date"))
    var published: Day?

    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let text = try input.read()
        let documents = StatelessAnalysis.documents(text, lines: input.lines)
        let mentions = StatelessAnalysis().extract(documents, language: input.language.language, published: published)
        try output.emit(MentionsReport.extractTable(mentions, lines: input.lines))
    }
}
