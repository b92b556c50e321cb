import Foundation
import PostgresNIO

/// Where a PostgreSQL store is: `postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require]`.
///
/// The password may also come from `PGPASSWORD`; a URL written in a site's files should carry none (see
/// `PostgresLocation.read`'s `allowPassword`).
public struct PostgresLocation: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: String

    /// Whether `text` names a PostgreSQL store rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; the error says what is wrong with it. `environment`'s `PGPASSWORD` is used when the URL has no password.
    public static func read(_ text: String, environment: [String: String], allowPassword: Bool = true) -> Result<PostgresLocation, PostgresLocationError> {
        guard isPostgres(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            return .failure(.init("'\(redacted(text))' is not a postgres://user@host/database URL"))
        }
        if url.password != nil && !allowPassword {
            return .failure(.init("the store URL in a file must not carry a password; set PGPASSWORD in the service's environment"))
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        let mode = url.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        guard ["disable", "prefer", "require"].contains(mode) else {
            return .failure(.init("sslmode must be disable, prefer or require, not '\(mode)'"))
        }
        return .success(PostgresLocation(
            host: host, port: url.port ?? 5432, user: url.user ?? "postgres",
            password: url.password?.removingPercentEncoding ?? environment["PGPASSWORD"],
            database: database.isEmpty ? (url.user ?? "postgres") : database, sslMode: mode
        ))
    }

    /// The URL without its password, for logs and messages.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// `text` with any password replaced by `***`.
    public static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? "postgres://***"
    }

    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS = switch sslMode {
        case "disable": .disable
        case "require": .require(.makeClientConfiguration())
        default: .prefer(.makeClientConfiguration())
        }
        return PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
    }
}

/// Why a store URL cannot be used.
public struct PostgresLocationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
