/// The section a content page is in, with its pages around this one, for the sidebar: `page.section_menu`.
struct SectionMenuContext: TemplateContext {
    /// The most pages a menu lists: a section of thousands of pages would otherwise put thousands of links on each
    /// of them, and make the site's size grow with the square of the section's.
    static let limit = 25

    /// The section's title.
    var title: String
    /// The section's path on the site.
    var url: String
    /// The section's pages in order, the page being rendered marked `current`: all of them, or the `limit` around it.
    var pages: [PageLinkContext]
    /// `true` when the section has pages that `pages` leaves out; the menu then links the section's own page.
    var more: Bool

    /// The menu of a section whose pages are `links`, showing at most `limit` of them around the one at `position`.
    init(title: String, url: String, links: [PageLinkContext], position: Int?) {
        self.title = title
        self.url = url
        let first = max(0, min((position ?? 0) - Self.limit / 2, links.count - Self.limit))
        pages = Array(links[first..<min(links.count, first + Self.limit)])
        more = pages.count < links.count
    }

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "url": url
        case "pages": pages
        case "more": more
        default: nil
        }
    }
}
