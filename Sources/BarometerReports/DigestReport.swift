import BarometerStore

/// What `barometer ingest` shows a person on a terminal: the documents, the timeline of figures and the
/// sentiment per source.
public enum DigestReport {
    public static func text(_ store: any Store) throws -> String {
        let writer = TextTableWriter(maximumWidth: 48)
        var documents = ReportTable(columns: [
            "id", "source", "lang", "published", "title", "sentences", "excluded", "score", "label",
        ])
        for document in try store.documents(DocumentQuery()) {
            documents.append([
                .integer(Int(document.id)), .text(document.source), .text(document.language.code),
                .text((document.published?.description ?? "–") + (document.publishedInferred ? "*" : "")),
                .optional(document.title), .integer(document.sentences), .integer(document.excludedCharacters),
                .optional(document.score, digits: 3), .optional(document.label),
            ])
        }
        var timeline = ReportTable(columns: ["when", "subject", "", "figure", "source", "doc"])
        for row in try store.mentions(MentionQuery(eventsOnly: true)) {
            let m = row.mention
            let arrow = m.direction == "up" ? "↑" : m.direction == "down" ? "↓" : ""
            let when = (m.whenStart?.description ?? "–") + (m.whenFrom == "published" ? "*" : "")
            timeline.append([
                .text(when), .optional(m.subject), .text(arrow), .text(m.text), .text(row.source),
                .integer(Int(row.documentID)),
            ])
        }
        let sources = SentimentReport.sourcesTable(try store.sourceScores(SentimentQuery()))
        var out = "Documents (* published date inferred from the text)\n" + writer.write(documents)
        out += "\nTimeline of figures (* no date in the text: the publication date)\n" + writer.write(timeline)
        out += "\nSentiment per source (mean article score, -1 … 1)\n" + writer.write(sources)
        return out
    }
}
