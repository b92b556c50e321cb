import DeskbookCore
import Foundation

/// Bounds how many model calls run at once (by default one per core). A caller that finds the gate full does
/// not wait: it answers by words only and says so.
public final class ModelGate: @unchecked Sendable {
    public let capacity: Int
    private let lock = NSLock()
    private var running = 0

    public init(capacity: Int = ProcessorCount.value) {
        self.capacity = max(1, capacity)
    }

    /// Runs `work` when a place is free and returns its value; nil at once when the gate is full.
    public func ifFree<Value>(_ work: () throws -> Value) rethrows -> Value? {
        lock.lock()
        guard running < capacity else {
            lock.unlock()
            return nil
        }
        running += 1
        lock.unlock()
        defer {
            lock.lock()
            running -= 1
            lock.unlock()
        }
        return try work()
    }
}
