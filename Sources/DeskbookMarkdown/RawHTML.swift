/// Makes the raw HTML of a Markdown document safe to publish: allowlisted tags stay markup, everything else
/// becomes visible text.
///
/// A tag stays markup when `HTMLAllowlist` allows it and it is well formed by CommonMark's definition of an HTML
/// tag; its attributes outside the allowlist and addresses `SafeURL` refuses are dropped. Comments are left out.
/// Every other `<` is written as `&lt;`, so the browser meets no markup but the tags written here, whatever the
/// rest of the text holds (`<script>`, `<script/x>`, `<form>`, `<svg>`, `<!DOCTYPE>`, an unclosed comment).
enum RawHTML {
    private static let lessThan = Array("&lt;".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    static func sanitize(_ html: String) -> String {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        // Searches for a comment's end or a closing quote fail at once past the last one, which keeps
        // the scan linear on text such as `<!--` or `<a title="` repeated.
        let lastCommentEnd = lastIndex(of: commentClose, in: bytes)
        let lastQuotes = HTMLTag.LastQuotes(
            double: bytes.lastIndex(of: UInt8(ascii: "\"")) ?? -1,
            single: bytes.lastIndex(of: UInt8(ascii: "'")) ?? -1
        )
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                output.append(byte)
                index += 1
                continue
            }
            if let end = commentEnd(bytes, at: index, lastEnd: lastCommentEnd) {
                index = end
            } else if let tag = HTMLTag.parse(bytes, at: index, lastQuotes: lastQuotes) {
                output += tag.isAllowed ? tag.markup : Array(HTMLEscape.text(tag.source).utf8)
                index = tag.end
            } else {
                output += lessThan
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Where a complete comment (`<!--` up to the first `-->`, `<!-->` included) starting at `start` ends.
    private static func commentEnd(_ bytes: [UInt8], at start: Int, lastEnd: Int) -> Int? {
        guard start + 2 <= lastEnd, bytes[start...].starts(with: commentOpen) else { return nil }
        var index = start + 2
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: ">") {
                return index + 3
            }
            index += 1
        }
        return nil
    }

    /// Where the last occurrence of `needle` starts, -1 when there is none.
    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int {
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return -1
    }
}
