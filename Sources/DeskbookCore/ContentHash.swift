/// A fast 64-bit FNV-1a fingerprint of bytes, used for cache-busting file names (not for security).
public enum ContentHash {
    /// Inlinable, so that callers in other modules get a loop specialised for their byte collection.
    @inlinable
    public static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The first `length` hex digits of the fingerprint.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes, length: Int = 10) -> String where Bytes.Element == UInt8 {
        hex(fingerprint: fnv1a(bytes), length: length)
    }

    /// The first `length` hex digits of a fingerprint `fnv1a` made.
    public static func hex(fingerprint: UInt64, length: Int = 10) -> String {
        let digits = String(fingerprint, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - digits.count)) + digits
        return String(padded.prefix(length))
    }
}
