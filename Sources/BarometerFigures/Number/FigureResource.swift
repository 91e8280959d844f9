import BarometerText
import Foundation

/// Loads the figures module's word lists (JSON under `Resources/<dimension>/<language>.json`).
///
/// A missing or malformed resource is a packaging mistake, not a user error, so it stops with a message naming the file.
enum FigureResource {
    static func url(_ dimension: String, _ name: String) -> URL {
        guard
            let url = Bundle.module.url(
                forResource: name, withExtension: "json", subdirectory: "Resources/\(dimension)")
        else { preconditionFailure("missing figures resource Resources/\(dimension)/\(name).json") }
        return url
    }

    static func load<T: Decodable>(_ type: T.Type, _ dimension: String, _ name: String) -> T {
        let url = url(dimension, name)
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            preconditionFailure("figures resource Resources/\(dimension)/\(name).json does not parse: \(error)")
        }
    }

    /// Parses an exact decimal written in a word list ("1000000", "0.5").
    static func decimal(_ text: String, in file: String) -> Decimal {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            preconditionFailure("\(file): '\(text)' is not a decimal number")
        }
        return value
    }
}

extension Language {
    /// The language's code as used in resource file names.
    var resourceName: String { rawValue }
}
