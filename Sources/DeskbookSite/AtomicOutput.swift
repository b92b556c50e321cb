import DeskbookCore
import Foundation

/// Writes a whole site into a staging folder and swaps it in only when every file was written.
///
/// The site that is replaced is kept as a hidden sibling (`.public.deskbook-previous`) and recycled as the
/// next build's staging folder: its folders are reused and files whose bytes did not change are not
/// rewritten, so repeated builds avoid creating and deleting thousands of folders. Every site gets the marker
/// file of `OutputFolder`; callers hold the output's lock and have checked that its folders are Deskbook's.
public struct AtomicOutput: Sendable {
    public var fileSystem: any FileSystem
    public var folder: OutputFolder

    public init(fileSystem: any FileSystem, folder: OutputFolder) {
        self.fileSystem = fileSystem
        self.folder = folder
    }

    public func write(_ files: [OutputFile]) async throws {
        if let unsafe = files.first(where: { !Self.isPlainRelativePath($0.path) }) {
            throw FileSystemError(path: folder.path, reason: "refusing to write \(unsafe.path), which is not a plain path inside the output folder")
        }
        let staging = folder.staging
        let previous = folder.previous
        if fileSystem.kind(of: staging) == nil, fileSystem.kind(of: previous) == .directory {
            try fileSystem.move(previous, to: staging)
        }
        try fileSystem.createDirectory(staging)
        let folders = Set(files.flatMap { Self.ancestors(of: $0.path) })
        let paths = Set(files.map(\.path) + [OutputFolder.markerName])
        await removeStale(in: staging, keepingFiles: paths, folders: folders)
        try fileSystem.write(Data(OutputFolder.markerText.utf8), to: Path.join(staging, OutputFolder.markerName))
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
            throw FileSystemError(path: folder.path, reason: "could not create \(failure)")
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
            throw FileSystemError(path: folder.path, reason: "could not write \(failure)")
        }
        try swapIn(staging, previous: previous)
    }

    /// Moves the output aside as `previous` and the staging folder in its place, moving the output back when
    /// the second move fails.
    private func swapIn(_ staging: String, previous: String) throws {
        let destination = folder.path
        if fileSystem.kind(of: previous) != nil { try fileSystem.remove(previous) }
        let hadOutput = fileSystem.kind(of: destination) != nil
        if hadOutput { try fileSystem.move(destination, to: previous) }
        do {
            try fileSystem.move(staging, to: destination)
        } catch {
            if hadOutput { try? fileSystem.move(previous, to: destination) }
            throw error
        }
    }

    /// True for a relative path without empty, `.` or `..` segments, which stays inside the folder it is joined to.
    static func isPlainRelativePath(_ path: String) -> Bool {
        !path.isEmpty && Path.normalize(path) == path
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

    /// Deletes what a recycled staging folder holds that the new site does not, and every symbolic link in it,
    /// so no write can follow a link out of the staging folder.
    private func removeStale(in staging: String, keepingFiles files: Set<String>, folders: Set<String>) async {
        var stale: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = Path.join(staging, relative)
            for name in (try? fileSystem.list(folder)) ?? [] {
                let child = Path.join(relative, name)
                switch fileSystem.kind(of: Path.join(staging, child)) {
                case .directory where folders.contains(child): pending.append(child)
                case .file where files.contains(child): continue
                default: stale.append(child)
                }
            }
        }
        let fileSystem = self.fileSystem
        _ = await concurrentMap(stale) { try? fileSystem.remove(Path.join(staging, $0)) }
    }
}
