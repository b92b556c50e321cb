import CCmarkGFM
import Foundation

/// Rewrites of the cmark tree done just before rendering HTML.
enum TreeTransforms {
    /// Filters raw HTML through `RawHTML` and empties the addresses of links and images that `SafeURL` refuses,
    /// so the page is safe without relying on its Content-Security-Policy.
    static func makeSafe(root: OpaquePointer) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                guard let literal = cmark_node_get_literal(node) else { continue }
                let html = String(cString: literal)
                let safe = RawHTML.sanitize(html)
                if safe != html { cmark_node_set_literal(node, safe) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard let url = cmark_node_get_url(node), !SafeURL.isAllowed(String(cString: url)) else { continue }
                cmark_node_set_url(node, "")
            default:
                continue
            }
        }
    }

    /// Replaces every heading with HTML that carries its id and a trailing anchor link.
    ///
    /// cmark's HTML renderer cannot add attributes, so the heading's inline content is rendered on its own
    /// and placed in a custom block together with the opening and closing tags.
    static func decorateHeadings(root: OpaquePointer, headings: [Heading], markers: inout SlotMarkers, extensions: UnsafeMutablePointer<cmark_llist>?) {
        var nodes: [OpaquePointer] = []
        collect(root, type: CMARK_NODE_HEADING, into: &nodes)
        for (node, heading) in zip(nodes, headings) {
            guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK), let rendered = cmark_render_html(node, CmarkExtensions.options, extensions) else { continue }
            let html = String(cString: rendered)
            free(rendered)
            let openTag = "<h\(heading.level)>"
            let closeTag = "</h\(heading.level)>"
            var inner = html.hasPrefix(openTag) ? String(html.dropFirst(openTag.count)) : html
            while inner.hasSuffix("\n") { inner.removeLast() }
            if inner.hasSuffix(closeTag) { inner.removeLast(closeTag.count) }
            let id = HTMLEscape.attribute(heading.id)
            let label = markers.marker(for: .headingAnchorLabel) + ": " + HTMLEscape.attribute(heading.text)
            cmark_node_set_on_enter(wrapper, "<h\(heading.level) id=\"\(id)\">\(inner) <a class=\"heading-anchor\" href=\"#\(id)\" aria-label=\"\(label)\">#</a>\(closeTag)")
            cmark_node_set_on_exit(wrapper, "")
            cmark_node_replace(node, wrapper)
            cmark_node_free(node)
        }
    }

    /// Turns block quotes that start with `[!KIND]` into callout blocks.
    static func convertAlerts(root: OpaquePointer, markers: inout SlotMarkers) {
        var quotes: [OpaquePointer] = []
        collect(root, type: CMARK_NODE_BLOCK_QUOTE, into: &quotes)
        for quote in quotes {
            guard let paragraph = cmark_node_first_child(quote),
                  cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let marker = cmark_node_first_child(paragraph),
                  cmark_node_get_type(marker) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(marker) else { continue }
            let firstText = String(cString: literal)
            let markerEnd = firstText.firstIndex(of: "]").map { firstText.index(after: $0) } ?? firstText.endIndex
            guard let kind = AlertKind(marker: String(firstText[..<markerEnd])) else { continue }
            let rest = firstText[markerEnd...].drop { $0 == " " }
            if rest.isEmpty {
                removeMarker(marker)
            } else {
                cmark_node_set_literal(marker, String(rest))
            }
            if cmark_node_first_child(paragraph) == nil {
                cmark_node_unlink(paragraph)
                cmark_node_free(paragraph)
            }
            guard let callout = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let title = markers.marker(for: .alertTitle(kind))
            cmark_node_set_on_enter(
                callout,
                "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\"><p class=\"callout-title\">\(title)</p>"
            )
            cmark_node_set_on_exit(callout, "</div>")
            moveChildren(from: quote, to: callout)
            cmark_node_replace(quote, callout)
            cmark_node_free(quote)
        }
    }

    /// Puts slots in each checked link (`Link.isChecked`): its URL, and a marker at its end, so that
    /// once the site knows where it goes the link can point there, or be removed leaving its text.
    static func markCheckedLinks(root: OpaquePointer, links: [Link], markers: inout SlotMarkers) {
        guard links.contains(where: \.isChecked) else { return }
        var nodes: [OpaquePointer] = []
        collect(root, types: [CMARK_NODE_LINK, CMARK_NODE_IMAGE], into: &nodes)
        for (index, (node, link)) in zip(nodes, links).enumerated() where link.isChecked {
            guard let end = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            cmark_node_set_url(node, markers.marker(for: .linkOpen(index, attributes: "")))
            cmark_node_set_literal(end, markers.marker(for: .linkClose(index)))
            cmark_node_append_child(node, end)
        }
    }

    /// Removes the marker text node and the line break after it.
    private static func removeMarker(_ marker: OpaquePointer) {
        if let next = cmark_node_next(marker) {
            let type = cmark_node_get_type(next)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                cmark_node_unlink(next)
                cmark_node_free(next)
            }
        }
        cmark_node_unlink(marker)
        cmark_node_free(marker)
    }

    private static func collect(_ root: OpaquePointer, type: cmark_node_type, into nodes: inout [OpaquePointer]) {
        collect(root, types: [type], into: &nodes)
    }

    private static func collect(_ root: OpaquePointer, types: [cmark_node_type], into nodes: inout [OpaquePointer]) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               types.contains(cmark_node_get_type(node)) { nodes.append(node) }
        }
    }

    private static func moveChildren(from source: OpaquePointer, to destination: OpaquePointer) {
        while let child = cmark_node_first_child(source) {
            cmark_node_unlink(child)
            cmark_node_append_child(destination, child)
        }
    }
}
