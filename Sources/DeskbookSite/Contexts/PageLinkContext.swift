/// A link to a page with whether it is the page being rendered: an element of `page.section_menu.pages` and of
/// `page.breadcrumbs` (the trail from the language home, whose last step is the page itself), and `page.pager`.
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
