import DeskbookIntake
import DeskbookServer
import DeskbookTickets
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// Follow-ups (a subject carrying a stored ticket's number) and duplicates (the same requester sending a
/// near-identical request within the window), through `POST /api/requests` on a real SQLite store.
@Suite struct FollowUpAndDuplicateTests {
    final class Clock: Sendable {
        let now = Mutex(IntakeAPITests.now)
        func advance(hours: Double) { now.withLock { $0 += hours * 3600 } }
    }

    static func application(_ fixture: IntakeAPITests.Fixture, clock: Clock) -> some ApplicationProtocol {
        let router = Router()
        let checker = IntakeChecker(rules: fixture.rules)
        IntakeAPI(
            checker: { .ready(checker) }, search: { nil }, store: fixture.store,
            policy: APIPolicy(submissionsPerMinute: 600, submissionBurst: 100), now: { clock.now.withLock { $0 } }
        ).register(on: router)
        return Application(router: router)
    }

    static func request(subject: String = "Export to CSV skips archived tasks", description: String? = nil, email: String = "anna@example.com") -> String {
        var object = try! JSONSerialization.jsonObject(with: Data(IntakeAPITests.ready.utf8)) as! [String: Any]
        object["subject"] = subject
        object["email"] = email
        if let description { object["description"] = description }
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static let format = "\nticket: {format: 'OT-{year}-{seq:6}'}\n"

    @Test func aSubjectWithAStoredTicketNumberIsAFollowUpOfIt() async throws {
        let fixture = try IntakeAPITests.Fixture(extra: Self.format)
        try await Self.application(fixture, clock: Clock()).test(.router) { client async throws in
            let first = try await IntakeAPITests.post(client, Self.request())
            #expect(first.json["ticket"] as? String == "OT-2026-000001")
            let followUp = try await IntakeAPITests.post(client, Self.request(
                subject: "Re: OT-2026-000001 export to CSV still skips tasks", description: "Still missing after the update to 3.2.2. What else can I try?"
            ))
            #expect(followUp.status == .created)
            #expect(followUp.json["ticket"] as? String == "OT-2026-000002")
            #expect(followUp.json["follow_up_of"] as? String == "OT-2026-000001")
            let unknown = try await IntakeAPITests.post(client, Self.request(
                subject: "About OT-2026-000099: the export to CSV", description: "Another question about exporting projects with archived tasks."
            ))
            #expect(unknown.status == .created && unknown.json["follow_up_of"] == nil, "an unknown number is not a follow-up")
        }
        let stored = try #require(try await fixture.store.request(ticket: "OT-2026-000002"))
        let payload = try #require(try JSONSerialization.jsonObject(with: stored.payload) as? [String: Any])
        #expect(payload["follow_up_of"] as? String == "OT-2026-000001", "forwarded with the earlier ticket's number")
    }

    @Test func aNearIdenticalRequestWithinTheWindowIsADuplicate() async throws {
        let fixture = try IntakeAPITests.Fixture(extra: Self.format + "duplicates: {window_hours: 24}\n")
        let clock = Clock()
        try await Self.application(fixture, clock: clock).test(.router) { client async throws in
            #expect(try await IntakeAPITests.post(client, Self.request()).status == .created)
            clock.advance(hours: 1)
            // Re-sent with different case and punctuation, and a word changed.
            let again = try await IntakeAPITests.post(client, Self.request(
                subject: "export to csv skips archived tasks!",
                description: "The export to CSV leaves out the archived tasks. Can it include them?"
            ), headers: [.contentLanguage: "ru"])
            #expect(again.status == .unprocessableContent)
            let findings = try #require(again.json["findings"] as? [[String: Any]])
            let duplicate = try #require(findings.first { $0["code"] as? String == "request.duplicate" })
            #expect(duplicate["severity"] as? String == "error")
            #expect(duplicate["message"] as? String == "Вы недавно отправили такое же обращение, его номер OT-2026-000001. Напишите о нём в том обращении.")
            // Someone else, or a different question, or the same one after the window: not duplicates.
            #expect(try await IntakeAPITests.post(client, Self.request(email: "boris@example.com")).status == .created)
            #expect(try await IntakeAPITests.post(client, Self.request(
                subject: "Invoice shows the wrong currency", description: "The March invoice for our workspace is in dollars, but we pay in euros."
            )).status == .created)
            clock.advance(hours: 24)
            #expect(try await IntakeAPITests.post(client, Self.request()).status == .created)
        }
    }

    @Test func aRetryUnderTheSameKeyIsReplayedNotADuplicate() async throws {
        let fixture = try IntakeAPITests.Fixture(extra: Self.format + "duplicates: {window_hours: 24}\n")
        try await Self.application(fixture, clock: Clock()).test(.router) { client async throws in
            let body = Self.request()
            let first = try await IntakeAPITests.post(client, body, headers: [.init("Idempotency-Key")!: "k-1"])
            let retried = try await IntakeAPITests.post(client, body, headers: [.init("Idempotency-Key")!: "k-1"])
            #expect(retried.status == .created && retried.body == first.body, "\(retried.status) \(retried.body)")
        }
    }

    @Test func asAWarningADuplicateIsStoredWithIt() async throws {
        let fixture = try IntakeAPITests.Fixture(extra: Self.format + "duplicates: {window_hours: 24}\nseverities: {request.duplicate: warning}\n")
        try await Self.application(fixture, clock: Clock()).test(.router) { client async throws in
            #expect(try await IntakeAPITests.post(client, Self.request()).status == .created)
            #expect(try await IntakeAPITests.post(client, Self.request()).status == .created)
        }
        let stored = try #require(try await fixture.store.request(ticket: "OT-2026-000002"))
        #expect(String(decoding: stored.payload, as: UTF8.self).contains("\"code\":\"request.duplicate\""))
    }

    @Test func similarityTellsARepeatFromAnotherQuestion() {
        #expect(NearDuplicate.similarity("Export to CSV skips archived tasks", "export to csv: skips archived tasks!") == 1)
        #expect(NearDuplicate.similarity("Export to CSV skips archived tasks", "Export to CSV skips the archived tasks") > 0.9)
        #expect(NearDuplicate.similarity("Export to CSV skips archived tasks", "Invoice shows the wrong currency") < 0.3)
    }

    @Test func ticketNumbersAreFoundInText() throws {
        let format = try TicketFormat.parse("OT-{year}-{seq:6}").get()
        #expect(format.numbers(in: "Re: [OT-2026-000042] and OT-2025-1234567, not XOT-2026-000001 or OT-2026-12") == ["OT-2026-000042", "OT-2025-1234567"])
    }
}
