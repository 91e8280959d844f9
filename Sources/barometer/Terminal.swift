import Foundation

/// Where output goes: data on standard output, diagnostics on standard error.
enum Terminal {
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line on standard error, prefixed with the command's name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("barometer: \(message)\n".utf8))
    }

    static func status(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }
}

/// An error whose message the user reads and acts on (exit status 1).
struct UserFacingError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    init(_ error: any Error) {
        message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }
}

/// A run that already reported what went wrong and ends with this exit status.
struct CommandFailure: Error {
    var exitCode: Int32
}

/// Shows progress on standard error for runs longer than a second, only when it is a terminal.
final class ProgressLine {
    private let start = Date()
    private var shown = false
    private let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled && Terminal.standardErrorIsTerminal
    }

    func update(_ text: @autoclosure () -> String) {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text())".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
