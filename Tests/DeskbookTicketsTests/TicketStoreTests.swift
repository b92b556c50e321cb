import DeskbookIntake
import DeskbookTickets
import Foundation
import Testing

/// Both stores, SQLite on a real file and PostgreSQL on a real server: numbering, idempotency, the outbox's
/// states, and durability.
@Suite struct TicketStoreTests {
    @Test(arguments: StoreKind.available) func ticketsAreNumberedFromTheSequence(_ kind: StoreKind) async throws {
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        #expect(try await StoreFixture.accept(store, StoreFixture.submission("a")) == "T-0001")
        #expect(try await StoreFixture.accept(store, StoreFixture.submission("b")) == "T-0002")
        let listed = try await store.requests(failedOnly: false, limit: 10)
        #expect(listed.map(\.ticket) == ["T-0002", "T-0001"])
        #expect(listed[0].deliveries == [DeliveryStatus(destination: "webhook", state: .pending, attempts: 0, nextAttempt: Date(timeIntervalSince1970: 1_780_000_000), lastError: nil)])
    }

    /// Many concurrent submissions, through two connections to the same file as two processes would have.
    @Test(arguments: StoreKind.available) func concurrentSubmissionsGetDistinctNumbers(_ kind: StoreKind) async throws {
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let stores = [try await fixture.open(), try await fixture.open()]
        let tickets = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<200 {
                group.addTask { try await StoreFixture.accept(stores[index % 2], StoreFixture.submission("r\(index)")) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(tickets).count == 200)
        #expect(Set(tickets) == Set((1...200).map { String(format: "T-%04d", $0) }))
    }

    @Test(arguments: StoreKind.available) func anIdempotencyKeyReturnsTheFirstAnswer(_ kind: StoreKind) async throws {
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        let first = StoreFixture.submission("same", key: "key-1")
        #expect(try await StoreFixture.accept(store, first) == "T-0001")
        #expect(try await StoreFixture.accept(store, first) == "replayed {\"ticket\":\"T-0001\"}")
        #expect(try await StoreFixture.accept(store, StoreFixture.submission("other", key: "key-1")) == "key reused")
        // Nothing else was stored or queued.
        #expect(try await store.requests(failedOnly: false, limit: 10).count == 1)
        #expect(try await store.claimDeliveries(at: Date(timeIntervalSince1970: 1_780_000_001), limit: 10, lease: 60).count == 1)
    }

    @Test(arguments: StoreKind.available) func outboxMovesFromPendingToDeliveredOrDead(_ kind: StoreKind) async throws {
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        _ = try await StoreFixture.accept(store, StoreFixture.submission("a", destinations: ["one", "two"]))
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        let policy = RetryPolicy(maxAttempts: 3, firstDelay: 10)
        let claimed = try await store.claimDeliveries(at: start, limit: 10, lease: 60)
        #expect(claimed.map(\.destination) == ["one", "two"])
        // Claimed deliveries are leased: not handed out again meanwhile.
        #expect(try await store.claimDeliveries(at: start.addingTimeInterval(1), limit: 10, lease: 60).isEmpty)
        try await store.recordDelivered(claimed[0].id, at: start)
        #expect(try await store.recordFailure(claimed[1].id, reason: "HTTP 500", at: start, policy: policy) == .pending)
        // Due again after the first delay (10 s), then after twice that.
        #expect(try await store.claimDeliveries(at: start.addingTimeInterval(9), limit: 10, lease: 60).isEmpty)
        let second = try await store.claimDeliveries(at: start.addingTimeInterval(10), limit: 10, lease: 60)
        #expect(second.map(\.attempts) == [1])
        #expect(try await store.recordFailure(second[0].id, reason: "HTTP 500", at: start.addingTimeInterval(10), policy: policy) == .pending)
        #expect(try await store.claimDeliveries(at: start.addingTimeInterval(29), limit: 10, lease: 60).isEmpty)
        let third = try await store.claimDeliveries(at: start.addingTimeInterval(30), limit: 10, lease: 60)
        #expect(try await store.recordFailure(third[0].id, reason: "HTTP 503", at: start.addingTimeInterval(30), policy: policy) == .dead)
        #expect(try await store.claimDeliveries(at: start.addingTimeInterval(100_000), limit: 10, lease: 60).isEmpty)

        let failed = try await store.requests(failedOnly: true, limit: 10)
        #expect(failed.map(\.ticket) == ["T-0001"])
        #expect(failed[0].deliveries.map(\.state) == [.delivered, .dead])
        #expect(failed[0].deliveries[1].lastError == "HTTP 503")
        // Retry: the dead letter is pending again, due now, its attempts counted afresh.
        #expect(try await store.retry(ticket: "T-0001", at: start.addingTimeInterval(200)) == 1)
        #expect(try await store.retry(ticket: "T-9999", at: start) == nil)
        let retried = try await store.claimDeliveries(at: start.addingTimeInterval(200), limit: 10, lease: 60)
        #expect(retried.map(\.destination) == ["two"] && retried.map(\.attempts) == [0])
        #expect(try await store.requests(failedOnly: true, limit: 10).isEmpty)
    }

    /// What `accept` returned is on disk: a store opened afresh (as after a crash and restart) has it.
    @Test(arguments: StoreKind.available) func anAcceptedRequestSurvivesReopening(_ kind: StoreKind) async throws {
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let attachment = Attachment(field: "logs", name: "app.log", mediaType: "text/plain", content: Data("line 1\n".utf8))
        do {
            let store = try await fixture.open()
            _ = try await StoreFixture.accept(store, StoreFixture.submission("kept", key: "k", attachments: [attachment]))
        }
        let reopened = try await fixture.open()
        let detail = try #require(try await reopened.request(ticket: "T-0001"))
        #expect(String(decoding: detail.payload, as: UTF8.self).contains("kept"))
        #expect(detail.attachments == [AttachmentInfo(field: "logs", name: "app.log", mediaType: "text/plain", size: 7)])
        #expect(try await reopened.request(ticket: "1")?.summary.ticket == "T-0001")
        let delivery = try #require(try await reopened.claimDeliveries(at: Date(timeIntervalSince1970: 1_780_000_000), limit: 1, lease: 60).first)
        #expect(delivery.attachments == [attachment])
        #expect(try await StoreFixture.accept(reopened, StoreFixture.submission("kept", key: "k")) == "replayed {\"ticket\":\"T-0001\"}")
    }

    /// An answer that cannot be made rolls the whole submission back: no number is used, nothing is queued.
    @Test(arguments: StoreKind.available) func aFailedAcceptLeavesNothingBehind(_ kind: StoreKind) async throws {
        struct Broken: Error {}
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let store = try await fixture.open()
        await #expect(throws: Broken.self) {
            _ = try await store.accept(StoreFixture.submission("x", key: "k"), format: StoreFixture.format) { _ in throw Broken() }
        }
        #expect(try await store.requests(failedOnly: false, limit: 10).isEmpty)
        // SQLite's counter rolls back with the transaction; a PostgreSQL sequence never hands a number out
        // twice, even one whose transaction rolled back, so that one is skipped.
        #expect(try await StoreFixture.accept(store, StoreFixture.submission("x", key: "k")) == (kind == .sqlite ? "T-0001" : "T-0002"))
    }

    /// Two instances draining one outbox at once never take the same delivery while it is leased.
    @Test(arguments: StoreKind.available) func concurrentClaimsNeverShareADelivery(_ kind: StoreKind) async throws {
        let fixture = StoreFixture(kind)
        defer { fixture.remove() }
        let stores = [try await fixture.open(), try await fixture.open()]
        for index in 0..<40 { _ = try await StoreFixture.accept(stores[0], StoreFixture.submission("r\(index)")) }
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let claimed = try await withThrowingTaskGroup(of: [Int64].self) { group in
            for store in stores {
                group.addTask {
                    var mine: [Int64] = []
                    while true {
                        let batch = try await store.claimDeliveries(at: now, limit: 3, lease: 600)
                        if batch.isEmpty { return mine }
                        mine += batch.map(\.id)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
        }
        #expect(claimed.count == 40)
        #expect(Set(claimed).count == 40)
    }
}
