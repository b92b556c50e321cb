import Foundation
import Synchronization

/// Reads the files of an index folder (a built site's public/search/) for a `SearchEngine`.
///
/// The manifests (`<lang>/index.json`), which a query reads every time so that a rebuilt index is seen at once,
/// are kept with the status of their file and read again only when it changed: a build writes a new file (another
/// inode, size or time), so a rebuild is still seen by the next query, which now costs one `stat` instead of
/// reading the manifest. Every other file is named by a hash of its bytes and read once into `IndexCache`.
final class IndexFolder: Sendable {
    /// What tells one version of a file from another.
    private struct Status: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = info.st_mtim
            changed = info.st_ctim
        }

        static func == (a: Status, b: Status) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    private struct Kept: @unchecked Sendable {
        var status: Status
        var data: Data
    }

    private let root: String
    private let manifests = Mutex<[String: Kept]>([:])

    init(directory: String) {
        root = directory.hasSuffix("/") ? directory : directory + "/"
    }

    /// The bytes of `path`, relative to the folder.
    func read(_ path: String) throws -> Data {
        let file = root + path
        guard path.hasSuffix("/index.json"), let status = Status(path: file) else {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        }
        if let kept = manifests.withLock({ $0[path] }), kept.status == status { return kept.data }
        // Read after the status was taken: a file replaced in between is read again at the next query.
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        manifests.withLock { $0[path] = Kept(status: status, data: data) }
        return data
    }
}
