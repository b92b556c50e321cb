import DeskbookServer
import DeskbookTickets
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /api/events` through HummingbirdTesting, on a real SQLite store.
@Suite struct EventRouteTests {
    static let vote = #"{"type":"vote","lang":"en","article":"/en/sync/","helpful":false,"reason":"unclear","comment":"which menu?"}"#

    static func stored(_ fixture: IntakeAPITests.Fixture) async throws -> [SelfServiceEvent] {
        try await fixture.store.events(from: .distantPast, to: .distantFuture)
    }

    @Test(arguments: ["application/json", "text/plain;charset=UTF-8", "Application/JSON; charset=utf-8"])
    func anEventIsKeptAndAnswered202(_ contentType: String) async throws {
        let fixture = try IntakeAPITests.Fixture()
        try await fixture.application().test(.router) { client async throws in
            let answer = try await IntakeAPITests.post(client, Self.vote, contentType: contentType, uri: "/api/events")
            #expect(answer.status == .accepted)
            #expect(answer.body == "{\"accepted\":true}\n")
            #expect(answer.headers[.setCookie] == nil)
        }
        #expect(try await Self.stored(fixture) == [SelfServiceEvent(
            kind: .vote, at: IntakeAPITests.now, language: "en", article: "/en/sync/", helpful: false, reason: .unclear, comment: "which menu?"
        )])
    }

    @Test(arguments: [
        ("not json", "bad_event"),
        (#"{"type":"vote","type":"search"}"#, "bad_event"),
        (#"{"type":"clicked","lang":"en","article":"/en/x/"}"#, "bad_event"),
        (#"{"type":"search","lang":"en","query":"x"}"#, "bad_event"),
    ])
    func aBadEventGets400AndIsNotKept(_ body: String, _ code: String) async throws {
        let fixture = try IntakeAPITests.Fixture()
        try await fixture.application().test(.router) { client async throws in
            let answer = try await IntakeAPITests.post(client, body, uri: "/api/events")
            #expect(answer.status == .badRequest)
            #expect(answer.json["error"] as? String == code)
            #expect(answer.json["message"] is String)
        }
        #expect(try await Self.stored(fixture).isEmpty)
    }

    @Test func anOversizeEventGets413AndIsNotKept() async throws {
        let fixture = try IntakeAPITests.Fixture()
        let padded = #"{"type":"answered","lang":"en","article":"/en/x/","pad":""# + String(repeating: "x", count: 5000) + #""}"#
        try await fixture.application().test(.router) { client async throws in
            let answer = try await IntakeAPITests.post(client, padded, uri: "/api/events")
            #expect(answer.status == .contentTooLarge)
            #expect(answer.json["error"] as? String == "too_large")
        }
        #expect(try await Self.stored(fixture).isEmpty)
    }

    @Test(arguments: ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html", ""])
    func anotherContentTypeGets415(_ contentType: String) async throws {
        let fixture = try IntakeAPITests.Fixture()
        try await fixture.application().test(.router) { client async throws in
            let answer = try await IntakeAPITests.post(client, Self.vote, contentType: contentType, uri: "/api/events")
            #expect(answer.status == .unsupportedMediaType)
            #expect(answer.json["error"] as? String == "unsupported_media_type")
        }
        #expect(try await Self.stored(fixture).isEmpty)
    }

    @Test func eventsHaveAPerAddressBucketOfTheirOwn() async throws {
        let fixture = try IntakeAPITests.Fixture()
        let policy = APIPolicy(submissionsPerMinute: 600, submissionBurst: 100, eventsPerMinute: 1, eventBurst: 2)
        try await fixture.application(policy: policy).test(.router) { client async throws in
            for _ in 0..<2 {
                #expect(try await IntakeAPITests.post(client, Self.vote, uri: "/api/events").status == .accepted)
            }
            let refused = try await IntakeAPITests.post(client, Self.vote, uri: "/api/events")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] != nil)
            // Checks draw on another bucket.
            #expect(try await IntakeAPITests.post(client, IntakeAPITests.ready, uri: "/api/requests").status == .created)
        }
        #expect(try await Self.stored(fixture).count == 2)
    }

    @Test func eventsAreCountedByTypeInTheMetricsAndDescribedInTheOpenAPIDocument() async throws {
        let fixture = try IntakeAPITests.Fixture()
        try await fixture.application().test(.router) { client async throws in
            _ = try await IntakeAPITests.post(client, #"{"type":"search","lang":"en","query":"refund","results":0}"#, uri: "/api/events")
            _ = try await IntakeAPITests.post(client, Self.vote, contentType: "text/plain", uri: "/api/events")
            let metrics = try await client.execute(uri: "/metrics", method: .get) { String(buffer: $0.body) }
            #expect(metrics.contains(#"deskbook_events_total{type="search"} 1"#))
            #expect(metrics.contains(#"deskbook_events_total{type="vote"} 1"#))
            #expect(metrics.contains(#"deskbook_http_requests_total{route="events",status="202"} 2"#))
            let document = try await client.execute(uri: "/api/openapi.json", method: .get) { Data(buffer: $0.body) }
            let paths = try #require((try JSONSerialization.jsonObject(with: document) as? [String: Any])?["paths"] as? [String: Any])
            let post = try #require((paths["/api/events"] as? [String: Any])?["post"] as? [String: Any])
            #expect((post["responses"] as? [String: Any])?.keys.sorted() == ["202", "400", "413", "415", "429", "503"])
        }
    }
}
