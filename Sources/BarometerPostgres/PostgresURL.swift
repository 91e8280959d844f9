import BarometerStore
import Foundation

/// A PostgreSQL store's address: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]`, with libpq's
/// TLS modes (`disable`, `allow` and `prefer` — the default — `require`, `verify-ca`, `verify-full`).
///
///     let url = try PostgresURL("postgres://barometer@db.internal:5432/news")
///     url.database   // "news"
///     url.redacted   // "postgres://barometer@db.internal:5432/news" (a password shows as ***)
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode

    /// How the connection uses TLS, as libpq's `sslmode` says.
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        /// Plain text.
        case disable
        /// TLS when the server offers it, else plain text; certificates are not checked (libpq's meaning).
        case allow, prefer
        /// TLS or no connection; certificates are not checked (libpq's meaning).
        case require
        /// TLS with the certificate checked against the system's authorities; `verify-full` checks the host too.
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// PostgreSQL's own default port.
    public static let defaultPort = 5432

    /// Whether a `--db` value names a PostgreSQL server rather than a SQLite file.
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Why a URL cannot be used, with what to do about it.
    public struct Invalid: Error, LocalizedError, Equatable {
        public var value: String
        public var reason: String

        public var errorDescription: String? {
            "--db \(value) is not a usable PostgreSQL URL (\(reason)): "
                + "write it as postgres://USER@HOST:PORT/DATABASE, for example postgres://barometer@localhost:5432/news"
        }
    }

    public init(
        user: String, password: String? = nil, host: String, port: Int = defaultPort, database: String,
        sslMode: SSLMode = .prefer
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
    }

    public init(_ text: String) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw Invalid(value: Self.redact(text), reason: "it does not start with postgres:// or postgresql://")
        }
        guard let user = components.percentEncodedUser.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else {
            throw Invalid(value: Self.redact(text), reason: "no user before @")
        }
        guard let host = components.host, !host.isEmpty else {
            throw Invalid(value: Self.redact(text), reason: "no host")
        }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/") else {
            throw Invalid(value: Self.redact(text), reason: "no database name after the host")
        }
        var sslMode = SSLMode.prefer
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode" else {
                throw Invalid(value: Self.redact(text), reason: "unknown parameter \(item.name); only sslmode is read")
            }
            guard let mode = item.value.flatMap(SSLMode.init(rawValue:)) else {
                let modes = SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
                throw Invalid(value: Self.redact(text), reason: "sslmode=\(item.value ?? "") is none of \(modes)")
            }
            sslMode = mode
        }
        self.init(
            user: user, password: components.percentEncodedPassword.flatMap { $0.removingPercentEncoding },
            host: host, port: components.port ?? Self.defaultPort, database: path.removingPercentEncoding ?? path,
            sslMode: sslMode)
    }

    /// The same server with another database, for tests that create one per case.
    public func with(database: String) -> PostgresURL {
        var url = self
        url.database = database
        return url
    }

    /// The URL as written in messages: never with the password.
    public var redacted: String {
        let credentials = password == nil ? user : "\(user):***"
        return "postgres://\(credentials)@\(host):\(port)/\(database)"
    }

    public var description: String { redacted }

    /// The full URL, password included, for passing on to another process.
    public var full: String {
        let encode = { (part: String) in
            part.addingPercentEncoding(
                withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@")))
                ?? part
        }
        let credentials = password.map { "\(encode(user)):\(encode($0))" } ?? encode(user)
        return "postgres://\(credentials)@\(host):\(port)/\(database)?sslmode=\(sslMode.rawValue)"
    }

    /// A value that may hold a password, as it can be shown.
    static func redact(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else {
            return text
        }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
