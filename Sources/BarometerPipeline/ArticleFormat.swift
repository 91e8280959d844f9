/// The file formats `barometer ingest` reads, chosen by file extension.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case html
    /// One article object per file.
    case json
    /// One article object per line.
    case jsonl

    /// The format for a file extension, case-insensitively; nil for one Barometer does not read.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }

    /// Guesses the format of standard input from its first non-blank character.
    public static func sniff(_ text: Substring) -> ArticleFormat {
        guard let first = text.first(where: { !$0.isWhitespace }) else { return .text }
        switch first {
        case "{":
            // One object per line, unless the whole input is one (possibly multi-line) object.
            let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
            return lines.count > 1 && lines.allSatisfy({ $0.first(where: { !$0.isWhitespace }) == "{" })
                ? .jsonl : .json
        case "<": return .html
        case "-" where text.hasPrefix("---"): return .markdown
        default: return .text
        }
    }
}
