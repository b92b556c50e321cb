/// Reads what `ByteWriter` wrote; a read past the end throws `SearchIndexError.corrupt`.
struct ByteReader {
    private let bytes: [UInt8]
    private(set) var offset = 0
    let file: String

    init(_ bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func varint() throws -> Int {
        var value = 0
        var shift = 0
        while true {
            let byte = try self.byte()
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
            guard shift < 63 else { throw SearchIndexError.corrupt(file) }
        }
    }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw SearchIndexError.corrupt(file) }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bytes(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, offset + count <= bytes.count else { throw SearchIndexError.corrupt(file) }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}
