/// One step of the trail from the language home: an element of `page.breadcrumbs`.
struct BreadcrumbContext: TemplateContext {
    /// The step's title: a section's, or the page's own.
    var title: String
    /// The step's path on the site.
    var url: String
    /// `true` for the last step, the page itself.
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
