import Foundation

/// Drains the store's outbox: sends every due delivery to its destination, records the outcome, and waits for
/// the next due delivery or a wake-up from a newly accepted request.
public struct OutboxWorker: Sendable {
    public var store: any TicketStore
    public var destinations: [String: any Destination]
    public var policy: RetryPolicy
    public var now: @Sendable () -> Date
    /// How long a claimed delivery is kept from other workers (a crashed worker's claim runs out after it).
    public var lease: TimeInterval = 120
    /// How often the outbox is looked at when nothing wakes the worker.
    public var pollInterval: TimeInterval = 1
    /// Called after each attempt, for metrics and logs.
    public var observe: @Sendable (Delivery, Result<Void, any Error>, DeliveryState) -> Void = { _, _, _ in }

    public init(store: any TicketStore, destinations: [any Destination], policy: RetryPolicy, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.destinations = Dictionary(destinations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.policy = policy
        self.now = now
    }

    /// Tries every delivery due now once; returns how many were attempted.
    @discardableResult
    public func drainOnce(limit: Int = 32) async throws -> Int {
        let due = try await store.claimDeliveries(at: now(), limit: limit, lease: lease)
        await withTaskGroup(of: Void.self) { group in
            for delivery in due {
                group.addTask { await attempt(delivery) }
            }
        }
        return due.count
    }

    /// Drains until the task is cancelled; `wakeUps` yields when a new request was accepted. A delivery under
    /// way when cancellation comes is finished and recorded first.
    public func run(wakeUps: AsyncStream<Void>) async {
        let (ticks, tick) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let forwarder = Task {
            for await _ in wakeUps { tick.yield() }
        }
        let timer = Task { [pollInterval] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(pollInterval))
                tick.yield()
            }
        }
        defer {
            forwarder.cancel()
            timer.cancel()
        }
        var iterator = ticks.makeAsyncIterator()
        while !Task.isCancelled {
            // A task of its own, which cancellation does not reach, so a drain under way is finished. Store
            // errors (a locked or full disk) leave the deliveries pending for the next tick.
            let attempted = (try? await Task { try await drainOnce() }.value) ?? 0
            if attempted > 0 { continue }
            // Nil once the task is cancelled.
            if await iterator.next() == nil { break }
        }
    }

    private func attempt(_ delivery: Delivery) async {
        let result: Result<Void, any Error>
        if let destination = destinations[delivery.destination] {
            do {
                try await destination.deliver(delivery)
                result = .success(())
            } catch {
                result = .failure(error)
            }
        } else {
            result = .failure(UnknownDestination(name: delivery.destination))
        }
        let state: DeliveryState
        switch result {
        case .success:
            state = (try? await store.recordDelivered(delivery.id, at: now())) == nil ? .pending : .delivered
        case .failure(let error):
            state = (try? await store.recordFailure(delivery.id, reason: "\(error)", at: now(), policy: policy)) ?? .pending
        }
        observe(delivery, result, state)
    }
}

/// A delivery to a destination that intake.yml no longer names; it fails until the name returns or it is dead.
struct UnknownDestination: Error, CustomStringConvertible {
    var name: String
    var description: String { "no destination named '\(name)' in intake.yml forward" }
}
