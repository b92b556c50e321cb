/// Escaping for text that reaches HTML.
public enum HTMLEscape {
    /// Escapes `& < > " '` for element content.
    public static func text(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for character in value.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Escapes a value placed inside a double-quoted attribute.
    public static func attribute(_ value: String) -> String { text(value) }
}

extension HTMLEscape {
    /// Escapes a URL for an `href` exactly as cmark-gfm's HTML renderer does: URL characters stay,
    /// `&` and `'` become entities, every other byte is percent-encoded.
    public static func href(_ url: String) -> String {
        var result = ""
        result.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            case _ where hrefSafe.contains(byte): result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%"
                result += String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    private static let hrefSafe: Set<UInt8> = Set(
        Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~".utf8)
    )
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
