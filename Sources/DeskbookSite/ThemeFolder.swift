import DeskbookCore

/// A folder of theme files in the file system that holds it: a site's `themes/<name>/` on disk, or a
/// theme compiled into Deskbook and served from memory. ThemeLoader layers several of them.
public struct ThemeFolder: Sendable {
    public var fileSystem: any FileSystem
    public var path: String

    public init(fileSystem: any FileSystem, path: String) {
        self.fileSystem = fileSystem
        self.path = path
    }

    /// The folder `name` inside this one.
    public func appending(_ name: String) -> ThemeFolder {
        ThemeFolder(fileSystem: fileSystem, path: Path.join(path, name))
    }

    public var isDirectory: Bool { fileSystem.kind(of: path) == .directory }
}
