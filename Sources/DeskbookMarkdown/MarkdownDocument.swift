import CCmarkGFM
import DeskbookCore

/// A parsed Markdown document, as an immutable value: its headings, links and text, and its HTML.
///
/// The HTML is rendered while parsing, with slots for the URLs of links to other pages and for the
/// localized words of the page's language, so a document can be cached and rendered any number of
/// times (`renderHTML`) without parsing again.
public struct MarkdownDocument: Sendable, Hashable {
    /// Headings in document order with unique ids.
    public let headings: [Heading]
    /// Links and images in document order, with their destinations as written.
    public let links: [Link]
    /// Plain text grouped by heading, for the search index and excerpts.
    public let sections: [DocumentSection]
    /// The rendered HTML with its slots.
    public let html: SlottedHTML

    public init(_ source: String) {
        var start = 0
        for attempt in 0..<Self.attempts {
            let tree = CmarkTree(source)
            let headings = tree.headings()
            let links = tree.links()
            let sections = tree.sections(headings: headings)
            var markers = SlotMarkers(avoiding: source, from: start)
            start = markers.number + 1
            TreeTransforms.makeSafe(root: tree.root)
            TreeTransforms.markCheckedLinks(root: tree.root, links: links, markers: &markers)
            TreeTransforms.decorateHeadings(root: tree.root, headings: headings, markers: &markers, extensions: tree.extensions)
            TreeTransforms.convertAlerts(root: tree.root, markers: &markers)
            let rendered = TaskCheckbox.mark(tree.renderHTML(), markers: &markers)
            if let slotted = markers.split(rendered) ?? (attempt == Self.attempts - 1 ? SlottedHTML(literals: [rendered], slots: []) : nil) {
                self.headings = headings
                self.links = links
                self.sections = sections
                html = slotted
                return
            }
        }
        fatalError("unreachable: the last attempt always returns")
    }

    /// How many marker prefixes a document tries before it is kept without slots; one is enough
    /// unless the source spells markers with numeric entities.
    private static let attempts = 8

    /// Where a link to another page goes once the site is assembled.
    public enum LinkTarget: Sendable, Hashable {
        /// The page's URL, with its anchor.
        case url(String)
        /// No link: its text stays (a broken link in a site built anyway).
        case removed
    }

    /// The HTML with the words of `options`; `linkTargets` maps indexes of `links` to where they go,
    /// and a checked link without a target keeps the destination as written.
    public func renderHTML(options: RenderOptions = RenderOptions(), linkTargets: [Int: LinkTarget] = [:]) -> String {
        html.filled { slot in
            switch slot {
            case .linkOpen(let index, let attributes):
                switch linkTargets[index] ?? .url(links[index].destination) {
                case .removed: return ""
                case .url(let url): return "<a href=\"\(HTMLEscape.href(url))\"\(attributes)>"
                }
            case .linkClose(let index):
                return linkTargets[index] == .removed ? "" : "</a>"
            case .headingAnchorLabel:
                return HTMLEscape.attribute(options.headingAnchorLabel)
            case .alertTitle(let kind):
                return HTMLEscape.text(options.title(for: kind))
            case .taskLabel(let done):
                return HTMLEscape.attribute(done ? options.taskLabels.done : options.taskLabels.open)
            }
        }
    }
}
