import DeskbookTickets
import Foundation
import Synchronization
import Testing

/// The worker against a real store and a destination that fails on command.
@Suite struct OutboxWorkerTests {
    final class Recorder: Destination {
        let name = "webhook"
        let failing = Mutex(true)
        let received = Mutex<[String]>([])

        func deliver(_ delivery: Delivery) async throws {
            received.withLock { $0.append(delivery.ticket) }
            if failing.withLock({ $0 }) { throw URLError(.cannotConnectToHost) }
        }
    }

    final class Clock: Sendable {
        let now = Mutex(Date(timeIntervalSince1970: 1_780_000_000))
        func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
    }

    @Test func failedDeliveriesAreRetriedUntilDeliveredThenStop() async throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        _ = try await StoreFixture.accept(store, StoreFixture.submission("a"))
        let destination = Recorder()
        let clock = Clock()
        let worker = OutboxWorker(store: store, destinations: [destination], policy: RetryPolicy(maxAttempts: 5, firstDelay: 1), now: { clock.now.withLock { $0 } })
        #expect(try await worker.drainOnce() == 1)
        #expect(try await worker.drainOnce() == 0, "not due before its delay")
        clock.advance(1)
        #expect(try await worker.drainOnce() == 1)
        destination.failing.withLock { $0 = false }
        clock.advance(2)
        #expect(try await worker.drainOnce() == 1)
        clock.advance(3600)
        #expect(try await worker.drainOnce() == 0, "delivered once, never again")
        #expect(destination.received.withLock { $0 } == ["T-0001", "T-0001", "T-0001"])
        let status = try #require(try await store.requests(failedOnly: false, limit: 1).first?.deliveries.first)
        #expect(status.state == .delivered && status.attempts == 3)
    }

    @Test func aDeliveryBecomesADeadLetterAfterMaxAttempts() async throws {
        let fixture = StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        _ = try await StoreFixture.accept(store, StoreFixture.submission("a"))
        let clock = Clock()
        let worker = OutboxWorker(store: store, destinations: [Recorder()], policy: RetryPolicy(maxAttempts: 2, firstDelay: 1), now: { clock.now.withLock { $0 } })
        try await worker.drainOnce()
        clock.advance(1)
        try await worker.drainOnce()
        clock.advance(10_000)
        #expect(try await worker.drainOnce() == 0)
        #expect(try await store.requests(failedOnly: true, limit: 1).map(\.ticket) == ["T-0001"])
    }

    @Test func backoffDoublesUpToTheCap() {
        let policy = RetryPolicy(maxAttempts: 10, firstDelay: 30, maxDelay: 3600)
        #expect((1...9).map { policy.delay(afterAttempts: $0) } == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600])
    }

    @Test func signatureIsHMACOverTimestampAndBody() {
        // Known value: HMAC-SHA256("key", "1700000000.{}"), computed independently with Python's hmac module.
        #expect(WebhookSignature.sign(body: Data("{}".utf8), timestamp: 1_700_000_000, key: "key")
            == "v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae")
    }

    @Test func attachmentNamesAreSanitized() {
        #expect(AttachmentName.sanitize("../../etc/passwd") == "passwd")
        #expect(AttachmentName.sanitize("C:\\Users\\me\\report.log") == "report.log")
        #expect(AttachmentName.sanitize(".htaccess") == "htaccess")
        #expect(AttachmentName.sanitize("a<b>\u{202E}gpj.exe") == "a_b__gpj.exe")
        #expect(AttachmentName.sanitize("") == "attachment")
        let long = String(repeating: "x", count: 300) + ".log"
        #expect(AttachmentName.sanitize(long).count == 100 && AttachmentName.sanitize(long).hasSuffix(".log"))
    }
}
