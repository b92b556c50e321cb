import Foundation

/// A file system that remembers what it read from another one until told that paths changed.
///
/// A long-running preview reads the same thousands of files on every rebuild; with this in front of the
/// disk, a rebuild reads only the files a watcher reported. Writes go straight through and forget what
/// they touch.
public final class CachingFileSystem: FileSystem, @unchecked Sendable {
    private let base: any FileSystem
    private let lock = NSLock()
    private var contents: [String: Result<Data, any Error>] = [:]
    private var kinds: [String: FileKind?] = [:]
    private var listings: [String: Result<[String], any Error>] = [:]
    private var realPaths: [String: String?] = [:]

    public init(base: any FileSystem) {
        self.base = base
    }

    /// Forgets everything read at these paths, beneath them, and at the folders holding them, up to the root.
    ///
    /// A file reported alone may sit in folders that did not exist before (an editor saving
    /// `themes/default/templates/article.mustache` into a site that had no `themes/`): each of those folders'
    /// kinds and listings, remembered as missing or without it, are stale too.
    public func invalidate(_ paths: some Sequence<String>) {
        let changed = Set(paths)
        guard !changed.isEmpty else { return }
        func touches(_ form: String) -> Bool {
            changed.contains { Path.isInside(form, $0) || Path.isInside($0, form) }
        }
        func affected(_ key: String) -> Bool {
            if touches(key) { return true }
            guard let real = realPaths[key] ?? nil else { return false }
            return touches(real)
        }
        lock.withLock {
            // Keys are collected first and removed one by one: an edit touches a few of thousands of entries.
            for key in contents.keys.filter(affected) { contents[key] = nil }
            for key in kinds.keys.filter(affected) { kinds[key] = nil }
            for key in listings.keys.filter(affected) { listings[key] = nil }
            for key in realPaths.keys.filter(affected) { realPaths[key] = nil }
        }
    }

    private func remembered<Value>(_ cache: ReferenceWritableKeyPath<CachingFileSystem, [String: Value]>, _ path: String, _ read: () -> Value) -> Value {
        if let value = lock.withLock({ self[keyPath: cache][path] }) { return value }
        let value = read()
        lock.withLock { self[keyPath: cache][path] = value }
        return value
    }

    public func contents(of path: String) throws -> Data {
        try remembered(\.contents, path) { Result { try base.contents(of: path) } }.get()
    }

    public func kind(of path: String) -> FileKind? {
        remembered(\.kinds, path) { base.kind(of: path) }
    }

    public func list(_ directory: String) throws -> [String] {
        try remembered(\.listings, directory) { Result { try base.list(directory) } }.get()
    }

    public func realPath(_ path: String) -> String? {
        remembered(\.realPaths, path) { base.realPath(path) }
    }

    public func unfollowedLinkReason(_ path: String) -> String {
        base.unfollowedLinkReason(path)
    }

    public func write(_ data: Data, to path: String) throws {
        defer { invalidate([path]) }
        try base.write(data, to: path)
    }

    public func createDirectory(_ path: String) throws {
        defer { invalidate([path]) }
        try base.createDirectory(path)
    }

    public func remove(_ path: String) throws {
        defer { invalidate([path]) }
        try base.remove(path)
    }

    public func move(_ source: String, to destination: String) throws {
        defer { invalidate([source, destination]) }
        try base.move(source, to: destination)
    }

    public func lockExclusively(_ path: String, whileWaiting: () -> Void) throws -> FileLock {
        try base.lockExclusively(path, whileWaiting: whileWaiting)
    }
}
