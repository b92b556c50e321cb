import Foundation

/// What kind of entry a path names.
public enum FileKind: Sendable {
    case file
    case directory
    case symbolicLink
}

/// The file operations Deskbook needs, so tests can substitute an in-memory tree.
public protocol FileSystem: Sendable {
    func contents(of path: String) throws -> Data
    func kind(of path: String) -> FileKind?
    func list(_ directory: String) throws -> [String]
    /// The canonical path of an entry with symbolic links resolved.
    func resolvingSymlinks(_ path: String) -> String
    func write(_ data: Data, to path: String) throws
    func createDirectory(_ path: String) throws
    func remove(_ path: String) throws
    func move(_ source: String, to destination: String) throws
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
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType else { return nil }
        switch type {
        case .typeDirectory: return .directory
        case .typeSymbolicLink: return .symbolicLink
        default: return .file
        }
    }

    public func list(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    public func resolvingSymlinks(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    public func write(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path))
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
}
