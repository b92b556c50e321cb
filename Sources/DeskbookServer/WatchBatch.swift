import Glibc

/// The changes gathered since the last report, and when they happened.
struct WatchBatch {
    var paths: Set<String> = []
    /// Files modified and not closed yet.
    var openForWriting: Set<String> = []
    private var first: UInt64 = 0
    private var last: UInt64 = 0

    mutating func add(_ changed: Set<String>) {
        let now = Self.now()
        if paths.isEmpty { first = now }
        last = now
        paths.formUnion(changed)
    }

    /// Milliseconds until the batch is due, for poll(); -1 (wait for events) when it is empty.
    func timeout(_ timing: FileWatcher.Timing) -> Int32 {
        guard !paths.isEmpty else { return -1 }
        let deadline = min(dueTime(timing), first + Self.nanoseconds(timing.maximumDelay))
        let now = Self.now()
        let remaining = deadline > now ? deadline - now : 0
        return Int32(clamping: (remaining + 999_999) / 1_000_000)
    }

    func isDue(_ timing: FileWatcher.Timing) -> Bool {
        guard !paths.isEmpty else { return false }
        let now = Self.now()
        return now >= dueTime(timing) || now >= first + Self.nanoseconds(timing.maximumDelay)
    }

    private func dueTime(_ timing: FileWatcher.Timing) -> UInt64 {
        last + Self.nanoseconds(openForWriting.isEmpty ? timing.quiet : timing.quietWhileWriting)
    }

    private static func nanoseconds(_ duration: Duration) -> UInt64 {
        UInt64(max(0, duration.components.seconds)) * 1_000_000_000 + UInt64(max(0, duration.components.attoseconds / 1_000_000_000))
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
