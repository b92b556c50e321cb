import DeskbookIntake
import DeskbookTickets
import DeskbookTicketsPostgres
import Foundation

/// Which ticket store the service and `deskbook requests` use: `--store`, else the environment's
/// `DESKBOOK_STORE_URL`, else intake.yml `store:`, else the SQLite file in the site's `.deskbook` folder.
/// A `postgres://` value selects PostgreSQL; anything else is a SQLite file path.
public enum StoreLocation {
    public static let environmentVariable = "DESKBOOK_STORE_URL"

    /// The chosen store as written (a path or a URL, possibly with a password).
    public static func choose(option: String?, environment: [String: String], rules: IntakeRules?, source: String) -> String {
        if let option, !option.isEmpty { return option }
        if let url = environment[environmentVariable], !url.isEmpty { return url }
        return rules?.service.store ?? SQLiteTicketStore.defaultPath(source: source)
    }

    /// Whether `location` is a PostgreSQL URL.
    public static func isPostgres(_ location: String) -> Bool {
        PostgresLocation.isPostgres(location)
    }

    /// `location` as it may be shown: a URL without its password.
    public static func display(_ location: String) -> String {
        PostgresLocation.redacted(location)
    }

    /// Why a store cannot be opened.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Opens the store at `location`, creating its tables when they are missing.
    public static func open(_ location: String, environment: [String: String]) async throws -> any TicketStore {
        guard isPostgres(location) else {
            do {
                return try SQLiteTicketStore(path: location)
            } catch {
                throw Failure(description: "cannot open the store \(location): \(error)")
            }
        }
        let parsed: PostgresLocation
        switch PostgresLocation.read(location, environment: environment) {
        case .success(let read): parsed = read
        case .failure(let problem): throw Failure(description: "store: \(problem)")
        }
        do {
            return try await PostgresTicketStore.connect(parsed)
        } catch {
            throw Failure(description: "cannot open the PostgreSQL store \(parsed.description): \(String(reflecting: error))")
        }
    }
}
