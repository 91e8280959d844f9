import ArgumentParser
import BarometerEvaluation
import BarometerReports
import BarometerText
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure Barometer on labelled data: your own files or the public gold sets.",
        discussion: """
            Example:
              barometer evaluate sentiment --corpora ../shared/corpora
              barometer evaluate figures --specs ../shared/corpora/recognizers-specs
            """,
        subcommands: [EvaluateSentimentCommand.self, EvaluateFiguresCommand.self]
    )
}

extension SentimentEvaluationFormat: ExpressibleByArgument {}

struct EvaluateSentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score labelled sentences and report agreement (Pearson r, accuracy, macro-F1).",
        discussion: """
            FILE formats: labels (label<TAB>text; label positive/negative/neutral), scores (score<TAB>text), \
            vader, fpb (Financial PhraseBank), gerntsa, chnsenticorp; .csv files are read as RFC 4180 CSV. \
            Without FILE, --corpora DIR evaluates every public gold set found there (VADER's four sets, \
            Financial PhraseBank AllAgree, GerNTSA, ChnSentiCorp).

            Example:
              barometer evaluate sentiment my-labels.tsv --data-format labels --language en
              barometer evaluate sentiment --corpora ../shared/corpora
            """
    )

    @Argument(help: ArgumentHelp("A labelled file.", valueName: "file"))
    var file: String?

    @Option(help: "The file's format: labels, scores, vader, fpb, gerntsa, chnsenticorp.")
    var dataFormat: SentimentEvaluationFormat = .labels

    @Option(help: "The language of the file's text: en, de, zh.")
    var language: Language = .english

    @Option(help: ArgumentHelp("Evaluate every public gold set under this folder.", valueName: "dir"))
    var corpora: String?

    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if (file == nil) == (corpora == nil) {
            throw ValidationError("give a FILE or --corpora DIR (one of them)")
        }
    }

    func run() throws {
        let scorer = try lexicon.scorer()
        let results: [EvaluationResult]
        if let corpora {
            results = SentimentEvaluation.evaluateCorpora(root: URL(fileURLWithPath: corpora), scorer: scorer)
        } else if let file {
            guard FileManager.default.fileExists(atPath: file) else {
                throw UserFacingError("error: \(file): no such file: check the path")
            }
            do {
                results = [
                    try SentimentEvaluation.evaluate(
                        file: URL(fileURLWithPath: file), format: dataFormat, language: language, scorer: scorer)
                ]
            } catch {
                throw UserFacingError(error)
            }
        } else {
            results = []
        }
        try output.emit(ScoreReport.evaluation(results))
    }
}

struct EvaluateFiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Run Microsoft Recognizers-Text specs (number, percent, currency, date) against Barometer.",
        discussion: """
            Prints passed / applicable cases per spec file; out-of-scope case types are counted separately with \
            their reasons.

            Example:
              barometer evaluate figures --specs ../shared/corpora/recognizers-specs
            """
    )

    @Option(help: ArgumentHelp("The specs folder (English/, German/, Chinese/).", valueName: "dir"))
    var specs: String = "../shared/corpora/recognizers-specs"

    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: specs, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UserFacingError("error: --specs \(specs) is not a folder: point it at recognizers-specs")
        }
        do {
            try output.emit(ScoreReport.recognizers(try RecognizersEvaluation.run(specs: URL(fileURLWithPath: specs))))
        } catch let error as UserFacingError {
            throw error
        } catch {
            throw UserFacingError("error: \(specs): \(error)")
        }
    }
}
