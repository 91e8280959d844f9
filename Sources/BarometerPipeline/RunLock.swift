import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock held by one nightly run at a time, so two runs never work on the same store at once.
///
/// The lock is an advisory `flock(2)` on a file beside the store: the kernel releases it when the process ends,
/// however it ends (SIGKILL included), so a killed run never leaves a stale lock behind and operators need no
/// `flock(1)` wrapper.
public final class RunLock: Sendable {
    public let path: String
    private let descriptor: Int32

    /// Why a lock could not be taken.
    public enum Failure: Error, LocalizedError, Equatable {
        /// Another process holds it.
        case held(path: String)
        /// The lock file could not be created (read-only folder, missing folder).
        case cannotCreate(path: String, reason: String)

        public var errorDescription: String? {
            switch self {
            case .held(let path):
                return "another nightly run holds \(path): it is still working on this store; this run did nothing"
            case .cannotCreate(let path, let reason):
                return "cannot create the lock file \(path) (\(reason)): check that the store's folder is writable"
            }
        }
    }

    /// Takes the lock or fails at once; it never waits.
    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw Failure.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let error = errno
            close(fd)
            if error == EWOULDBLOCK { throw Failure.held(path: path) }
            throw Failure.cannotCreate(path: path, reason: String(cString: strerror(error)))
        }
        // The holder's process id, for operators looking at the file.
        _ = ftruncate(fd, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { write(fd, $0, strlen($0)) }
        descriptor = fd
    }

    /// The lock file for a store: `<store>.nightly.lock`.
    public static func path(forStore store: String) -> String {
        store + ".nightly.lock"
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
