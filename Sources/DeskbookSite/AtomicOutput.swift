import DeskbookCore
import Foundation

/// Writes a whole site into a staging folder and swaps it in only when every file was written.
///
/// The site that is replaced is kept as a hidden sibling (`.public.deskbook-previous`) and recycled as the
/// next build's staging folder: its folders are reused, and a file that `WriteManifest` shows to hold the bytes
/// it would get is neither read nor rewritten, so repeated builds avoid creating and deleting thousands of
/// folders and writing thousands of files. Every site gets the marker
/// file of `OutputFolder`; callers hold the output's lock and have checked that its folders are Deskbook's.
public struct AtomicOutput: Sendable {
    public var fileSystem: any FileSystem
    public var folder: OutputFolder

    public init(fileSystem: any FileSystem, folder: OutputFolder) {
        self.fileSystem = fileSystem
        self.folder = folder
    }

    /// Writes `files`, rendering those left for the writing; an error rendering one (a `DiagnosticList`) is thrown
    /// as it is, and the output is left as it was.
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
        let manifest = WriteManifest.read(folder.manifest, fileSystem: fileSystem)
        let folders = Set(files.flatMap { Self.ancestors(of: $0.path) })
        let existing = await removeStale(in: staging, keepingFiles: Set(files.map(\.path) + [OutputFolder.markerName]), folders: folders)
        // First, so that a build stopped from here on leaves a staging folder the next build may replace.
        let marker = Path.join(staging, OutputFolder.markerName)
        let markerData = Data(OutputFolder.markerText.utf8)
        if fileSystem.kind(of: marker) != .file || (try? fileSystem.contents(of: marker)) != markerData {
            try fileSystem.write(markerData, to: marker)
        }
        let fileSystem = self.fileSystem
        let folderFailures = await concurrentMap(folders.subtracting(existing).sorted()) { folder -> String? in
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
        let written = await concurrentMap(files) { file -> Result<WriteManifest.Entry?, any Error> in
            let path = Path.join(staging, file.path)
            let data: Data
            do { data = try file.bytes() } catch { return .failure(error) }
            let fingerprint = ContentHash.wordFingerprint(data)
            if let stamp = fileSystem.stamp(of: path), manifest.holds(file.path, stamp: stamp, fingerprint: fingerprint) {
                return .success(WriteManifest.Entry(stamp: stamp, fingerprint: fingerprint))
            }
            do {
                try fileSystem.write(data, to: path)
                return .success(fileSystem.stamp(of: path).map { WriteManifest.Entry(stamp: $0, fingerprint: fingerprint) })
            } catch {
                return .failure(FileSystemError(path: folder.path, reason: "could not write \(file.path): \(error)"))
            }
        }
        var entries: [String: WriteManifest.Entry] = [:]
        entries.reserveCapacity(files.count)
        for (file, result) in zip(files, written) {
            if let entry = try result.get() { entries[file.path] = entry }
        }
        try swapIn(staging, previous: previous)
        try manifest.after(writing: entries).write(to: folder.manifest, fileSystem: fileSystem)
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
    /// so no write can follow a link out of the staging folder; returns the folders of `folders` it already has.
    private func removeStale(in staging: String, keepingFiles files: Set<String>, folders: Set<String>) async -> Set<String> {
        var stale: [String] = []
        var kept: Set<String> = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = Path.join(staging, relative)
            for name in (try? fileSystem.list(folder)) ?? [] {
                let child = Path.join(relative, name)
                switch fileSystem.kind(of: Path.join(staging, child)) {
                case .directory where folders.contains(child):
                    pending.append(child)
                    kept.insert(child)
                case .file where files.contains(child): continue
                default: stale.append(child)
                }
            }
        }
        let fileSystem = self.fileSystem
        _ = await concurrentMap(stale) { try? fileSystem.remove(Path.join(staging, $0)) }
        return kept
    }
}
