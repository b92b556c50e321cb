import Foundation
import Glibc

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
    private var batch = WatchBatch()

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
            let error = errno
            throw FileWatcherError(reason: "cannot watch \(root): \(String(cString: strerror(error)))")
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
                batch = WatchBatch()
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

    /// Watches `relative` and every folder below it, including folders already watched (after lost
    /// events, new ones may be below them); returns why when a folder cannot be watched.
    private func watchTree(_ relative: String) -> String? {
        var visited: Set<Int32> = []
        return watchTree(relative, visited: &visited)
    }

    private func watchTree(_ relative: String, visited: inout Set<Int32>) -> String? {
        guard let descriptor = addWatch(relative) else {
            let error = errno
            return "cannot watch \(absolute(relative)): \(String(cString: strerror(error)))"
                + (error == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "")
        }
        // A folder seen twice in one walk is a link back up the tree.
        guard visited.insert(descriptor).inserted else { return nil }
        let children = (try? FileManager.default.contentsOfDirectory(atPath: absolute(relative))) ?? []
        for name in children.sorted() where !FileWatcher.isTemporary(name: name) {
            let child = relative + "/" + name
            if isDirectory(child), let failure = watchTree(child, visited: &visited) { return failure }
        }
        return nil
    }

    /// Adds a watch (or finds the one the folder has) and remembers its path the first time.
    private func addWatch(_ relative: String) -> Int32? {
        let descriptor = inotify_add_watch(inotify, absolute(relative), Self.folderMask)
        guard descriptor >= 0 else { return nil }
        if watches[descriptor] == nil { watches[descriptor] = relative }
        return descriptor
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
