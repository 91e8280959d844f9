import BarometerStore
import BarometerText
import Foundation

/// Metadata for the articles of one folder, from its `manifest.json`:
/// an array of objects with `file` and any of `source`, `language`, `published`, `title`, `url` (other keys, like
/// `note`, are ignored).
///
///     [{"file": "004_35f7dafcc2a77b3b.txt", "language": "en", "source": "scmp", "published": "2024-02-20"}]
public struct Manifest: Sendable {
    public static let fileName = "manifest.json"

    public struct Entry: Sendable, Hashable {
        public var file: String
        public var metadata: ArticleMetadata
    }

    /// Entries by file name.
    public var entries: [String: Entry]

    /// Reads a manifest; problems with single entries become diagnostics, the rest is kept.
    /// Throws only when the file as a whole is unreadable.
    public static func load(_ url: URL, diagnostics: inout [Diagnostic]) -> Manifest {
        let location = url.path
        guard let data = try? Data(contentsOf: url) else {
            diagnostics.append(Diagnostic(.error, location, "cannot read the manifest: check its permissions"))
            return Manifest(entries: [:])
        }
        guard let json = try? JSONSerialization.jsonObject(with: data), let array = json as? [Any] else {
            diagnostics.append(
                Diagnostic(
                    .error, location,
                    "not a JSON array of {\"file\": …} objects: fix it; its folder is ingested without metadata"))
            return Manifest(entries: [:])
        }
        var entries: [String: Entry] = [:]
        for (index, element) in array.enumerated() {
            let entryLocation = "\(location) entry \(index + 1)"
            guard let object = element as? [String: Any], let file = object["file"] as? String, !file.isEmpty else {
                diagnostics.append(
                    Diagnostic(.error, entryLocation, "has no \"file\" name: add one or remove the entry"))
                continue
            }
            switch ArticleMetadata.parse(object, location: "\(location) (\(file))") {
            case .success(let metadata):
                entries[file] = Entry(file: file, metadata: metadata)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                entries[file] = Entry(file: file, metadata: ArticleMetadata(invalid: diagnostic))
            }
        }
        return Manifest(entries: entries)
    }
}

/// Metadata that a manifest entry, a JSON article, front matter or a flag gives for an article.
public struct ArticleMetadata: Sendable, Hashable {
    public var source: String?
    public var language: Language?
    public var published: Day?
    /// The publication instant, when `published` was a timestamp with a time and an offset.
    public var publishedAt: Date?
    public var title: String?
    public var url: String?
    /// Set when the metadata itself is wrong (a bad date): the article is not ingested until it is fixed,
    /// rather than stored with metadata the user did not mean.
    public var invalid: Diagnostic?

    public init(
        source: String? = nil, language: Language? = nil, published: Day? = nil, title: String? = nil,
        url: String? = nil
    ) {
        self.source = source
        self.language = language
        self.published = published
        self.title = title
        self.url = url
    }

    init(invalid: Diagnostic) {
        self.invalid = invalid
    }

    /// Fills what this metadata lacks from `other`.
    public func filled(from other: ArticleMetadata) -> ArticleMetadata {
        var merged = self
        merged.source = source ?? other.source
        merged.language = language ?? other.language
        if published == nil {
            // The day and the instant come together: a day given here (a flag) drops the other's instant.
            merged.published = other.published
            merged.publishedAt = other.publishedAt
        }
        merged.title = title ?? other.title
        merged.url = url ?? other.url
        merged.invalid = invalid ?? other.invalid
        return merged
    }

    /// Reads `source`, `language`, `published`, `title`, `url` from a JSON object or front matter.
    /// A value of the wrong form is an error naming the field and value.
    static func parse(_ object: [String: Any], location: String) -> Result<ArticleMetadata, Diagnostic> {
        var metadata = ArticleMetadata()
        func text(_ key: String) -> String? {
            guard let value = object[key] as? String else { return nil }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        metadata.source = text("source")
        metadata.title = text("title")
        metadata.url = text("url")
        if let code = text("language") {
            guard let language = Language(code: code) else {
                return .failure(
                    Diagnostic(
                        .error, location,
                        "language \"\(code)\" is not one of en, de, zh, und: fix it or leave it out to detect the language"
                    ))
            }
            metadata.language = language
        }
        if let published = text("published") {
            guard let day = PublishedDate.parse(published) else {
                return .failure(
                    Diagnostic(
                        .error, location,
                        "published \"\(published)\" is not a date like 2024-02-20: fix it or leave it out to infer it from the text"
                    ))
            }
            metadata.published = day
            metadata.publishedAt = PublishedDate.instant(published)
        }
        return .success(metadata)
    }
}

/// Parses publication dates as metadata gives them: `2024-02-20`, or an ISO 8601 timestamp whose day is taken.
public enum PublishedDate {
    public static func parse(_ text: String) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(trimmed) { return day }
        // "2024-02-20T08:30:00Z", "2024-02-20 08:30": the date part, as written (the article's own calendar day).
        guard trimmed.count > 10 else { return nil }
        let separator = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 10)]
        guard separator == "T" || separator == " " else { return nil }
        return Day(String(trimmed.prefix(10)))
    }

    /// The instant of a timestamp with a time and an offset, to the second (fractions dropped):
    /// `2024-02-18T23:30:00Z`, `2024-02-19T07:30+08:00`, `2024-02-19 07:30:00.250+0800`. Nil for a day alone or
    /// a time without an offset (`2024-02-20 08:30`), whose instant is unknown.
    ///
    ///     PublishedDate.instant("2024-02-19T07:30:00+08:00")   // 2024-02-18T23:30:00Z
    public static func instant(_ text: String) -> Date? {
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        guard scalars.count > 16, scalars[10] == "T" || scalars[10] == " ", scalars[13] == ":",
            let day = Day(String(String.UnicodeScalarView(scalars[0..<10]))),
            let hour = twoDigits(scalars, at: 11), let minute = twoDigits(scalars, at: 14), hour < 24, minute < 60
        else { return nil }
        var position = 16
        var second = 0
        if position < scalars.count, scalars[position] == ":" {
            guard let value = twoDigits(scalars, at: position + 1), value < 60 else { return nil }
            second = value
            position += 3
            if position < scalars.count, scalars[position] == "." || scalars[position] == "," {
                position += 1
                let digitsStart = position
                while position < scalars.count, ("0"..."9").contains(scalars[position]) { position += 1 }
                guard position > digitsStart else { return nil }
            }
        }
        let zone = String(String.UnicodeScalarView(scalars[position...]))
        let offset: Int
        if zone == "Z" {
            offset = 0
        } else if let seconds = TrendTimeZone.offsetSeconds(zone) {
            offset = seconds
        } else {
            return nil
        }
        let local = day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(local - offset))
    }

    private static func twoDigits(_ scalars: [Unicode.Scalar], at position: Int) -> Int? {
        guard position + 1 < scalars.count, ("0"..."9").contains(scalars[position]),
            ("0"..."9").contains(scalars[position + 1])
        else { return nil }
        return Int(scalars[position].value - 48) * 10 + Int(scalars[position + 1].value - 48)
    }
}
