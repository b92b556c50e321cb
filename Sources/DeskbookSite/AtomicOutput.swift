import DeskbookCore
import Foundation

/// Writes a whole site into a staging folder and swaps it in only when every file was written.
///
/// The site that is replaced is kept as a hidden sibling (`.public.deskbook-previous`) and recycled as the
/// next build's staging folder: its folders are reused and files whose bytes did not change are not
/// rewritten, so repeated builds avoid creating and deleting thousands of folders.
public struct AtomicOutput: Sendable {
    public var fileSystem: any FileSystem
    public var destination: String

    public init(fileSystem: any FileSystem, destination: String) {
        self.fileSystem = fileSystem
        self.destination = destination
    }

    private var hiddenSibling: (String) -> String {
        let parent = Path.directory(of: destination)
        let name = Path.fileName(of: destination)
        return { suffix in Path.join(parent.isEmpty && destination.hasPrefix("/") ? "/" : parent, ".\(name).deskbook-\(suffix)") }
    }

    /// The folder a build writes into before the swap.
    public var stagingFolder: String { hiddenSibling("staging") }
    /// The previous site, kept for recycling.
    public var previousFolder: String { hiddenSibling("previous") }

    public func write(_ files: [OutputFile]) async throws {
        let staging = stagingFolder
        let previous = previousFolder
        if fileSystem.kind(of: staging) == nil, fileSystem.kind(of: previous) == .directory {
            try fileSystem.move(previous, to: staging)
        }
        try fileSystem.createDirectory(staging)
        let folders = Set(files.flatMap { Self.ancestors(of: $0.path) })
        let paths = Set(files.map(\.path))
        await removeStale(in: staging, keepingFiles: paths, folders: folders)
        let fileSystem = self.fileSystem
        let folderFailures = await concurrentMap(folders.sorted()) { folder -> String? in
            do {
                try fileSystem.createDirectory(Path.join(staging, folder))
                return nil
            } catch {
                return "\(folder): \(error)"
            }
        }
        if let failure = folderFailures.compactMap({ $0 }).first {
            throw FileSystemError(path: destination, reason: "could not create \(failure)")
        }
        let failures = await concurrentMap(files) { file -> String? in
            let path = Path.join(staging, file.path)
            if let existing = try? fileSystem.contents(of: path), existing == file.data { return nil }
            do {
                try fileSystem.write(file.data, to: path)
                return nil
            } catch {
                return "\(file.path): \(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw FileSystemError(path: destination, reason: "could not write \(failure)")
        }
        if fileSystem.kind(of: previous) != nil { try fileSystem.remove(previous) }
        let hadOutput = fileSystem.kind(of: destination) != nil
        if hadOutput { try fileSystem.move(destination, to: previous) }
        try fileSystem.move(staging, to: destination)
    }

    /// Every folder a file path needs, e.g. `en/a/index.html` → `en`, `en/a`.
    static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var folder = Path.directory(of: path)
        while !folder.isEmpty {
            result.append(folder)
            folder = Path.directory(of: folder)
        }
        return result
    }

    /// Deletes what a recycled staging folder holds that the new site does not.
    private func removeStale(in staging: String, keepingFiles files: Set<String>, folders: Set<String>) async {
        var stale: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = Path.join(staging, relative)
            for name in (try? fileSystem.list(folder)) ?? [] {
                let child = Path.join(relative, name)
                if fileSystem.kind(of: Path.join(staging, child)) == .directory {
                    if folders.contains(child) { pending.append(child) } else { stale.append(child) }
                } else if !files.contains(child) {
                    stale.append(child)
                }
            }
        }
        let fileSystem = self.fileSystem
        _ = await concurrentMap(stale) { try? fileSystem.remove(Path.join(staging, $0)) }
    }
}
