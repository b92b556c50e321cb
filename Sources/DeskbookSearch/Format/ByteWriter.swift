/// Appends the index's binary encodings: unsigned LEB128 varints and raw bytes.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func varint(_ value: Int) {
        precondition(value >= 0, "varints are unsigned")
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func append<Bytes: Sequence>(_ data: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: data)
    }
}
