import Foundation
import Glibc

/// Watches a site's sources with inotify (Linux) and reports, in debounced batches, the paths that changed:
/// recursively under `content/` and `themes/`, and `deskbook.yml` and `intake.yml` in the site folder.
///
/// Paths are relative to the site folder (`content/en/a.md`). A folder path stands for everything below it:
/// a folder that was created, moved in, deleted or moved away; new folders are watched as they appear. Saves
/// by rename, by truncate-and-write and through temporary files all end as a change of the saved file; the
/// temporary and backup files of editors (`.a.md.swp`, `a.md~`, `#a.md#`, ...) are left out.
///
/// A batch is reported once events stop for a quiet period: short when every file written has been closed,
/// longer while one is still open for writing, and never later than `maximumDelay` after its first event.
/// Stopping or releasing the watcher, or cancelling the task that reads `changes`, ends the stream and
/// closes the watcher's file descriptors.
public final class FileWatcher: Sendable {
    /// How long the watcher waits before reporting a batch.
    public struct Timing: Sendable {
        /// Quiet time after the last event when no file is left open for writing.
        public var quiet: Duration = .milliseconds(10)
        /// Quiet time while a file written to has not been closed yet.
        public var quietWhileWriting: Duration = .milliseconds(60)
        /// The longest a batch waits after its first event.
        public var maximumDelay: Duration = .milliseconds(300)

        public init() {}
    }

    /// The batches of changed paths, in order; ends when the watcher stops.
    public let changes: AsyncStream<Set<String>>
    private let stopSignal: StopSignal

    /// Starts watching the site folder `root`; throws when inotify cannot be set up.
    public init(root: String, folders: [String] = ["content", "themes"], files: [String] = ["deskbook.yml", "intake.yml"], timing: Timing = Timing()) throws {
        let inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { throw FileWatcherError(reason: "inotify_init1 failed: \(String(cString: strerror(errno)))") }
        var wake: [Int32] = [-1, -1]
        guard pipe(&wake) == 0 else {
            close(inotify)
            throw FileWatcherError(reason: "pipe failed: \(String(cString: strerror(errno)))")
        }
        for descriptor in wake {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        }
        let signal = StopSignal(reading: wake[0], writing: wake[1])
        let (stream, continuation) = AsyncStream<Set<String>>.makeStream()
        let loop = InotifyLoop(root: root, inotify: inotify, stopSignal: signal, continuation: continuation, folders: Set(folders), files: Set(files), timing: timing)
        do {
            try loop.watchInitialTree()
        } catch {
            loop.closeDescriptors()
            continuation.finish()
            throw error
        }
        continuation.onTermination = { _ in signal.fire() }
        changes = stream
        stopSignal = signal
        let thread = Thread { loop.run() }
        thread.name = "deskbook-file-watcher"
        thread.start()
    }

    /// Stops watching: `changes` ends and the descriptors are closed.
    public func stop() {
        stopSignal.fire()
    }

    deinit {
        stopSignal.fire()
    }

    /// Whether a file name is an editor's temporary, swap, lock or backup file, or hidden.
    public static func isTemporary(name: String) -> Bool {
        if name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name == "4913" { return true }
        let suffixes = [".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload", "___jb_tmp___", "___jb_old___"]
        return suffixes.contains { name.hasSuffix($0) }
    }
}

/// Why the watcher could not start.
public struct FileWatcherError: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public var description: String { reason }
}
