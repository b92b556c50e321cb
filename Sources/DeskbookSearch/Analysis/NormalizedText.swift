/// Receives the normalized text of `NormalizedText.scan`, scalar by scalar.
protocol NormalizedTextSink {
    /// The next normalized scalar and the UTF-16 range in the source text it comes from.
    mutating func append(_ scalar: Unicode.Scalar, start: Int, end: Int)
    /// The last scalar appended becomes `scalar` (и followed by a combining breve becomes й).
    mutating func replaceLast(with scalar: Unicode.Scalar)
    /// The source range of the last scalar appended now ends at `end`: the code points after it
    /// normalized to nothing.
    mutating func extendLast(to end: Int)
}

/// Step 1 of the analysis (see `TextAnalyzer`) in one pass over a text's UTF-8 bytes: an ASCII byte
/// is lowercased on the spot, any other code point goes through `ScalarFolding`. A combining breve
/// turns a preceding и into й, and a code point that normalizes to nothing (a mark, a soft hyphen)
/// belongs to the scalar before it, whose source range grows to cover it.
enum NormalizedText {
    /// Hands the normalized scalars of `text` to `sink`, in text order.
    static func scan<Sink: NormalizedTextSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { bytes in scan(bytes, into: &sink) }
    }

    private static func scan<Sink: NormalizedTextSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        let folding = ScalarFolding.shared
        var cache: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        var last: Unicode.Scalar?
        var index = 0
        var offset = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                let scalar = Unicode.Scalar(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                sink.append(scalar, start: offset, end: offset + 1)
                last = scalar
                index += 1
                offset += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: index, lead: byte)
            let next = offset + (length == 4 ? 2 : 1)
            var appended = false
            folding.forEachScalar(of: scalar, cache: &cache) { folded in
                if folded != ScalarFolding.breve {
                    sink.append(folded, start: offset, end: next)
                    last = folded
                    appended = true
                } else if last == "и" {
                    sink.replaceLast(with: "й")
                    last = "й"
                }
            }
            if !appended, last != nil { sink.extendLast(to: next) }
            index += length
            offset = next
        }
    }

    /// The code point of the multi-byte sequence starting with `lead` at `index` (Swift strings hold
    /// valid UTF-8) and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> (Unicode.Scalar, Int) {
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        let (value, length): (UInt32, Int)
        if lead < 0xE0 {
            (value, length) = (UInt32(lead & 0x1F) << 6 | continuation(1), 2)
        } else if lead < 0xF0 {
            (value, length) = (UInt32(lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        } else {
            (value, length) = (UInt32(lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
