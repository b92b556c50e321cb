import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What kind of entry a path names.
public enum FileKind: Sendable {
    case file
    case directory
    /// A symbolic link that is not followed: `LocalFileSystem` follows none, `ConfinedFileSystem` none that is
    /// broken, loops or leads outside its folders.
    case symbolicLink
}

/// The file operations Deskbook needs, so tests can substitute an in-memory tree.
public protocol FileSystem: Sendable {
    func contents(of path: String) throws -> Data
    func kind(of path: String) -> FileKind?
    func list(_ directory: String) throws -> [String]
    /// The canonical absolute path of an entry with every symbolic link resolved; nil when nothing is there, a
    /// link is broken or links loop.
    func realPath(_ path: String) -> String?
    /// Why the entry at `path`, which `kind(of:)` reports as a symbolic link, is not followed.
    func unfollowedLinkReason(_ path: String) -> String
    /// The stamp of the regular file at `path`, without following a symbolic link; nil when there is none or the
    /// file system cannot tell one version of a file from another.
    func stamp(of path: String) -> FileStamp?
    func write(_ data: Data, to path: String) throws
    func createDirectory(_ path: String) throws
    func remove(_ path: String) throws
    func move(_ source: String, to destination: String) throws
    /// Takes an exclusive lock on the file at `path`, creating it when missing. When another process holds the lock,
    /// calls `whileWaiting` once and waits for it. The lock lasts until `FileLock.unlock()`.
    func lockExclusively(_ path: String, whileWaiting: () -> Void) throws -> FileLock
}

extension FileSystem {
    public func unfollowedLinkReason(_ path: String) -> String {
        "symbolic links are not followed here"
    }

    public func stamp(of path: String) -> FileStamp? { nil }
}

/// Errors raised by file system implementations.
public struct FileSystemError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}

/// The real disk.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func contents(of path: String) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileSystemError(path: path, reason: "cannot be read (permission denied or missing)")
        }
        defer { try? handle.close() }
        return try handle.readToEnd() ?? Data()
    }

    public func kind(of path: String) -> FileKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .file
        }
    }

    public func stamp(of path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }
        return FileStamp(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: nanoseconds(info.st_mtim), changed: nanoseconds(info.st_ctim)
        )
    }

    public func list(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    public func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Creates or truncates the regular file at `path` and writes `data`, refusing a symbolic link there. There is no
    /// `fsync`: a build is made whole by renaming its folder, not by flushing each of thousands of files to disk.
    public func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemError(path: path, reason: "cannot be written: \(Self.describeErrno())") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let count = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw FileSystemError(path: path, reason: "cannot be written: \(Self.describeErrno())") }
                offset += count
            }
        }
    }

    /// The text of the current `errno`.
    private static func describeErrno() -> String {
        String(cString: strerror(errno))
    }

    public func createDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func remove(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) || kind(of: path) != nil else { return }
        try FileManager.default.removeItem(atPath: path)
    }

    public func move(_ source: String, to destination: String) throws {
        try FileManager.default.moveItem(atPath: source, toPath: destination)
    }

    /// An advisory `flock(2)` lock, released when the descriptor is closed (also when the process ends).
    public func lockExclusively(_ path: String, whileWaiting: () -> Void) throws -> FileLock {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw FileSystemError(path: path, reason: "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        func lock(_ operation: Int32) -> Int32 {
            var status: Int32
            repeat { status = flock(descriptor, operation) } while status != 0 && errno == EINTR
            return status == 0 ? 0 : errno
        }
        var failure = lock(LOCK_EX | LOCK_NB)
        if failure == EWOULDBLOCK {
            whileWaiting()
            failure = lock(LOCK_EX)
        }
        guard failure == 0 else {
            close(descriptor)
            throw FileSystemError(path: path, reason: "cannot lock: \(String(cString: strerror(failure)))")
        }
        return FileLock { close(descriptor) }
    }
}

/// `write(2)`, under a name that methods called `write` do not shadow.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
