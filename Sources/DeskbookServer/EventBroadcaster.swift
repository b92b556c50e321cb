import Foundation

/// Hands preview events to every open event stream; closing it ends them all (at shutdown).
final class EventBroadcaster: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<PreviewEvent>.Continuation] = [:]
    private var closed = false

    /// A new stream that starts with `first`; it ends when the broadcaster closes.
    func subscribe(startingWith first: PreviewEvent) -> AsyncStream<PreviewEvent> {
        let (stream, continuation) = AsyncStream<PreviewEvent>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = UUID()
        continuation.yield(first)
        let accepted = lock.withLock {
            guard !closed else { return false }
            subscribers[id] = continuation
            return true
        }
        guard accepted else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends `event` to every open stream.
    func send(_ event: PreviewEvent) {
        for continuation in lock.withLock({ Array(subscribers.values) }) { continuation.yield(event) }
    }

    /// How many streams are open.
    var subscriberCount: Int { lock.withLock { subscribers.count } }

    /// Ends every stream and every later one.
    func close() {
        let open = lock.withLock {
            closed = true
            defer { subscribers.removeAll() }
            return Array(subscribers.values)
        }
        for continuation in open { continuation.finish() }
    }
}
