import DeskbookTickets
import Foundation
import Testing

/// Both stores keep self-service events and give back those of a period, and the request facts the report uses.
@Suite struct EventStoreTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    @Test(arguments: StoreKind.available) func eventsComeBackByPeriodWithEveryField(_ kind: StoreKind) async throws {
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let events = [
            SelfServiceEvent(kind: .search, at: Self.start.addingTimeInterval(-1), language: "en", query: "too early", results: 0),
            SelfServiceEvent(kind: .search, at: Self.start, language: "en", query: "refund", results: 0),
            SelfServiceEvent(kind: .answered, at: Self.start.addingTimeInterval(10), language: "ru", article: "/ru/a/"),
            SelfServiceEvent(
                kind: .vote, at: Self.start.addingTimeInterval(20), language: "en", article: "/en/b/", helpful: false,
                reason: .outdated, comment: "the screens changed"
            ),
            SelfServiceEvent(kind: .vote, at: Self.start.addingTimeInterval(100), language: "en", article: "/en/b/", helpful: true),
        ]
        for event in events { try await store.record(event) }
        let read = try await store.events(from: Self.start, to: Self.start.addingTimeInterval(100))
        #expect(read == Array(events[1...3]))
    }

    @Test(arguments: StoreKind.available) func requestFactsGiveLanguageAndDepartmentByPeriod(_ kind: StoreKind) async throws {
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        _ = try await StoreFixture.accept(store, StoreFixture.submission("a"))
        var later = StoreFixture.submission("b")
        later.receivedAt = later.receivedAt.addingTimeInterval(3600)
        later.department = nil
        later.language = "ru"
        _ = try await StoreFixture.accept(store, later)
        let received = StoreFixture.submission().receivedAt
        #expect(try await store.requestFacts(from: received, to: received.addingTimeInterval(7200)) == [
            RequestFact(receivedAt: received, language: "en", department: "support"),
            RequestFact(receivedAt: received.addingTimeInterval(3600), language: "ru", department: nil),
        ])
        #expect(try await store.requestFacts(from: received.addingTimeInterval(1), to: received.addingTimeInterval(3600)).isEmpty)
    }
}
