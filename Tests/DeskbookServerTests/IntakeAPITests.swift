import DeskbookIntake
import DeskbookServer
import DeskbookTickets
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /api/requests` and the rest of the intake API on a real SQLite store, through HummingbirdTesting.
@Suite struct IntakeAPITests {
    static let ready = CheckEndpointTests.ready
    /// 2026-01-16 17:00 in Moscow, the time the check endpoint's tests use.
    static let now = Date(timeIntervalSince1970: 1_768_572_000)

    final class Fixture: @unchecked Sendable {
        let folder = NSTemporaryDirectory() + "deskbook-api-test-" + UUID().uuidString
        let store: SQLiteTicketStore
        let rules: IntakeRules

        init(extra: String = "") throws {
            store = try SQLiteTicketStore(path: folder + "/intake.sqlite")
            let text = try String(contentsOfFile: TestSite.repositoryRoot + "/intake.yml", encoding: .utf8)
            let parsed = IntakeRules.parse(yaml: text + extra, path: "intake.yml")
            rules = try #require(parsed.rules, "\(parsed.diagnostics)")
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func application(policy: APIPolicy = APIPolicy(submissionsPerMinute: 600, submissionBurst: 100)) -> some ApplicationProtocol {
            let router = Router()
            let checker = IntakeChecker(rules: rules)
            IntakeAPI(checker: { .ready(checker) }, search: { nil }, store: store, policy: policy, now: { IntakeAPITests.now }).register(on: router)
            return Application(router: router)
        }
    }

    struct Answer {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    }

    static func post(_ client: some TestClientProtocol, _ body: String, contentType: String = "application/json", headers extra: HTTPFields = [:], uri: String = "/api/requests") async throws -> Answer {
        var headers = extra
        headers[.contentType] = contentType
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            Answer(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    @Test func aReadyRequestIsStoredAndGetsATicket() async throws {
        let fixture = try Fixture(extra: "\nticket: {format: 'OT-{year}-{seq:6}'}\n")
        try await fixture.application().test(.router) { client async throws in
            let answer = try await Self.post(client, Self.ready)
            #expect(answer.status == .created)
            #expect(answer.json["ticket"] as? String == "OT-2026-000001")
            #expect((answer.json["expected_response"] as? [String: Any])?["first_response_by"] != nil)
            #expect(answer.headers[.setCookie] == nil)
        }
        let stored = try #require(try await fixture.store.request(ticket: "OT-2026-000001"))
        #expect(String(decoding: stored.payload, as: UTF8.self).contains("Export to CSV skips archived tasks"))
    }

    @Test func aRequestThatIsNotReadyGets422WithFindings() async throws {
        let fixture = try Fixture()
        try await fixture.application().test(.router) { client async throws in
            let answer = try await Self.post(client, #"{"subject": "Help"}"#)
            #expect(answer.status == .unprocessableContent)
            #expect(answer.json["ready"] as? Bool == false)
            #expect(answer.json["error"] as? String == "not_ready")
            let findings = try #require(answer.json["findings"] as? [[String: Any]])
            #expect(findings.contains { $0["code"] as? String == "field.required" })
        }
        #expect(try await fixture.store.requests(failedOnly: false, limit: 10).isEmpty)
    }

    @Test(arguments: [
        (#"{"subject": "a", "subject": "b"}"#, "application/json", HTTPResponse.Status.badRequest, "malformed_json"),
        (#"{"subject": "#, "application/json", .badRequest, "malformed_json"),
        (#"["subject"]"#, "application/json", .badRequest, "malformed_json"),
        ("subject: Help", "application/json", .badRequest, "malformed_json"),
        (#"{"subject": "Help"}"#, "text/plain", .unsupportedMediaType, "unsupported_media_type"),
        (#"{"subject": "Help"}"#, "application/yaml", .unsupportedMediaType, "unsupported_media_type"),
        ("--x\r\nContent-Disposition: form-data; name=\"request\"\r\n\r\n{}", "multipart/form-data; boundary=x", .badRequest, "malformed_multipart"),
    ])
    func badRequestsGetAClear4xx(body: String, contentType: String, status: HTTPResponse.Status, error: String) async throws {
        let fixture = try Fixture()
        try await fixture.application().test(.router) { client async throws in
            let answer = try await Self.post(client, body, contentType: contentType)
            #expect(answer.status == status)
            #expect(answer.json["error"] as? String == error)
            #expect((answer.json["message"] as? String)?.isEmpty == false)
        }
    }

    @Test func aBodyOverTheLimitGets413() async throws {
        let fixture = try Fixture()
        try await fixture.application().test(.router) { client async throws in
            let big = #"{"description": ""# + String(repeating: "x", count: 70_000) + #""}"#
            let answer = try await Self.post(client, big)
            #expect(answer.status == .contentTooLarge)
            #expect(answer.json["error"] as? String == "too_large")
        }
    }

    @Test func theSameIdempotencyKeyGetsTheFirstAnswer() async throws {
        let fixture = try Fixture()
        try await fixture.application().test(.router) { client async throws in
            let key: HTTPFields = [HTTPField.Name("Idempotency-Key")!: "form-123"]
            let first = try await Self.post(client, Self.ready, headers: key)
            let again = try await Self.post(client, Self.ready, headers: key)
            #expect(first.status == .created && again.status == .created)
            #expect(again.body == first.body)
            #expect(again.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            let other = try await Self.post(client, Self.ready.replacingOccurrences(of: "Anna", with: "Boris"), headers: key)
            #expect(other.status == .conflict)
            let bad = try await Self.post(client, Self.ready, headers: [HTTPField.Name("Idempotency-Key")!: String(repeating: "k", count: 300)])
            #expect(bad.status == .badRequest)
        }
        #expect(try await fixture.store.requests(failedOnly: false, limit: 10).count == 1)
    }

    @Test func tooManySubmissionsFromOneAddressGet429WithRetryAfter() async throws {
        let fixture = try Fixture()
        try await fixture.application(policy: APIPolicy(submissionsPerMinute: 1, submissionBurst: 2)).test(.router) { client async throws in
            #expect(try await Self.post(client, Self.ready).status == .created)
            #expect(try await Self.post(client, Self.ready).status == .created)
            let refused = try await Self.post(client, Self.ready)
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 >= 1)
            #expect(refused.json["error"] as? String == "rate_limited")
        }
    }

    @Test func aFilledHoneypotIsRefused() async throws {
        let fixture = try Fixture()
        try await fixture.application().test(.router) { client async throws in
            let bait = Self.ready.replacingOccurrences(of: "{", with: #"{"deskbook_website": "http://spam.example", "#)
            #expect(try await Self.post(client, bait).status == .badRequest)
            let empty = Self.ready.replacingOccurrences(of: "{", with: #"{"deskbook_website": "", "#)
            #expect(try await Self.post(client, empty).status == .created)
        }
    }

    /// As the request form sends it with files: the JSON in `request`, each file under its field's id.
    static func multipart(_ parts: [(name: String, file: String?, content: String)]) -> String {
        parts.map { part in
            let disposition = "Content-Disposition: form-data; name=\"\(part.name)\"" + (part.file.map { "; filename=\"\($0)\"" } ?? "")
            let type = part.file == nil || part.name == "request" ? "application/json" : "application/octet-stream"
            return "--BOUNDARY\r\n\(disposition)\r\nContent-Type: \(type)\r\n\r\n\(part.content)\r\n"
        }.joined() + "--BOUNDARY--\r\n"
    }

    @Test func multipartAttachmentsAreStoredWithSanitizedNames() async throws {
        let fixture = try Fixture()
        let type = "multipart/form-data; boundary=BOUNDARY"
        try await fixture.application().test(.router) { client async throws in
            let body = Self.multipart([("request", "request.json", Self.ready), ("logs", "../../app.log", "line 1\nline 2\n")])
            let answer = try await Self.post(client, body, contentType: type)
            #expect(answer.status == .created, "\(answer.body)")
            let unknown = try await Self.post(client, Self.multipart([("request", "request.json", Self.ready), ("subject", nil, "x")]), contentType: type)
            #expect(unknown.status == .badRequest)
            let wrongType = try await Self.post(client, Self.multipart([("request", "request.json", Self.ready), ("logs", "virus.exe", "MZ")]), contentType: type)
            #expect(wrongType.status == .unprocessableContent)
        }
        let ticket = try #require(try await fixture.store.requests(failedOnly: false, limit: 1).first?.ticket)
        let stored = try #require(try await fixture.store.request(ticket: ticket))
        #expect(stored.attachments == [AttachmentInfo(field: "logs", name: "app.log", mediaType: "application/octet-stream", size: 14)])
    }

    @Test func tooManyAttachmentsGet413() async throws {
        let fixture = try Fixture()
        try await fixture.application().test(.router) { client async throws in
            let files = (1...6).map { (name: "logs", file: Optional("f\($0).log"), content: "x") }
            let answer = try await Self.post(client, Self.multipart([("request", "request.json", Self.ready)] + files), contentType: "multipart/form-data; boundary=BOUNDARY")
            #expect(answer.status == .contentTooLarge)
        }
    }

    @Test func searchParametersAreBounded() async throws {
        let fixture = try Fixture()
        try await fixture.application().test(.router) { client async throws in
            for (query, status) in [("", HTTPResponse.Status.badRequest), ("?q=", .badRequest), ("?q=x&limit=0", .badRequest), ("?q=x&limit=abc", .badRequest),
                                    ("?q=" + String(repeating: "a", count: 201), .badRequest), ("?q=refund", .serviceUnavailable)] {
                let status2 = try await client.execute(uri: "/api/search" + query, method: .get) { $0.status }
                #expect(status2 == status, "\(query)")
            }
        }
    }

    @Test func openAPIHealthAndMetrics() async throws {
        let fixture = try Fixture()
        try await fixture.application().test(.router) { client async throws in
            let document = try await client.execute(uri: "/api/openapi.json", method: .get) { String(buffer: $0.body) }
            let paths = try #require((try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])?["paths"] as? [String: Any])
            #expect(Set(paths.keys) == ["/api/check", "/api/requests", "/api/events", "/api/search", "/api/openapi.json", "/healthz", "/metrics"])
            #expect(try await client.execute(uri: "/healthz", method: .get) { $0.status } == .ok)
            _ = try await Self.post(client, Self.ready)
            let metrics = try await client.execute(uri: "/metrics", method: .get) { String(buffer: $0.body) }
            #expect(metrics.contains("deskbook_tickets_created_total 1"))
            #expect(metrics.contains(#"deskbook_http_requests_total{route="requests",status="201"} 1"#))
        }
    }

    @Test func corsOnlyForConfiguredOrigins() async throws {
        let fixture = try Fixture()
        try await fixture.application(policy: APIPolicy(allowedOrigins: ["https://help.example.com"])).test(.router) { client async throws in
            let allowed = try await client.execute(uri: "/api/requests", method: .options, headers: [.origin: "https://help.example.com"]) { $0 }
            #expect(allowed.status == .noContent && allowed.headers[.accessControlAllowOrigin] == "https://help.example.com")
            let other = try await client.execute(uri: "/api/requests", method: .options, headers: [.origin: "https://evil.example"]) { $0 }
            #expect(other.status == .forbidden && other.headers[.accessControlAllowOrigin] == nil)
            let posted = try await Self.post(client, Self.ready, headers: [.origin: "https://evil.example"])
            #expect(posted.headers[.accessControlAllowOrigin] == nil)
        }
    }
}
