import Foundation

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

    /// A 64-bit fingerprint of `data` that reads it eight bytes at a time, several times faster than `fnv1a`
    /// on pages of HTML; for telling whether a file's bytes changed, not for names (which keep `fnv1a`).
    public static func wordFingerprint(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            var hash = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
            func mix(_ word: UInt64) {
                hash = (hash ^ word) &* 0xff51_afd7_ed55_8ccd
                hash ^= hash >> 31
            }
            var offset = 0
            while offset + 8 <= bytes.count {
                mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            var tail: UInt64 = 0
            for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
            mix(tail)
            mix(0xc4ce_b9fe_1a85_ec53)
            return hash
        }
    }
}
