import Foundation

/// An in-memory file tree for tests and previews; paths are slash-separated strings.
public final class MemoryFileSystem: FileSystem, @unchecked Sendable {
    private var files: [String: Data] = [:]
    private var directories: Set<String> = [""]
    private let lock = NSLock()
    /// Paths locked with `lockExclusively`, guarded by `lockRelease`.
    private var lockedPaths: Set<String> = []
    private let lockRelease = NSCondition()

    public init(files: [String: String] = [:]) {
        for (path, text) in files { try? write(Data(text.utf8), to: path) }
    }

    private static func clean(_ path: String) -> String {
        Path.normalize(path) ?? path
    }

    public func contents(of path: String) throws -> Data {
        try lock.withLock {
            guard let data = files[Self.clean(path)] else { throw FileSystemError(path: path, reason: "no such file") }
            return data
        }
    }

    public func kind(of path: String) -> FileKind? {
        let key = Self.clean(path)
        return lock.withLock {
            if files[key] != nil { return .file }
            return directories.contains(key) ? .directory : nil
        }
    }

    public func list(_ directory: String) throws -> [String] {
        let key = Self.clean(directory)
        return try lock.withLock {
            guard directories.contains(key) else { throw FileSystemError(path: directory, reason: "no such folder") }
            let prefix = key.isEmpty ? "" : key + "/"
            let children = (Array(files.keys) + Array(directories)).compactMap { path -> String? in
                guard path.hasPrefix(prefix), path != key else { return nil }
                return path.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
            }
            return Set(children).sorted()
        }
    }

    /// The cleaned path when something is there: a memory tree has no symbolic links.
    public func realPath(_ path: String) -> String? {
        kind(of: path) == nil ? nil : Self.clean(path)
    }

    public func write(_ data: Data, to path: String) throws {
        let key = Self.clean(path)
        lock.withLock {
            files[key] = data
            var folder = Path.directory(of: key)
            while !folder.isEmpty {
                directories.insert(folder)
                folder = Path.directory(of: folder)
            }
        }
    }

    public func createDirectory(_ path: String) throws {
        var folder = Self.clean(path)
        lock.withLock {
            while !folder.isEmpty {
                directories.insert(folder)
                folder = Path.directory(of: folder)
            }
        }
    }

    public func remove(_ path: String) throws {
        let key = Self.clean(path)
        lock.withLock {
            files = files.filter { $0.key != key && !$0.key.hasPrefix(key + "/") }
            directories = directories.filter { $0 != key && !$0.hasPrefix(key + "/") }
        }
    }

    public func move(_ source: String, to destination: String) throws {
        let from = Self.clean(source)
        let to = Self.clean(destination)
        try lock.withLock {
            guard files[from] != nil || directories.contains(from) else { throw FileSystemError(path: source, reason: "no such file") }
            func moved(_ path: String) -> String? {
                if path == from { return to }
                if path.hasPrefix(from + "/") { return to + path.dropFirst(from.count) }
                return nil
            }
            var newFiles: [String: Data] = [:]
            for (path, data) in files { newFiles[moved(path) ?? path] = data }
            files = newFiles
            directories = Set(directories.map { moved($0) ?? $0 })
        }
    }

    /// A lock shared by the users of this tree, which stands for processes sharing a disk.
    public func lockExclusively(_ path: String, whileWaiting: () -> Void) throws -> FileLock {
        let key = Self.clean(path)
        try write(Data(), to: key)
        lockRelease.lock()
        defer { lockRelease.unlock() }
        if lockedPaths.contains(key) {
            whileWaiting()
            while lockedPaths.contains(key) { lockRelease.wait() }
        }
        lockedPaths.insert(key)
        return FileLock { [self] in
            lockRelease.withLock {
                lockedPaths.remove(key)
                lockRelease.broadcast()
            }
        }
    }

    /// Every file path, sorted; handy in assertions.
    public var allFiles: [String] { lock.withLock { files.keys.sorted() } }
}
