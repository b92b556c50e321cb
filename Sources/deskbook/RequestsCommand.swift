import ArgumentParser
import DeskbookIntake
import DeskbookServer
import DeskbookTickets
import Foundation

/// `deskbook requests`: what the intake service stored and how its deliveries stand.
struct RequestsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests",
        abstract: "List, show and retry the requests the intake service stored.",
        discussion: """
            `list` (the default) shows the newest requests and their deliveries; `show TICKET` one request with \
            its fields; `retry TICKET` sends its dead letters again (the running service picks them up). \
            Exits 1 when the ticket is unknown, 2 when there is no store.
            """
    )

    enum Action: String, ExpressibleByArgument, CaseIterable {
        case list, show, retry
    }

    @Argument(help: "list, show or retry.")
    var action: Action = .list

    @Argument(help: "The ticket number (or its sequence number) for show and retry.")
    var ticket: String?

    @Option(help: "The site folder whose store is read.")
    var source = "."

    @Option(help: "The request store, a SQLite file or a postgres:// URL (default: $DESKBOOK_STORE_URL, intake.yml store, or <source>/.deskbook/intake.sqlite).")
    var store: String?

    @Flag(help: "List only requests with a delivery that failed for good (a dead letter).")
    var failed = false

    @Option(help: "How many requests to list.")
    var limit = 50

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        switch action {
        case .list:
            if ticket != nil { throw ValidationError("list takes no ticket; use show \(ticket ?? "")") }
        case .show, .retry:
            if ticket == nil { throw ValidationError("\(action.rawValue) needs a ticket number") }
            if failed { throw ValidationError("--failed works with list only") }
        }
        guard (1...100_000).contains(limit) else { throw ValidationError("--limit must be from 1 to 100000, not \(limit)") }
    }

    func run() async throws {
        let store = try await Self.openStore(option: self.store, source: source)
        switch action {
        case .list:
            let requests = try await store.requests(failedOnly: failed, limit: limit)
            if json {
                print(Self.json(requests))
            } else if requests.isEmpty {
                print(failed ? "No failed requests." : "No requests.")
            } else {
                requests.forEach { print(Self.line($0)) }
            }
        case .show:
            guard let detail = try await store.request(ticket: ticket ?? "") else { return try unknown() }
            if json {
                let fields = (try? JSONSerialization.jsonObject(with: detail.payload)) ?? [:]
                let summary = (try? JSONSerialization.jsonObject(with: Data(Self.json(detail.summary).utf8))) as? [String: Any] ?? [:]
                let attachments = (try? JSONSerialization.jsonObject(with: Data(Self.json(detail.attachments).utf8))) ?? []
                let object = summary.merging(["request": fields, "attachments": attachments]) { first, _ in first }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self))
            } else {
                print(Self.line(detail.summary))
                for attachment in detail.attachments {
                    print("attachment: \(attachment.field): \(attachment.name) (\(attachment.mediaType), \(attachment.size) bytes)")
                }
                let pretty = (try? JSONSerialization.jsonObject(with: detail.payload))
                    .flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) }
                print(String(decoding: pretty ?? detail.payload, as: UTF8.self))
            }
        case .retry:
            guard let count = try await store.retry(ticket: ticket ?? "", at: Date()) else { return try unknown() }
            print(count == 0 ? "\(ticket ?? ""): nothing to retry (no dead letters)" : "\(ticket ?? ""): \(count) delivery(ies) queued again")
        }
    }

    /// The store `deskbook serve --production` would use; exit 2 when there is none.
    static func openStore(option: String?, source: String) async throws -> any TicketStore {
        let environment = ProcessInfo.processInfo.environment
        let location = StoreLocation.choose(option: option, environment: environment, rules: IntakeRules.load(from: source).rules, source: source)
        if !StoreLocation.isPostgres(location), !FileManager.default.fileExists(atPath: location) {
            Console.error("error: no request store at \(location); the intake service creates it (deskbook serve --production)")
            throw ExitCode(2)
        }
        do {
            return try await StoreLocation.open(location, environment: environment)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(2)
        }
    }

    private func unknown() throws {
        Console.error("error: no request with ticket \(ticket ?? "")")
        throw ExitCode(1)
    }

    /// `TICKET  received  department  destination: state (attempts) ...`
    private static func line(_ request: RequestSummary) -> String {
        let received = ISO8601DateFormatter().string(from: request.receivedAt)
        let deliveries = request.deliveries.map { delivery in
            var text = "\(delivery.destination): \(delivery.state.rawValue) (\(delivery.attempts) attempt\(delivery.attempts == 1 ? "" : "s"))"
            if delivery.state != .delivered, let error = delivery.lastError { text += " last error: \(error)" }
            return text
        }
        return ([request.ticket, received, request.department ?? "-"] + (deliveries.isEmpty ? ["no destinations"] : deliveries)).joined(separator: "  ")
    }

    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
