import Foundation
import Glibc

/// The pipe that wakes the watcher's thread to stop; closed by that thread when it ends.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptors: (reading: Int32, writing: Int32)?

    init(reading: Int32, writing: Int32) {
        descriptors = (reading, writing)
    }

    /// The end the thread polls.
    var fileDescriptor: Int32 { lock.withLock { descriptors?.reading ?? -1 } }

    func fire() {
        lock.withLock {
            guard let descriptors else { return }
            var byte: UInt8 = 1
            _ = write(descriptors.writing, &byte, 1)
        }
    }

    func close() {
        lock.withLock {
            if let descriptors {
                _ = Glibc.close(descriptors.reading)
                _ = Glibc.close(descriptors.writing)
            }
            descriptors = nil
        }
    }
}
