/// A message about one input: a file, a line of a file, a manifest entry or a flag.
///
/// Printed as one line on standard error: `barometer: error: notes.jsonl:3: not valid JSON (…): fix or remove the line`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The input was not ingested; the run exits non-zero.
        case error
        /// The input was ingested, with something the user should know.
        case warning
        /// Ingested as expected; shown with --verbose.
        case note
    }

    public var severity: Severity
    /// The file, `file:line`, or flag concerned.
    public var location: String
    /// What is wrong and what to do.
    public var message: String

    public init(_ severity: Severity, _ location: String, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(location): \(message)" }
}
