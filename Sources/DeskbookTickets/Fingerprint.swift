import Crypto
import Foundation

/// A SHA-256 digest in hex: what tells a retried request from a different one sent under the same key.
public enum Fingerprint {
    public static func of(_ parts: Data...) -> String {
        var hash = SHA256()
        for part in parts {
            hash.update(data: withUnsafeBytes(of: UInt64(part.count).bigEndian) { Data($0) })
            hash.update(data: part)
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
