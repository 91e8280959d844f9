import BarometerText
import Foundation

/// What kind of data a lexicon file holds.
public enum LexiconKind: String, Sendable, Codable, Hashable {
    /// `term<TAB>valence[<TAB>language]`.
    case valence
    /// `role<TAB>term[<TAB>weight]`: negators, boosters, contrast words, finance quantities and directions.
    case roles
    /// `traditional<TAB>simplified` character folding for Chinese.
    case folding
}

/// One lexicon file in use, as `barometer lexicon list` shows it.
public struct LexiconInfo: Sendable, Hashable, Codable {
    public var name: String
    public var file: String
    /// nil for a user file whose entries apply to several languages.
    public var language: Language?
    public var kind: LexiconKind
    public var entries: Int
    /// 64-bit FNV-1a hash of the file's bytes, 16 hex digits.
    public var hash: String
    public var source: String
    public var license: String
}

/// The lexicon files shipped in the module bundle, listed in `Resources/Lexicons/catalog.json`, in load order.
public enum LexiconCatalog {
    struct Listing: Decodable {
        var file: String
        var name: String
        var language: String
        var kind: LexiconKind
        var source: String
        var license: String
    }

    /// A file read and parsed, with the listing that describes it.
    struct LoadedFile: Sendable {
        var info: LexiconInfo
        var valences: [LexiconEntry] = []
        var roles: [RoleEntry] = []
        var folding: [(Unicode.Scalar, Unicode.Scalar)] = []
    }

    static let directory = "Resources/Lexicons"

    /// The bundled files, parsed once. A broken bundled file is a programmer error that the data tests catch.
    static let bundled: [LoadedFile] = {
        do {
            return try loadBundled()
        } catch {
            preconditionFailure("bundled lexicons: \(error.localizedDescription)")
        }
    }()

    static func loadBundled() throws -> [LoadedFile] {
        guard let catalogURL = Bundle.module.url(forResource: "catalog", withExtension: "json", subdirectory: directory)
        else {
            throw LexiconError.unreadable(file: "catalog.json", reason: "missing from the module bundle")
        }
        let listings = try JSONDecoder().decode([Listing].self, from: Data(contentsOf: catalogURL))
        return try listings.map { listing in
            let url = catalogURL.deletingLastPathComponent().appendingPathComponent(listing.file)
            guard let language = Language(code: listing.language) else {
                throw LexiconError.unreadable(file: listing.file, reason: "catalog language \(listing.language)")
            }
            return try load(
                url: url, name: listing.name, file: listing.file, language: language, kind: listing.kind,
                source: listing.source, license: listing.license)
        }
    }

    static func load(
        url: URL, name: String, file: String, language: Language?, kind: LexiconKind, source: String, license: String
    ) throws -> LoadedFile {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError.unreadable(file: file, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError.unreadable(file: file, reason: "not UTF-8")
        }
        var loaded = LoadedFile(
            info: LexiconInfo(
                name: name, file: file, language: language, kind: kind, entries: 0, hash: hex(fnv(data)),
                source: source, license: license))
        switch kind {
        case .valence:
            loaded.valences = try LexiconFile.parseValences(text, file: file)
            loaded.info.entries = loaded.valences.count
        case .roles:
            loaded.roles = try LexiconFile.parseRoles(text, file: file)
            loaded.info.entries = loaded.roles.count
        case .folding:
            loaded.folding = try LexiconFile.parseFolding(text, file: file)
            loaded.info.entries = loaded.folding.count
        }
        return loaded
    }

    /// Reads a user's valence file (`--lexicon FILE`).
    static func loadUser(_ url: URL) throws -> LoadedFile {
        try load(
            url: url, name: "user", file: url.path, language: nil, kind: .valence, source: "user file",
            license: "user's own")
    }

    /// The lexicon version: FNV-1a 64 over the file hashes in load order, 16 hex digits.
    static func version(of files: [LoadedFile]) -> String {
        var h = TermKey.offsetBasis
        for file in files {
            for byte in file.info.hash.utf8 { h = (h ^ UInt64(byte)) &* TermKey.prime }
        }
        return hex(h)
    }

    static func fnv(_ data: Data) -> UInt64 {
        var h = TermKey.offsetBasis
        for byte in data { h = (h ^ UInt64(byte)) &* TermKey.prime }
        return h
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension SentimentScorer {
    /// The bundled lexicon files, in load order (`barometer lexicon list`).
    public static func lexicons() -> [LexiconInfo] { LexiconCatalog.bundled.map(\.info) }
}
