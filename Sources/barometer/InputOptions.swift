import ArgumentParser
import BarometerPipeline
import BarometerText
import Foundation

/// `--language auto|en|de|zh`.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, en, de, zh

    var language: Language? {
        switch self {
        case .auto: return nil
        case .en: return .english
        case .de: return .german
        case .zh: return .chinese
        }
    }
}

/// The input of the stateless commands `extract` and `score`: a file or standard input.
struct TextInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A text file, or - (the default) for standard input.", valueName: "file"))
    var file: String = "-"

    @Option(help: "Language of the text: auto, en, de or zh.")
    var language: LanguageChoice = .auto

    @Flag(help: "Treat each input line as its own document; results carry their 1-based line.")
    var lines = false

    /// Reads the input as text; a one-line error naming the file otherwise.
    func read() throws -> String {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: file) else {
                throw UserFacingError("error: \(file): no such file: check the path")
            }
            guard let read = FileManager.default.contents(atPath: file) else {
                throw UserFacingError("error: \(file): cannot read the file: check its permissions")
            }
            data = read
        }
        guard let decoded = TextDecoding.decode(data) else {
            throw UserFacingError("error: \(file): looks like a binary file (NUL bytes), not text")
        }
        if decoded.replacedInvalidBytes > 0 {
            Terminal.error(
                "warning: \(file): not valid UTF-8: \(decoded.replacedInvalidBytes) invalid byte sequence(s) replaced")
        }
        return decoded.text
    }
}
