import DeskbookCore
import Foundation

/// Writes a built-in theme's files into a folder, where a site can edit them: a file in the site's
/// `themes/<name>/` overrides the built-in file at the same path.
public struct ThemeEjector: Sendable {
    public var fileSystem: any FileSystem
    /// The theme's files by their path inside the theme folder.
    public var files: [String: Data]

    public init(fileSystem: any FileSystem = LocalFileSystem(), files: [String: Data] = BuiltinThemes.defaultThemeFiles) {
        self.fileSystem = fileSystem
        self.files = files
    }

    /// What stands in the way of writing the theme under `destination`, each an error at its path: a folder
    /// where a file goes, and an existing file unless `overwrite`.
    public func conflicts(in destination: String, overwrite: Bool) -> [Diagnostic] {
        files.keys.sorted().compactMap { relative in
            let path = Path.join(destination, relative)
            switch fileSystem.kind(of: path) {
            case nil: return nil
            case .directory: return .error("a folder is in the way of the theme file", at: SourceLocation(path: path))
            case .file, .symbolicLink: return overwrite ? nil : .error("the file already exists", at: SourceLocation(path: path))
            }
        }
    }

    /// Writes every file under `destination`, replacing existing files, and returns their paths, sorted.
    /// An existing file is removed first, so a symbolic link is replaced rather than written through. A
    /// file that cannot be written is an error at its path.
    @discardableResult
    public func write(into destination: String) throws -> [String] {
        try files.keys.sorted().map { relative in
            let path = Path.join(destination, relative)
            do {
                try fileSystem.createDirectory(Path.directory(of: path))
                if let kind = fileSystem.kind(of: path), kind != .directory { try fileSystem.remove(path) }
                try fileSystem.write(files[relative] ?? Data(), to: path)
            } catch {
                throw DiagnosticList([.error("could not write the file: \(Self.reason(error))", at: SourceLocation(path: path))])
            }
            return path
        }
    }

    /// A short reason for a file system error, such as "Not a directory", without Foundation's error code.
    private static func reason(_ error: any Error) -> String {
        if let error = error as? FileSystemError { return error.reason }
        if let underlying = (error as? CocoaError)?.underlying.map({ $0 as NSError }), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}
