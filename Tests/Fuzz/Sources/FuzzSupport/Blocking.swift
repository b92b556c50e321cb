import Foundation

/// Runs async work to its end from synchronous code (a fuzz target's entry point, which libFuzzer calls on
/// its own thread, never on a Swift concurrency thread).
func blocking<Value: Sendable>(_ work: @escaping @Sendable () async -> Value) -> Value {
    let box = ResultBox<Value>()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.value = await work()
        done.signal()
    }
    done.wait()
    return box.value!
}

/// Where `blocking` keeps the result; written once before the semaphore is signalled, read after.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
