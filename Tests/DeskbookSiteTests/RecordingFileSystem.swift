import DeskbookCore
import Foundation

/// The local disk, recording every path whose contents are read and every path changed, each resolved to where
/// it really is on disk, so a test can assert that a build stays inside its folders.
final class RecordingFileSystem: FileSystem, @unchecked Sendable {
    private let base = LocalFileSystem()
    private let lock = NSLock()
    private var readPaths: Set<String> = []
    private var changedPaths: Set<String> = []

    /// Files read and folders listed.
    var reads: Set<String> { lock.withLock { readPaths } }
    /// Files written, folders created, entries removed or moved (both ends) and lock files.
    var changes: Set<String> { lock.withLock { changedPaths } }

    /// Where a read lands: the path with every symbolic link resolved, or where it would be.
    private func readTarget(_ path: String) -> String {
        base.realPath(path) ?? location(path)
    }

    /// Where a change lands: links in the folders above resolved, the last name kept (a change to a link changes
    /// the link).
    private func location(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let parent = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        guard let real = base.realPath(parent) else { return location(parent) + "/" + name }
        return (real == "/" ? "" : real) + "/" + name
    }

    private func read(_ path: String) { lock.withLock { _ = readPaths.insert(readTarget(path)) } }
    private func change(_ path: String) { lock.withLock { _ = changedPaths.insert(location(path)) } }

    func contents(of path: String) throws -> Data {
        read(path)
        return try base.contents(of: path)
    }
    func kind(of path: String) -> FileKind? { base.kind(of: path) }
    func list(_ directory: String) throws -> [String] {
        read(directory)
        return try base.list(directory)
    }
    func realPath(_ path: String) -> String? { base.realPath(path) }
    func stamp(of path: String) -> FileStamp? { base.stamp(of: path) }
    func write(_ data: Data, to path: String) throws {
        change(path)
        try base.write(data, to: path)
    }
    func createDirectory(_ path: String) throws {
        change(path)
        try base.createDirectory(path)
    }
    func remove(_ path: String) throws {
        change(path)
        try base.remove(path)
    }
    func move(_ source: String, to destination: String) throws {
        change(source)
        change(destination)
        try base.move(source, to: destination)
    }
    func lockExclusively(_ path: String, whileWaiting: () -> Void) throws -> FileLock {
        change(path)
        return try base.lockExclusively(path, whileWaiting: whileWaiting)
    }
}
