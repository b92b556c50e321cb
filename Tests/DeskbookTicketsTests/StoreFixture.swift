import DeskbookIntake
import DeskbookTickets
import Foundation

/// A SQLite store in a fresh temporary folder, and submissions to put in it.
struct StoreFixture {
    let folder: URL
    var path: String { folder.appendingPathComponent("intake.sqlite").path }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("deskbook-store-\(UUID().uuidString)")
    }

    func open() throws -> SQLiteTicketStore {
        try SQLiteTicketStore(path: path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    static let format = try! TicketFormat.parse("T-{seq:4}").get()

    static func submission(_ text: String = "hello", key: String? = nil, destinations: [String] = ["webhook"], attachments: [Attachment] = []) -> Submission {
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
