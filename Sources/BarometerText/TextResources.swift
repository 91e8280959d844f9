import Foundation

/// Loads the text module's data files (`Resources/<name>.json` in the module bundle) once.
///
/// Language knowledge lives in these files, not in code; each loader is called from a `static let`,
/// so a table is built once per process. A missing or malformed file is a packaging mistake, not a
/// user error, so it stops the program with a message naming the file.
enum TextResources {
    /// Decodes `Resources/<name>.json`.
    static func load<T: Decodable>(_ type: T.Type, named name: String) -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
        else { preconditionFailure("BarometerText resource Resources/\(name).json is missing from the bundle") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            preconditionFailure("BarometerText resource Resources/\(name).json does not parse: \(error)")
        }
    }
}
