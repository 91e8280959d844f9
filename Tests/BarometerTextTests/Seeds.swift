import Foundation

/// The seed articles of `datasets/seeds`, read from the package checkout.
enum Seeds {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets/seeds")

    struct Entry: Decodable {
        var file: String
        var language: String
        var source: String
        var published: String
    }

    static func manifest() throws -> [Entry] {
        try JSONDecoder().decode(
            [Entry].self, from: Data(contentsOf: directory.appendingPathComponent("manifest.json")))
    }

    /// The text of the seed whose file name starts with `prefix` ("002").
    static func text(_ prefix: String) throws -> String {
        let entry = try manifest().first { $0.file.hasPrefix(prefix) }
        guard let entry else { throw CocoaError(.fileNoSuchFile) }
        return try String(contentsOf: directory.appendingPathComponent(entry.file), encoding: .utf8)
    }
}
