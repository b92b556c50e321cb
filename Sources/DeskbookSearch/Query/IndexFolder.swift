import DeskbookCore
import Foundation
import Synchronization

/// Reads the files of an index folder (a built site's public/search/) for a `SearchEngine`.
///
/// The manifests (`<lang>/index.json`), which a query reads every time so that a rebuilt index is seen at once,
/// are kept with their file's `FileStamp` and read again only when it changed: a build writes a new file
/// (another inode, size or time), so a rebuild is still seen by the next query, which now costs one `stat`
/// instead of reading the manifest. Every other file is named by a hash of its bytes and read once into `IndexCache`.
final class IndexFolder: Sendable {
    private struct Kept: Sendable {
        var stamp: FileStamp
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
        guard path.hasSuffix("/index.json"), let stamp = LocalFileSystem().stamp(of: file) else {
            return try Data(contentsOf: URL(fileURLWithPath: file))
        }
        if let kept = manifests.withLock({ $0[path] }), kept.stamp == stamp { return kept.data }
        // Read after the stamp was taken: a file replaced in between is read again at the next query.
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        manifests.withLock { $0[path] = Kept(stamp: stamp, data: data) }
        return data
    }
}
