import Crypto
import Foundation

/// The signature of a webhook delivery: HMAC-SHA256 with the shared key over `<timestamp>.<body>`, in hex.
///
/// The receiver recomputes it from the `Deskbook-Timestamp` header and the raw body, compares it with
/// `Deskbook-Signature` (`v1=<hex>`), and refuses old timestamps so that a recorded delivery cannot be replayed.
public enum WebhookSignature {
    public static let timestampHeader = "Deskbook-Timestamp"
    public static let signatureHeader = "Deskbook-Signature"

    /// The `Deskbook-Signature` value for `body` sent at `timestamp` (whole seconds since 1970).
    public static func sign(body: Data, timestamp: Int, key: String) -> String {
        var message = Data(String(timestamp).utf8)
        message.append(UInt8(ascii: "."))
        message.append(body)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Data(key.utf8)))
        return "v1=" + code.map { String(format: "%02x", $0) }.joined()
    }
}
