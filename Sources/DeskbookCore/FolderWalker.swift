/// Walks a folder tree in name order, skipping hidden entries, and reports what it cannot walk: links the file
/// system does not follow, folder link loops and unreadable folders, each as an error at its own path.
public struct FolderWalker: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// An entry below the walked folder.
    public struct Entry {
        public var path: String
        /// The path below the walked folder, e.g. `billing/refunds.md`.
        public var relativePath: String
        public var isDirectory: Bool
    }

    /// Calls `visit` for every file and folder below `folder`; a folder is entered when `visit` returns true.
    /// A missing `folder` has no entries.
    public func walk(_ folder: String, visit: (Entry) -> Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        switch fileSystem.kind(of: folder) {
        case .directory:
            var chain: Set<String> = []
            walk(folder, relative: "", chain: &chain, diagnostics: &diagnostics, visit: visit)
        case .symbolicLink:
            diagnostics.append(unfollowed(folder))
        case .file, nil:
            break
        }
        return diagnostics
    }

    private func walk(_ directory: String, relative: String, chain: inout Set<String>, diagnostics: inout [Diagnostic], visit: (Entry) -> Bool) {
        let real = fileSystem.realPath(directory) ?? directory
        guard chain.insert(real).inserted else {
            diagnostics.append(.error("symbolic link loop: \(directory) leads back to \(real)", at: SourceLocation(path: directory)))
            return
        }
        defer { chain.remove(real) }
        let names: [String]
        do {
            names = try fileSystem.list(directory)
        } catch {
            diagnostics.append(.error("cannot read folder: \(error)", at: SourceLocation(path: directory)))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let entry = Entry(path: Path.join(directory, name), relativePath: Path.join(relative, name), isDirectory: false)
            switch fileSystem.kind(of: entry.path) {
            case .directory:
                var folder = entry
                folder.isDirectory = true
                if visit(folder) { walk(folder.path, relative: folder.relativePath, chain: &chain, diagnostics: &diagnostics, visit: visit) }
            case .file:
                _ = visit(entry)
            case .symbolicLink:
                diagnostics.append(unfollowed(entry.path))
            case nil:
                continue
            }
        }
    }

    private func unfollowed(_ path: String) -> Diagnostic {
        .error("symbolic link not followed: \(fileSystem.unfollowedLinkReason(path))", at: SourceLocation(path: path))
    }
}
