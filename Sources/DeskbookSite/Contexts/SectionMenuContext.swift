/// The section a content page is in, with all its pages, for the sidebar: `page.section_menu`.
struct SectionMenuContext: TemplateContext {
    /// The section's title.
    var title: String
    /// The section's path on the site.
    var url: String
    /// The section's pages in order, the page being rendered marked `current`.
    var pages: [PageLinkContext]

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "url": url
        case "pages": pages
        default: nil
        }
    }
}
