import DeskbookIntake
import DeskbookServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The contract registry after submission: an unknown or expired customer id is a 422 finding, on a real store.
@Suite struct ContractTests {
    static func application(_ fixture: IntakeAPITests.Fixture) throws -> some ApplicationProtocol {
        let registry = try ContractRegistry.parse("id,valid_until\nW-58213,2026-03-31\nW-10001,2025-12-31\n", path: "contracts.csv", field: "workspace_id").get()
        let router = Router()
        let checker = IntakeChecker(rules: fixture.rules)
        IntakeAPI(
            checker: { .ready(checker) }, search: { nil }, store: fixture.store, contracts: registry,
            policy: APIPolicy(submissionsPerMinute: 600, submissionBurst: 100), now: { IntakeAPITests.now }
        ).register(on: router)
        return Application(router: router)
    }

    static func request(workspace: String) -> String {
        IntakeAPITests.ready.replacingOccurrences(of: "\"W-58213\"", with: "\"\(workspace)\"")
    }

    @Test func aValidContractIsAccepted() async throws {
        let fixture = try IntakeAPITests.Fixture()
        try await Self.application(fixture).test(.router) { client async throws in
            #expect(try await IntakeAPITests.post(client, Self.request(workspace: "W-58213")).status == .created)
        }
    }

    @Test func anUnknownOrExpiredContractIsAFindingAfterSubmission() async throws {
        let fixture = try IntakeAPITests.Fixture()
        try await Self.application(fixture).test(.router) { client async throws in
            let unknown = try await IntakeAPITests.post(client, Self.request(workspace: "W-77777"))
            #expect(unknown.status == .unprocessableContent)
            let unknownFinding = try #require((unknown.json["findings"] as? [[String: Any]])?.first { $0["code"] as? String == "contract.unknown" })
            #expect(unknownFinding["field"] as? String == "workspace_id")
            let expired = try await IntakeAPITests.post(client, Self.request(workspace: "W-10001"), headers: [.contentLanguage: "ru"])
            #expect(expired.status == .unprocessableContent)
            let expiredFinding = try #require((expired.json["findings"] as? [[String: Any]])?.first { $0["code"] as? String == "contract.expired" })
            #expect(expiredFinding["message"] as? String == "Срок вашего договора на поддержку истёк 2025-12-31. Обратитесь к своему менеджеру, чтобы продлить его.")
        }
        #expect(try await fixture.store.requests(failedOnly: false, limit: 10).isEmpty)
    }
}
