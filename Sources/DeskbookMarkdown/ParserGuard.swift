/// Checks Markdown against `ParserLimits` in one pass over its bytes, before cmark-gfm sees it.
///
/// The counts are cheap upper bounds: code spans and code blocks count too, and every line counts its `|` as
/// table cells, so a page under the limits never reaches the slow paths of the parser.
public enum ParserGuard {
    /// The first limit a text goes over, and the line (1-based) where it does.
    public struct Violation: Sendable, Hashable {
        public var line: Int
        public var message: String
    }

    public static func check(_ text: String, limits: ParserLimits) -> Violation? {
        var text = text
        return text.withUTF8 { bytes in
            var line = 1
            var declarations = 0
            var images = 0
            var pipes = 0
            var lineStart = 0
            var index = 0
            while index <= bytes.count {
                let byte = index < bytes.count ? bytes[index] : 0x0A
                switch byte {
                case 0x0A:
                    let cells = tableCells(pipes: pipes, line: bytes[lineStart..<index])
                    if cells > limits.tableColumns {
                        return Violation(line: line, message: "a table line with \(cells) cells is over the limit of \(limits.tableColumns) columns (max_table_columns)")
                    }
                    line += 1
                    pipes = 0
                    lineStart = index + 1
                case UInt8(ascii: "|"):
                    pipes += 1
                case UInt8(ascii: "<") where opensDeclaration(bytes, at: index):
                    declarations += 1
                    if declarations > limits.htmlDeclarations {
                        return Violation(line: line, message: "the page has more than \(limits.htmlDeclarations) '<![CDATA[', '<!' or '<?' (max_html_declarations), which the Markdown parser would take too long to read")
                    }
                case UInt8(ascii: "!") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "["):
                    images += 1
                    if images > limits.images {
                        return Violation(line: line, message: "the page has more than \(limits.images) images or '![' (max_images), which the Markdown parser would take too long to read")
                    }
                default:
                    break
                }
                index += 1
            }
            return nil
        }
    }

    /// `<?`, `<!` and a letter, or `<![CDATA[`: raw HTML that cmark searches to its end from every opener.
    private static func opensDeclaration(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "?") { return true }
        guard next == UInt8(ascii: "!") else { return false }
        let after = bytes[index + 2] | 0x20
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(after) || bytes[index + 2] == UInt8(ascii: "[")
    }

    /// The cells of a line with `pipes` `|` (escaped ones too): one more than the pipes, less a leading and a trailing one.
    private static func tableCells(pipes: Int, line: UnsafeBufferPointer<UInt8>.SubSequence) -> Int {
        guard pipes > 0 else { return 0 }
        let isPadding: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == UInt8(ascii: ">") }
        let leading = line.first(where: { !isPadding($0) }) == UInt8(ascii: "|") ? 1 : 0
        let trailing = line.last(where: { !isPadding($0) }) == UInt8(ascii: "|") ? 1 : 0
        return pipes + 1 - leading - trailing
    }
}
