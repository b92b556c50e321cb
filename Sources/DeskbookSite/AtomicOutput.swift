import DeskbookCore
import Foundation

/// Writes a whole site into a temporary sibling folder and swaps it in only when every file was written.
public struct AtomicOutput: Sendable {
    public var fileSystem: any FileSystem
    public var destination: String

    public init(fileSystem: any FileSystem, destination: String) {
        self.fileSystem = fileSystem
        self.destination = destination
    }

    public func write(_ files: [OutputFile]) async throws {
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = destination + ".deskbook-new-" + suffix
        let retired = destination + ".deskbook-old-" + suffix
        try fileSystem.createDirectory(staging)
        do {
            let folders = Set(files.map { Path.directory(of: $0.path) })
            for folder in folders.sorted() where !folder.isEmpty { try fileSystem.createDirectory(Path.join(staging, folder)) }
            let fileSystem = self.fileSystem
            let failures = await concurrentMap(files) { file -> String? in
                do {
                    try fileSystem.write(file.data, to: Path.join(staging, file.path))
                    return nil
                } catch {
                    return "\(file.path): \(error)"
                }
            }
            if let failure = failures.compactMap({ $0 }).first {
                throw FileSystemError(path: destination, reason: "could not write \(failure)")
            }
            let hadPrevious = fileSystem.kind(of: destination) != nil
            if hadPrevious { try fileSystem.move(destination, to: retired) }
            try fileSystem.move(staging, to: destination)
            if hadPrevious { try? fileSystem.remove(retired) }
        } catch {
            try? fileSystem.remove(staging)
            throw error
        }
    }
}
