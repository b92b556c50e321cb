import Foundation

/// A read-only view of a file system that follows a symbolic link only when its real path stays inside one of
/// its folders, so no input can bring in a file from elsewhere (`/proc/self/environ`, `/etc/passwd`).
///
/// This is Deskbook's one symbolic link policy. `kind(of:)` reports a link that is broken, loops or leads outside
/// as `.symbolicLink`, and `unfollowedLinkReason(_:)` says which; reading or listing such a path throws. A link
/// that stays inside looks like its target. Every write throws: a build writes only its output folder.
public struct ConfinedFileSystem: FileSystem {
    public let base: any FileSystem
    /// The real paths of the folders reads may reach.
    public let folders: [String]

    /// Confines reads to `folders` (resolved through `base`; missing ones are left out).
    public init(base: any FileSystem, folders: [String]) {
        self.base = base
        self.folders = folders.compactMap { base.realPath($0) }
    }

    /// Where a path leads.
    private enum Target {
        case nothing
        case refused(String)
        case inside(String)
    }

    private func target(of path: String) -> Target {
        guard base.kind(of: path) != nil else { return .nothing }
        guard let real = base.realPath(path) else { return .refused("it is broken or loops") }
        guard folders.contains(where: { Path.isInside(real, $0) }) else {
            return .refused("it leads to \(real), outside \(folders.joined(separator: " and "))")
        }
        return .inside(real)
    }

    private func readable(_ path: String) throws -> String {
        switch target(of: path) {
        case .nothing: throw FileSystemError(path: path, reason: "no such file or folder")
        case .refused(let reason): throw FileSystemError(path: path, reason: reason)
        case .inside(let real): return real
        }
    }

    public func contents(of path: String) throws -> Data {
        try base.contents(of: readable(path))
    }

    public func kind(of path: String) -> FileKind? {
        switch target(of: path) {
        case .nothing: return nil
        case .refused: return .symbolicLink
        case .inside(let real): return base.kind(of: real)
        }
    }

    public func list(_ directory: String) throws -> [String] {
        try base.list(readable(directory))
    }

    public func realPath(_ path: String) -> String? {
        if case .inside(let real) = target(of: path) { return real }
        return nil
    }

    public func unfollowedLinkReason(_ path: String) -> String {
        if case .refused(let reason) = target(of: path) { return reason }
        return "it is followed"
    }

    public func write(_ data: Data, to path: String) throws { throw Self.readOnly(path) }
    public func createDirectory(_ path: String) throws { throw Self.readOnly(path) }
    public func remove(_ path: String) throws { throw Self.readOnly(path) }
    public func move(_ source: String, to destination: String) throws { throw Self.readOnly(source) }
    public func lockExclusively(_ path: String, whileWaiting: () -> Void) throws -> FileLock { throw Self.readOnly(path) }

    private static func readOnly(_ path: String) -> FileSystemError {
        FileSystemError(path: path, reason: "the inputs of a build are read-only")
    }
}
