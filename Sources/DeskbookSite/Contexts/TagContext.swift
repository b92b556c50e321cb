/// A tag and its page, `/<lang>/tags/<tag>/`: an element of `page.tag_links` and `page.tag_index`.
struct TagContext: TemplateContext {
    /// The tag as the first page with it (in URL order) writes it.
    var name: String
    /// Its page's path on the site.
    var url: String
    /// How many pages of the language have it; on the tags index only.
    var count: Int?

    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "url": url
        case "count": count.templateValue
        default: nil
        }
    }
}
