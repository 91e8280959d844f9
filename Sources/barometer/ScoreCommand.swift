import ArgumentParser
import BarometerPipeline
import BarometerReports
import BarometerSentiment
import Foundation

/// `--lexicon FILE` (repeatable): a user's own entries on top of the bundled lexicons.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp(
            "Add your own entries (TSV: term<TAB>valence -4…4[<TAB>language]; # comments). Repeatable.",
            valueName: "file"))
    var files: [String] = []

    func scorer() throws -> SentimentScorer {
        guard !files.isEmpty else { return SentimentScorer() }
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw UserFacingError("error: --lexicon \(file): no such file: check the path")
        }
        do {
            return try SentimentScorer(userLexicons: files.map { URL(fileURLWithPath: $0) })
        } catch {
            throw UserFacingError("error: " + ((error as? LocalizedError)?.errorDescription ?? "\(error)"))
        }
    }
}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score the sentiment of a text, without a store.",
        discussion: """
            Prints per document (or per line with --lines): score (compound, -1…1), positive, negative, neutral \
            (shares), label (positive ≥ 0.05, negative ≤ -0.05, else neutral), sentences, language, lexicon (the \
            lexicons' content hash), and line with --lines. --explain adds the words and rules that moved each \
            sentence's score and by how much.

            Example:
              barometer score article.txt --explain --format jsonl
              printf 'Net sales increased by 5.2%%.\\nDer Verlust weitete sich aus.\\n' | barometer score --lines
            """
    )

    @OptionGroup var input: TextInputOptions
    @Flag(help: "Add the words and rules that moved the score.")
    var explain = false
    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let text = try input.read()
        let analysis = StatelessAnalysis(analyser: DocumentAnalyser(scorer: try lexicon.scorer()))
        let scored = analysis.score(
            StatelessAnalysis.documents(text, lines: input.lines), language: input.language.language, explain: explain)
        try output.emit(ScoreReport.table(scored, lines: input.lines, explain: explain))
    }
}

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Show the sentiment lexicons in use.",
        discussion: """
            Example:
              barometer lexicon list
            """,
        subcommands: [LexiconListCommand.self]
    )
}

struct LexiconListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the lexicons: name, language, kind, entries, content hash, file, source and license.",
        discussion: """
            The lexicon version stored with every score is the hash over all of them.

            Example:
              barometer lexicon list --lexicon my-terms.tsv
            """
    )

    @OptionGroup var lexicon: LexiconOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let scorer = try lexicon.scorer()
        if !verbosity.quiet { Terminal.status("lexicon version \(scorer.lexiconVersion)") }
        try output.emit(ScoreReport.lexicons(scorer.lexicons, version: scorer.lexiconVersion))
    }
}
