import CCmarkGFM
import DeskbookCore
import Foundation

/// A cmark-gfm parse tree, owned for the time it takes to read and render it.
final class CmarkTree {
    let root: OpaquePointer
    let extensions: UnsafeMutablePointer<cmark_llist>?
    private let parser: OpaquePointer

    init(_ source: String) {
        _ = CmarkExtensions.registered
        // cmark returns nil only when it cannot allocate memory.
        let parser: OpaquePointer = cmark_parser_new(CmarkExtensions.options)!
        for name in CmarkExtensions.names {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = source
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        self.parser = parser
        root = CmarkExtensions.inlinePass.withLock { cmark_parser_finish(parser)! }
        extensions = cmark_parser_get_syntax_extensions(parser)
        cmark_consolidate_text_nodes(root)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The headings in document order, with unique ids.
    func headings() -> [Heading] {
        var found: [(level: Int, text: String, line: Int)] = []
        Self.walk(root) { node in
            guard cmark_node_get_type(node) == CMARK_NODE_HEADING else { return }
            found.append((Int(cmark_node_get_heading_level(node)), Self.plainText(of: node), Int(cmark_node_get_start_line(node))))
        }
        let ids = HeadingSlug.unique(found.map(\.text))
        return zip(found, ids).map { Heading(level: $0.level, text: $0.text, id: $1, line: $0.line) }
    }

    /// The links and images in document order.
    func links() -> [Link] {
        var links: [Link] = []
        Self.walk(root) { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            links.append(Link(
                destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                line: Int(cmark_node_get_start_line(node)),
                column: Int(cmark_node_get_start_column(node)),
                isImage: type == CMARK_NODE_IMAGE
            ))
        }
        return links
    }

    /// The HTML of the whole tree.
    func renderHTML() -> String {
        guard let rendered = cmark_render_html(root, CmarkExtensions.options, extensions) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Calls `visit` for every node under `node` (itself included) on entry, in document order.
    static func walk(_ node: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) { visit(child) }
        }
    }

    /// The concatenated text of a node's inline descendants, without markup.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        walk(node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text
    }

    /// Plain text grouped by heading: the text before the first heading, then one section per heading.
    func sections(headings: [Heading]) -> [DocumentSection] {
        var result = [DocumentSection(heading: nil, text: "")]
        var headingIndex = 0
        var child = cmark_node_first_child(root)
        while let node = child {
            child = cmark_node_next(node)
            if cmark_node_get_type(node) == CMARK_NODE_HEADING, headingIndex < headings.count {
                result.append(DocumentSection(heading: headings[headingIndex], text: ""))
                headingIndex += 1
                continue
            }
            var nested = 0
            Self.walk(node) { if cmark_node_get_type($0) == CMARK_NODE_HEADING { nested += 1 } }
            headingIndex += nested
            let text = Self.blockText(of: node)
            guard !text.isEmpty else { continue }
            let last = result.count - 1
            result[last].text += result[last].text.isEmpty ? text : " " + text
        }
        return result.filter { $0.heading != nil || !$0.text.isEmpty }
    }

    /// Text of a block: inline text joined, blocks separated by spaces, code blocks included.
    private static func blockText(of node: OpaquePointer) -> String {
        var parts: [String] = []
        walk(node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(child) { parts.append(String(cString: literal)) }
            default: break
            }
        }
        return TextScan.collapsingWhitespace(parts.joined(separator: " "))
    }
}
