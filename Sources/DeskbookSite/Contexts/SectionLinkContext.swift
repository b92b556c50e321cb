/// A top-level section in the navigation: an element of `site.sections`.
struct SectionLinkContext: TemplateContext {
    /// The section's title.
    var title: String
    /// The section's path on the site.
    var url: String
    /// The section's description, or an empty text.
    var description: String

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "url": url
        case "description": description
        default: nil
        }
    }
}
