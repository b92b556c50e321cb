import DeskbookCore

/// The bytes of an index file with their fingerprint, computed where the file is encoded.
struct HashedFile: Sendable {
    let bytes: [UInt8]
    let fingerprint: UInt64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.fingerprint = ContentHash.fnv1a(bytes)
    }

    /// One hash of groups of files, from their fingerprints and the number of files in each group.
    static func hash(of groups: [[HashedFile]]) -> String {
        var writer = ByteWriter()
        for group in groups {
            writer.varint(group.count)
            for file in group { writer.append(withUnsafeBytes(of: file.fingerprint.littleEndian) { Array($0) }) }
        }
        return ContentHash.hex(writer.bytes, length: 8)
    }
}
