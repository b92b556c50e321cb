/// Byte-level text helpers for hot paths, where `Character` processing is too slow.
public enum TextScan {
    /// Whether `needle` occurs in `text`, comparing UTF-8 bytes.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var matched = true
                    for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                        matched = false
                        break
                    }
                    if matched { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Collapses runs of ASCII whitespace to single spaces and trims the ends.
    public static func collapsingWhitespace(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
                pendingSpace = !output.isEmpty
            default:
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The lines of a text split at `\n`, as substrings, found by scanning bytes.
    public static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.utf8.startIndex
        var index = start
        let utf8 = text.utf8
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                result.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result.append(text[start..<utf8.endIndex])
        return result
    }
}
