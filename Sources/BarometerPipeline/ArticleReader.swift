import BarometerText
import Foundation

/// An article read from input, with the metadata that came with it (manifest, JSON fields, front matter, HTML title).
public struct ReadArticle: Sendable {
    public var text: String
    public var metadata: ArticleMetadata
    /// `path`, `path:line` or `-`.
    public var origin: String
    /// The file or stream, for lineage: `path` for files, `path#line` for JSONL lines without a URL.
    public var lineageKey: String?

    public init(text: String, metadata: ArticleMetadata, origin: String, lineageKey: String? = nil) {
        self.text = text
        self.metadata = metadata
        self.origin = origin
        self.lineageKey = lineageKey
    }
}

/// Reads the formats of `barometer ingest`: text, Markdown with optional front matter, HTML, JSON and JSONL.
///
/// Problems with a whole file or a single JSONL line become diagnostics; the rest of the input is still read.
public struct ArticleReader: Sendable {
    /// Largest article file read, in bytes. 256 MiB keeps the analysis of one file within a few GiB of memory
    /// (the text stage holds about 8 bytes per character); a 50 MB article is read normally.
    public static let maximumFileSize = 256 << 20

    public init() {}

    public func read(_ file: InputFile, diagnostics: inout [Diagnostic]) -> [ReadArticle] {
        let path = file.url.path
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > Self.maximumFileSize {
                diagnostics.append(
                    Diagnostic(
                        .error, path,
                        "file is \(size >> 20) MiB, over the \(Self.maximumFileSize >> 20) MiB limit for one article: split it"
                    ))
                return []
            }
            data = try Data(contentsOf: file.url)
        } catch {
            diagnostics.append(Diagnostic(.error, path, "cannot read the file: check that it exists and is readable"))
            return []
        }
        return read(data, format: file.format, location: path, manifest: file.manifest, diagnostics: &diagnostics)
    }

    /// Reads standard input, guessing its format from its first character.
    public func readStandardInput(_ data: Data, diagnostics: inout [Diagnostic]) -> [ReadArticle] {
        guard let decoded = decode(data, location: "-", diagnostics: &diagnostics) else { return [] }
        let format = ArticleFormat.sniff(decoded[...])
        return parse(decoded, format: format, location: "-", manifest: nil, diagnostics: &diagnostics)
    }

    func read(
        _ data: Data, format: ArticleFormat, location: String, manifest: ArticleMetadata?,
        diagnostics: inout [Diagnostic]
    ) -> [ReadArticle] {
        if let invalid = manifest?.invalid {
            diagnostics.append(Diagnostic(.error, location, "not ingested: \(invalid.location): \(invalid.message)"))
            return []
        }
        guard let text = decode(data, location: location, diagnostics: &diagnostics) else { return [] }
        return parse(text, format: format, location: location, manifest: manifest, diagnostics: &diagnostics)
    }

    private func decode(_ data: Data, location: String, diagnostics: inout [Diagnostic]) -> String? {
        if data.isEmpty {
            diagnostics.append(Diagnostic(.error, location, "file is empty: nothing to ingest"))
            return nil
        }
        guard let decoded = TextDecoding.decode(data) else {
            diagnostics.append(
                Diagnostic(.error, location, "looks like a binary file (NUL bytes), not an article: skipped"))
            return nil
        }
        if decoded.replacedInvalidBytes > 0 {
            diagnostics.append(
                Diagnostic(
                    .warning, location,
                    "not valid UTF-8: \(decoded.replacedInvalidBytes) invalid byte sequence(s) replaced with U+FFFD; re-save the file as UTF-8 for exact text"
                ))
        }
        if decoded.text.allSatisfy(\.isWhitespace) {
            diagnostics.append(Diagnostic(.error, location, "file holds only white space: nothing to ingest"))
            return nil
        }
        return decoded.text
    }

    private func parse(
        _ text: String, format: ArticleFormat, location: String, manifest: ArticleMetadata?,
        diagnostics: inout [Diagnostic]
    ) -> [ReadArticle] {
        let base = manifest ?? ArticleMetadata()
        let lineage = location == "-" ? nil : location
        switch format {
        case .text:
            return [ReadArticle(text: text, metadata: base, origin: location, lineageKey: lineage)]
        case .markdown:
            let (fields, body) = FrontMatter.split(text)
            var metadata = base
            if !fields.isEmpty {
                switch ArticleMetadata.parse(fields, location: location) {
                case .success(let fromFrontMatter): metadata = base.filled(from: fromFrontMatter)
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                    return []
                }
            }
            return [
                ReadArticle(text: MarkdownText.plain(body), metadata: metadata, origin: location, lineageKey: lineage)
            ]
        case .html:
            let (plain, title) = HTMLText.plainText(text)
            return [
                ReadArticle(
                    text: plain, metadata: base.filled(from: ArticleMetadata(title: title)), origin: location,
                    lineageKey: lineage)
            ]
        case .json:
            guard let article = jsonArticle(Substring(text), location: location, base: base, diagnostics: &diagnostics)
            else { return [] }
            return [article]
        case .jsonl:
            var articles: [ReadArticle] = []
            var lineNumber = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                if line.allSatisfy(\.isWhitespace) { continue }
                let lineLocation = "\(location):\(lineNumber)"
                if var article = jsonArticle(line, location: lineLocation, base: base, diagnostics: &diagnostics) {
                    article.lineageKey = article.metadata.url == nil ? "\(location)#\(lineNumber)" : nil
                    articles.append(article)
                }
            }
            if articles.isEmpty
                && !diagnostics.contains(where: { $0.location.hasPrefix(location) && $0.severity == .error })
            {
                diagnostics.append(Diagnostic(.error, location, "holds no JSON lines: nothing to ingest"))
            }
            return articles
        }
    }

    private func jsonArticle(
        _ json: Substring, location: String, base: ArticleMetadata, diagnostics: inout [Diagnostic]
    ) -> ReadArticle? {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, location,
                    "not valid JSON: fix the object (fields text, title, source, language, published, url)"))
            return nil
        }
        guard let fields = object as? [String: Any] else {
            diagnostics.append(
                Diagnostic(.error, location, "not a JSON object: give one article object with a \"text\" field"))
            return nil
        }
        guard let text = fields["text"] as? String, !text.allSatisfy(\.isWhitespace) else {
            diagnostics.append(Diagnostic(.error, location, "has no \"text\" (or it is empty): add the article text"))
            return nil
        }
        switch ArticleMetadata.parse(fields, location: location) {
        case .success(let metadata):
            // Flags and manifests were merged into `base`; an article's own fields fill what they leave open.
            return ReadArticle(
                text: text, metadata: base.filled(from: metadata), origin: location, lineageKey: location)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
