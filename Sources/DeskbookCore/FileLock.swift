import Foundation

/// An exclusive lock taken with `FileSystem.lockExclusively`, held until `unlock()` or until the value is released.
public final class FileLock: @unchecked Sendable {
    private var release: (() -> Void)?
    private let mutex = NSLock()

    /// A lock that `release` gives up.
    public init(release: @escaping () -> Void) {
        self.release = release
    }

    /// Gives the lock up; later calls do nothing.
    public func unlock() {
        let release = mutex.withLock {
            defer { self.release = nil }
            return self.release
        }
        release?()
    }

    deinit { unlock() }
}
