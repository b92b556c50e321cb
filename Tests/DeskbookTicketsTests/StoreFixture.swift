import DeskbookIntake
import DeskbookTickets
import DeskbookTicketsPostgres
import Foundation
import Testing

/// The two kinds of store every store test runs against.
enum StoreKind: String, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// SQLite always; PostgreSQL when a server is at hand (see `TestPostgres`).
    static var available: [StoreKind] {
        TestPostgres.url == nil ? [.sqlite] : [.sqlite, .postgres]
    }
}

/// A fresh, empty store of one kind: a SQLite file in a new temporary folder, or a new schema in the test
/// PostgreSQL database. Each `open()` is another connection to the same store, as another process would have.
struct StoreFixture {
    let kind: StoreKind
    let folder: URL
    let schema: String
    var path: String { folder.appendingPathComponent("intake.sqlite").path }

    init(_ kind: StoreKind = .sqlite) {
        self.kind = kind
        let unique = UUID().uuidString.lowercased()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("deskbook-store-\(unique)")
        schema = "test_" + unique.replacingOccurrences(of: "-", with: "")
    }

    func open() async throws -> any TicketStore {
        switch kind {
        case .sqlite:
            return try SQLiteTicketStore(path: path)
        case .postgres:
            let url = try #require(TestPostgres.url)
            let location = try PostgresLocation.read(url, environment: [:]).get()
            return try await PostgresTicketStore.connect(location, schema: schema, timeout: TestPostgres.connectTimeout)
        }
    }

    /// Removes the SQLite folder; a PostgreSQL schema stays in the throwaway test cluster.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    static let format = try! TicketFormat.parse("T-{seq:4}").get()

    static func submission(_ text: String = "hello", key: String? = nil, destinations: [String] = ["webhook"], attachments: [DeskbookTickets.Attachment] = []) -> Submission {
        Submission(
            receivedAt: Date(timeIntervalSince1970: 1_780_000_000), language: "en", department: "support",
            payload: Data("{\"fields\":{\"subject\":\"\(text)\"}}".utf8), attachments: attachments,
            destinations: destinations, idempotencyKey: key, fingerprint: Fingerprint.of(Data(text.utf8))
        )
    }

    /// Accepts a submission and returns its ticket (or the replayed answer's text).
    static func accept(_ store: any TicketStore, _ submission: Submission) async throws -> String {
        switch try await store.accept(submission, format: format, answer: { Data("{\"ticket\":\"\($0)\"}".utf8) }) {
        case .accepted(let ticket, _): return ticket
        case .replayed(let answer): return "replayed " + String(decoding: answer, as: UTF8.self)
        case .keyReused: return "key reused"
        }
    }
}
