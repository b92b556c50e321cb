/// Cuts the text a chunk stores for a result: whitespace collapsed to single spaces, at most `limit`
/// code points, cut at a word boundary and ended with "…" when shortened. Works on the UTF-8 bytes and
/// reads no further into the text than it needs.
enum ExcerptText {
    static func make(_ text: String, limit: Int) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var excerpt: [UInt8] = []
            var length = 0
            var index = 0
            while index < bytes.count {
                let (isSpace, size) = scalar(in: bytes, at: index)
                if isSpace {
                    index += size
                    continue
                }
                let start = index
                var wordLength = 0
                while index < bytes.count {
                    let (isSpace, size) = scalar(in: bytes, at: index)
                    if isSpace { break }
                    index += size
                    wordLength += 1
                }
                let separator = length == 0 ? 0 : 1
                guard length + separator + wordLength <= limit else {
                    if length == 0 { excerpt += bytes[start..<prefixEnd(bytes, from: start, scalars: limit)] }
                    excerpt += "…".utf8
                    break
                }
                if separator == 1 { excerpt.append(0x20) }
                excerpt += bytes[start..<index]
                length += separator + wordLength
            }
            return String(decoding: excerpt, as: UTF8.self)
        }
    }

    /// Whether the code point at `index` is whitespace, and its length in bytes. Besides ASCII, only
    /// sequences starting with C2, E1, E2 or E3 can be whitespace (U+0085, U+00A0, U+1680, U+2000...
    /// U+3000), so only those are decoded.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (isSpace: Bool, size: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (lead == 0x20 || (0x09...0x0D).contains(lead), 1) }
        let size = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard lead == 0xC2 || (0xE1...0xE3).contains(lead) else { return (false, size) }
        let decoded = String(decoding: bytes[index..<index + size], as: UTF8.self).unicodeScalars.first!
        return (decoded.properties.isWhitespace, size)
    }

    /// The end of the first `scalars` code points from `start`.
    private static func prefixEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalars: Int) -> Int {
        var index = start
        for _ in 0..<scalars where index < bytes.count {
            index += scalar(in: bytes, at: index).size
        }
        return index
    }
}
