import Foundation
import CCmarkGFM
import DeskbookCore

/// A parsed Markdown document owning its cmark-gfm tree.
///
/// Parse once, read `headings`, `links` and `sections`, rewrite links, then render.
/// A document is used by one task at a time; it is `Sendable` so it can move between tasks.
public final class MarkdownDocument: @unchecked Sendable {
    private let root: OpaquePointer
    private let extensions: UnsafeMutablePointer<cmark_llist>?
    private let parser: OpaquePointer

    /// Headings in document order with unique ids.
    public private(set) var headings: [Heading] = []
    /// Links and images in document order.
    public private(set) var links: [Link] = []

    public init(_ source: String) {
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
        root = CmarkExtensions.finish(parser)!
        extensions = cmark_parser_get_syntax_extensions(parser)
        cmark_consolidate_text_nodes(root)
        collectHeadingsAndLinks()
        sections = collectSections()
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    private func collectHeadingsAndLinks() {
        var found: [(level: Int, text: String, line: Int)] = []
        walk { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                found.append((Int(cmark_node_get_heading_level(node)), Self.plainText(of: node), Int(cmark_node_get_start_line(node))))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                links.append(Link(
                    destination: url,
                    line: Int(cmark_node_get_start_line(node)),
                    column: Int(cmark_node_get_start_column(node)),
                    isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE
                ))
            default: break
            }
        }
        let ids = HeadingSlug.unique(found.map(\.text))
        headings = zip(found, ids).map { Heading(level: $0.level, text: $0.text, id: $1, line: $0.line) }
    }

    /// Calls `visit` for every node on entry, in document order.
    private func walk(_ visit: (OpaquePointer) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// Replaces link destinations: `transform` returns the new URL, or nil to keep the old one.
    public func rewriteLinks(_ transform: (Link) -> String?) {
        var index = 0
        walk { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            defer { index += 1 }
            guard index < links.count, let replacement = transform(links[index]) else { return }
            cmark_node_set_url(node, replacement)
            links[index].destination = replacement
        }
    }

    /// The concatenated text of a node's inline descendants, without markup.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
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

    /// Plain text grouped by heading, for the search index and excerpts; read at parse time.
    public private(set) var sections: [DocumentSection] = []

    private func collectSections() -> [DocumentSection] {
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
            headingIndex += Self.countHeadings(in: node)
            let text = Self.blockText(of: node)
            guard !text.isEmpty else { continue }
            let last = result.count - 1
            result[last].text += result[last].text.isEmpty ? text : " " + text
        }
        return result.filter { $0.heading != nil || !$0.text.isEmpty }
    }

    private static func countHeadings(in node: OpaquePointer) -> Int {
        var count = 0
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator),
               cmark_node_get_type(child) == CMARK_NODE_HEADING { count += 1 }
        }
        return count
    }

    /// Text of a block: inline text joined, blocks separated by spaces, code blocks included.
    private static func blockText(of node: OpaquePointer) -> String {
        var parts: [String] = []
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(child) { parts.append(String(cString: literal)) }
            default: break
            }
        }
        return TextScan.collapsingWhitespace(parts.joined(separator: " "))
    }

    /// Renders HTML: headings get ids and anchor links, GitHub alerts become callouts.
    ///
    /// Rendering transforms the tree, so call it once, after `rewriteLinks`.
    public func renderHTML(options: RenderOptions = RenderOptions()) -> String {
        TreeTransforms.decorateHeadings(root: root, headings: headings, anchorLabel: options.headingAnchorLabel, extensions: extensions)
        TreeTransforms.convertAlerts(root: root, options: options)
        guard let rendered = cmark_render_html(root, CmarkExtensions.options, extensions) else { return "" }
        defer { free(rendered) }
        let html = String(cString: rendered)
        return TextScan.contains(html, TaskCheckbox.marker) ? TaskCheckbox.label(html, labels: options.taskLabels) : html
    }
}
