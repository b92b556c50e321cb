/// Byte-level text helpers for hot paths, where `Character` processing is too slow.
public enum TextScan {
    /// Whether `needle` occurs in `text`, comparing UTF-8 bytes.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        offset(of: Array(needle.utf8), in: Array(text.utf8)) != nil
    }

    /// The offset of the first occurrence of `pattern` in `bytes` at or after `start`, or nil.
    public static func offset(of pattern: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard let first = pattern.first else { return start }
        guard bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first, matches(pattern, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `bytes` holds `pattern` at `index`.
    public static func matches(_ pattern: some Collection<UInt8>, in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, bytes.count - index >= pattern.count else { return false }
        var position = index
        for byte in pattern {
            if bytes[position] != byte { return false }
            position += 1
        }
        return true
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
