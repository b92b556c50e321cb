import DeskbookCore
import Foundation

/// The bytes of an index file with their fingerprint, computed where the file is encoded. A file is
/// named by its fingerprint, so a file whose bytes do not change keeps its name from build to build.
struct HashedFile: Sendable {
    let data: Data
    let fingerprint: UInt64

    init(_ bytes: [UInt8]) {
        data = Data(bytes)
        fingerprint = ContentHash.fnv1a(bytes)
    }

    /// Hex digits of the fingerprint in a name: 40 bits, as for theme assets.
    static let nameDigits = 10

    /// The hash part of each file's name: `nameDigits` hex digits of its fingerprint, or all 16 for a
    /// file whose short name another file of `files` with other bytes already has, so that no two
    /// files of one index share a name.
    static func names(_ files: [HashedFile]) -> [String] {
        var owners: [String: UInt64] = [:]
        return files.map { file in
            let name = ContentHash.hex(fingerprint: file.fingerprint, length: nameDigits)
            if let owner = owners[name], owner != file.fingerprint { return ContentHash.hex(fingerprint: file.fingerprint, length: 16) }
            owners[name] = file.fingerprint
            return name
        }
    }
}
