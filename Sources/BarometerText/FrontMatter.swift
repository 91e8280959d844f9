/// Interim front matter handling; replaced by the text module's full version.
public enum FrontMatter {
    public static func split(_ markdown: String) -> (fields: [String: String], body: String) {
        ([:], markdown)
    }
}

public enum MarkdownText {
    public static func plain(_ markdown: String) -> String { markdown }
}
