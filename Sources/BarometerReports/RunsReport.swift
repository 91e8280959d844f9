import BarometerStore

/// The run history of `barometer runs`.
public enum RunsReport {
    public static func table(_ runs: [RunSummary]) -> ReportTable {
        var table = ReportTable(columns: [
            "id", "command", "started_at", "finished_at", "status", "new", "revised", "updated", "rescored",
            "unchanged", "failed", "duration_seconds", "extractor_version", "lexicon_version", "message",
        ])
        for run in runs {
            table.append([
                .integer(Int(run.id)), .text(run.command), .text(run.startedAt), .optional(run.finishedAt),
                .text(run.status.rawValue), .integer(run.counts.new), .integer(run.counts.revised),
                .integer(run.counts.updated), .integer(run.counts.rescored), .integer(run.counts.unchanged),
                .integer(run.counts.failed), .optional(run.durationSeconds, digits: 3), .text(run.extractorVersion),
                .text(run.lexiconVersion), .optional(run.message),
            ])
        }
        return table
    }
}
