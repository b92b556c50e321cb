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
/// Stopping the watcher (or dropping `changes`) ends the stream and closes its file descriptors.
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

/// The watcher's thread: reads inotify events, keeps the watch list in step with the folders, and reports
/// batches. All of its state belongs to that thread.
final class InotifyLoop: @unchecked Sendable {
    private let root: String
    private let inotify: Int32
    private let stopSignal: StopSignal
    private let continuation: AsyncStream<Set<String>>.Continuation
    private let folders: Set<String>
    private let files: Set<String>
    private let timing: Timing
    /// Watched folders: descriptor → path relative to the root ("" is the root).
    private var watches: [Int32: String] = [:]
    private var batch = Batch()

    typealias Timing = FileWatcher.Timing

    private static let folderMask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        | UInt32(IN_ONLYDIR) | UInt32(IN_EXCL_UNLINK)

    init(root: String, inotify: Int32, stopSignal: StopSignal, continuation: AsyncStream<Set<String>>.Continuation, folders: Set<String>, files: Set<String>, timing: Timing) {
        self.root = root
        self.inotify = inotify
        self.stopSignal = stopSignal
        self.continuation = continuation
        self.folders = folders
        self.files = files
        self.timing = timing
    }

    /// Watches the root and every folder under the watched folders.
    func watchInitialTree() throws {
        guard addWatch("") != nil else {
            throw FileWatcherError(reason: "cannot watch \(root): \(String(cString: strerror(errno)))")
        }
        for folder in folders.sorted() where isDirectory(folder) {
            if let failure = watchTree(folder) { throw FileWatcherError(reason: failure) }
        }
    }

    func closeDescriptors() {
        _ = close(inotify)
        stopSignal.close()
    }

    func run() {
        defer {
            closeDescriptors()
            continuation.finish()
        }
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: stopSignal.fileDescriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, batch.timeout(timing))
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if descriptors[1].revents != 0 { return }
            if descriptors[0].revents & Int16(POLLIN) != 0 {
                while true {
                    let count = read(inotify, buffer, capacity)
                    guard count > 0 else { break }
                    handleEvents(UnsafeRawBufferPointer(start: buffer, count: count))
                }
            }
            if batch.isDue(timing) {
                continuation.yield(batch.paths)
                batch = Batch()
            }
        }
    }

    private func handleEvents(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        let header = 16
        while offset + header <= bytes.count {
            let descriptor = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = bytes[(offset + header)..<min(offset + header + length, bytes.count)].prefix { $0 != 0 }
            handle(descriptor: descriptor, mask: mask, name: String(decoding: nameBytes, as: UTF8.self))
            offset += header + length
        }
    }

    private func handle(descriptor: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: watch whatever exists now and report everything.
            for folder in folders.sorted() where isDirectory(folder) { _ = watchTree(folder) }
            batch.add(folders.union(files))
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            watches[descriptor] = nil
            return
        }
        guard let folder = watches[descriptor], !name.isEmpty else { return }
        if folder.isEmpty {
            guard files.contains(name) || folders.contains(name) else { return }
        } else if FileWatcher.isTemporary(name: name) {
            return
        }
        let path = folder.isEmpty ? name : folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                _ = watchTree(path)
            } else if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
                unwatchTree(path)
            }
            batch.add([path])
            return
        }
        if mask & UInt32(IN_MODIFY) != 0 {
            batch.openForWriting.insert(path)
        } else if mask & UInt32(IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM) != 0 {
            batch.openForWriting.remove(path)
        }
        batch.add([path])
    }

    /// Watches `relative` and every folder below it; returns why when a folder cannot be watched.
    private func watchTree(_ relative: String) -> String? {
        guard let added = addWatch(relative) else {
            return "cannot watch \(absolute(relative)): \(String(cString: strerror(errno)))"
                + (errno == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "")
        }
        guard added.isNew else { return nil }
        let children = (try? FileManager.default.contentsOfDirectory(atPath: absolute(relative))) ?? []
        for name in children.sorted() where !FileWatcher.isTemporary(name: name) {
            let child = relative + "/" + name
            if isDirectory(child), let failure = watchTree(child) { return failure }
        }
        return nil
    }

    /// Adds a watch; `isNew` is false when the folder was already watched (a link to it, or a loop).
    private func addWatch(_ relative: String) -> (descriptor: Int32, isNew: Bool)? {
        let descriptor = inotify_add_watch(inotify, absolute(relative), Self.folderMask)
        guard descriptor >= 0 else { return nil }
        let isNew = watches[descriptor] == nil
        if isNew { watches[descriptor] = relative }
        return (descriptor, isNew)
    }

    private func unwatchTree(_ relative: String) {
        for (descriptor, path) in watches where path == relative || path.hasPrefix(relative + "/") {
            _ = inotify_rm_watch(inotify, descriptor)
            watches[descriptor] = nil
        }
    }

    private func isDirectory(_ relative: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(relative), isDirectory: &isFolder) && isFolder.boolValue
    }

    private func absolute(_ relative: String) -> String {
        relative.isEmpty ? root : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }
}

/// The changes gathered since the last report, and when they happened.
private struct Batch {
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
