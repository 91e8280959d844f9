import Foundation

/// One test case of a Microsoft Recognizers-Text spec file (`Specs/<Domain>/<Language>/<Model>.json`).
///
/// `End` in the files is inclusive and counts UTF-16 code units of `Input` (the .NET string index);
/// `Text` is normalised (lower-cased for English and German, half-width digits for Chinese).
public struct RecognizersCase: Sendable, Decodable {
    public var input: String
    /// `Context.ReferenceDateTime`, for date cases.
    public var referenceDateTime: String?
    public var notSupported: String?
    public var notSupportedByDesign: String?
    public var results: [RecognizersResult]

    enum CodingKeys: String, CodingKey {
        case input = "Input"
        case context = "Context"
        case notSupported = "NotSupported"
        case notSupportedByDesign = "NotSupportedByDesign"
        case results = "Results"
    }

    enum ContextKeys: String, CodingKey {
        case referenceDateTime = "ReferenceDateTime"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        input = try c.decode(String.self, forKey: .input)
        if c.contains(.context) {
            let context = try c.nestedContainer(keyedBy: ContextKeys.self, forKey: .context)
            referenceDateTime = try context.decodeIfPresent(String.self, forKey: .referenceDateTime)
        }
        notSupported = try c.decodeIfPresent(String.self, forKey: .notSupported)
        notSupportedByDesign = try c.decodeIfPresent(String.self, forKey: .notSupportedByDesign)
        results = try c.decodeIfPresent([RecognizersResult].self, forKey: .results) ?? []
    }

    /// Whether Microsoft's own .NET implementation fails this case (listed in `NotSupported`).
    public var failsInDotNet: Bool {
        (notSupported ?? "").lowercased().contains("dotnet")
    }
}

/// One expected span of a Recognizers-Text case.
public struct RecognizersResult: Sendable, Decodable {
    public var text: String
    public var start: Int?
    /// Inclusive end.
    public var end: Int?
    public var typeName: String
    public var resolution: JSONValue?

    enum CodingKeys: String, CodingKey {
        case text = "Text"
        case start = "Start"
        case end = "End"
        case typeName = "TypeName"
        case typeNameMisspelt = "Typename"  // three results in English/DateTimeModel.json spell it so
        case resolution = "Resolution"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        start = try c.decodeIfPresent(Int.self, forKey: .start)
        end = try c.decodeIfPresent(Int.self, forKey: .end)
        typeName =
            try c.decodeIfPresent(String.self, forKey: .typeName)
            ?? c.decode(String.self, forKey: .typeNameMisspelt)
        resolution = try c.decodeIfPresent(JSONValue.self, forKey: .resolution)
    }
}

/// Any JSON value, for the free-form `Resolution` objects.
public enum JSONValue: Sendable, Decodable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
}

/// The language folders of the Recognizers-Text specs.
public enum RecognizersLanguage: String, Sendable, CaseIterable {
    case english = "English"
    case german = "German"
    case chinese = "Chinese"
}

/// The four spec models Barometer is measured on.
public enum RecognizersModel: String, Sendable, CaseIterable {
    case number = "NumberModel"
    case percent = "PercentModel"
    case currency = "CurrencyModel"
    case dateTime = "DateTimeModel"
}

extension RecognizersCase {
    /// Reads one spec file.
    public static func load(_ url: URL) throws -> [RecognizersCase] {
        var data = try Data(contentsOf: url)
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
        return try JSONDecoder().decode([RecognizersCase].self, from: data)
    }
}

/// How one spec case fared.
public enum CaseOutcome: Sendable, Hashable {
    case passed
    /// Applicable but wrong; the reason says what differed.
    case failed(String)
    /// Out of scope (times of day, sets, …); the reason names the case type. Counted separately, never as passed.
    case notApplicable(String)
}
