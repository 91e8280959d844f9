import BarometerEvaluation
import BarometerSentiment
import BarometerText

/// Tables for `barometer score`, `lexicon list` and `evaluate`.
public enum ScoreReport {
    /// `score`: one row per document (or input line): `score, positive, negative, neutral, label, sentences,
    /// language, lexicon`, plus `line` with `--lines` and `explanation` with `--explain`.
    public static func table(_ documents: [ScoredDocument], lines: Bool, explain: Bool) -> ReportTable {
        var columns = ["score", "positive", "negative", "neutral", "label", "sentences", "language", "lexicon"]
        if lines { columns.append("line") }
        if explain { columns.append("explanation") }
        var table = ReportTable(columns: columns)
        for document in documents {
            let score = document.sentiment.document
            var row: [Cell] = [
                .real(score.score, digits: 4), .real(score.positive, digits: 4), .real(score.negative, digits: 4),
                .real(score.neutral, digits: 4), .text(score.label.rawValue),
                .integer(document.sentiment.sentences.count),
                .text(document.language.code), .text(document.sentiment.lexicon),
            ]
            if lines { row.append(.optional(document.line)) }
            if explain { row.append(.array((document.explanations ?? []).map(explanation))) }
            table.append(row)
        }
        return table
    }

    /// One sentence's explanation: its score and the contributions that moved it.
    static func explanation(_ sentence: SentenceExplanation) -> Cell {
        .object([
            Field("sentence", .text(sentence.sentence)), Field("score", .real(sentence.score.score, digits: 4)),
            Field("punctuation", .real(sentence.punctuation, digits: 4)),
            Field(
                "contributions",
                .array(
                    sentence.contributions.map { contribution in
                        .object([
                            Field("term", .text(contribution.term)), Field("start", .integer(contribution.range.start)),
                            Field("end", .integer(contribution.range.end)), Field("entry", .text(contribution.entry)),
                            Field("lexicon", .optional(contribution.lexicon)),
                            Field("base", .real(contribution.base, digits: 4)),
                            Field(
                                "rules",
                                .array(
                                    contribution.adjustments.map {
                                        .object([
                                            Field("rule", .text($0.rule)), Field("trigger", .optional($0.trigger)),
                                            Field("delta", .real($0.delta, digits: 4)),
                                        ])
                                    })),
                            Field("value", .real(contribution.value, digits: 4)),
                        ])
                    })),
        ])
    }

    /// `lexicon list`.
    public static func lexicons(_ lexicons: [LexiconInfo], version: String) -> ReportTable {
        var table = ReportTable(
            columns: ["name", "language", "kind", "entries", "hash", "file", "source", "license"],
            parameters: [("version", .text(version))])
        for lexicon in lexicons {
            table.append([
                .text(lexicon.name), .optional(lexicon.language?.code), .text(lexicon.kind.rawValue),
                .integer(lexicon.entries), .text(lexicon.hash), .text(lexicon.file), .text(lexicon.source),
                .text(lexicon.license),
            ])
        }
        return table
    }

    /// `evaluate sentiment`: one row per evaluated file.
    public static func evaluation(_ results: [EvaluationResult]) -> ReportTable {
        var table = ReportTable(columns: [
            "set", "language", "format", "items", "pearson_r", "accuracy", "macro_f1", "coverage", "reference", "aim",
            "problem",
        ])
        for result in results {
            table.append([
                .text(result.name), .text(result.language.code), .text(result.format.rawValue), .integer(result.items),
                .optional(result.pearson, digits: 3), .optional(result.accuracy, digits: 3),
                .optional(result.macroF1, digits: 3), .optional(result.coverage, digits: 3),
                .optional(result.reference),
                .optional(result.aim), .optional(result.problem),
            ])
        }
        return table
    }

    /// `evaluate figures`: passed / applicable per Recognizers-Text spec file.
    public static func recognizers(_ results: [FileResult]) -> ReportTable {
        var table = ReportTable(columns: [
            "language", "model", "passed", "applicable", "pass_rate", "out_of_scope", "out_of_scope_reasons",
        ])
        for result in results {
            let reasons = result.notApplicable.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            table.append([
                .text(result.language.rawValue), .text(result.model.rawValue), .integer(result.passed),
                .integer(result.applicable), .real(result.passRate, digits: 3),
                .integer(result.notApplicable.values.reduce(0, +)), .text(reasons.joined(separator: "; ")),
            ])
        }
        return table
    }
}
