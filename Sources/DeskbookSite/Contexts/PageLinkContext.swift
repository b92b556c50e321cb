/// A link to a content page with whether it is the page being rendered: an element of `page.section_menu.pages`,
/// and `page.pager`.
struct PageLinkContext: TemplateContext {
    /// The page's title.
    var title: String
    /// The page's path on the site.
    var url: String
    /// `true` for the page being rendered.
    var current: Bool

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "url": url
        case "current": current
        default: nil
        }
    }
}
