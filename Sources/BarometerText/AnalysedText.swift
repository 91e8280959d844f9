/// What kind of page furniture a range of text is: material around the article that is stored
/// unchanged but excluded from analysis.
public enum FurnitureKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Lists of related or unrelated headlines ("拓展阅读", "Related articles") and everything after them.
    case relatedLinks = "related-links"
    /// Share bars and social buttons ("转发到:", "Share this").
    case shareBar = "share-bar"
    /// Visit and view counters ("Visited 2 times, 1 visit(s) today").
    case counter
    /// Search-box and window-control text ("Close Search Window", "Close").
    case searchBox = "search-box"
    /// Copyright and rights lines ("Copyright 2003-2025 …", "版权所有").
    case copyright
    /// A trailing source or outlet tag ("Source: SCMP", a lone "toi-tech").
    case sourceTag = "source-tag"
    /// Breadcrumbs, navigation and location lines ("当前位置: 首页 > 国际").
    case navigation
    /// Bylines, tags, "Last modified" lines, photo credits and image placeholders.
    case metadata
    /// Advertising lines ("阿里云服务器").
    case advertisement
    /// Site notices: newsletter sign-ups and cookie banners ("Sign up for our newsletter", "We use cookies").
    case notice
}

/// A range of the original text excluded from analysis, and why.
public struct ExcludedRange: Sendable, Hashable, Codable {
    public var range: ScalarRange
    public var kind: FurnitureKind

    public init(range: ScalarRange, kind: FurnitureKind) {
        self.range = range
        self.kind = kind
    }
}

/// One sentence of the article body.
public struct Sentence: Sendable, Hashable, Codable {
    /// 0-based position among the document's sentences.
    public var index: Int
    /// Where the sentence stands in the original text (Unicode scalar offsets, end exclusive).
    public var range: ScalarRange
    /// The sentence as it stands in the original text, trimmed of surrounding white space.
    public var text: String

    public init(index: Int, range: ScalarRange, text: String) {
        self.index = index
        self.range = range
        self.text = text
    }
}

/// An article's text after the text stage: language, title, page furniture and sentences.
/// The original text is kept unchanged; every range points into it.
public struct AnalysedText: Sendable, Hashable {
    /// The original text, unchanged.
    public var text: String {
        didSet { scalars = ScalarText(text) }
    }
    public var language: Language
    /// True when `language` was detected rather than given.
    public var languageDetected: Bool
    /// The first line, when it looks like a headline.
    public var title: String?
    /// Page furniture, sorted and non-overlapping.
    public var excluded: [ExcludedRange]
    /// The body's sentences, in order; none overlaps an excluded range.
    public var sentences: [Sentence]
    /// `text` as Unicode scalars with its folded copy, decoded once by the text stage so the figure and event stages
    /// do not decode it again (each decoding of a whole article cost as much as the event linker's own work).
    public private(set) var scalars: ScalarText

    public init(
        text: String, language: Language, languageDetected: Bool, title: String?,
        excluded: [ExcludedRange], sentences: [Sentence]
    ) {
        self.init(
            text: text, scalars: ScalarText(text), language: language, languageDetected: languageDetected,
            title: title, excluded: excluded, sentences: sentences)
    }

    /// With the scalars of `text` already decoded.
    init(
        text: String, scalars: ScalarText, language: Language, languageDetected: Bool, title: String?,
        excluded: [ExcludedRange], sentences: [Sentence]
    ) {
        assert(scalars.count == text.unicodeScalars.count, "scalars decoded from another text")
        self.text = text
        self.scalars = scalars
        self.language = language
        self.languageDetected = languageDetected
        self.title = title
        self.excluded = excluded
        self.sentences = sentences
    }

    /// Number of Unicode scalars excluded as page furniture.
    public var excludedScalarCount: Int { excluded.reduce(0) { $0 + $1.range.length } }

    /// Equal texts decode to equal scalars, so `scalars` takes no part in equality.
    public static func == (a: AnalysedText, b: AnalysedText) -> Bool {
        a.text == b.text && a.language == b.language && a.languageDetected == b.languageDetected
            && a.title == b.title && a.excluded == b.excluded && a.sentences == b.sentences
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(language)
        hasher.combine(languageDetected)
        hasher.combine(title)
        hasher.combine(excluded)
        hasher.combine(sentences)
    }
}
