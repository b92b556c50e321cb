/// A language's home page on the 404 page: an element of `page.homes`.
struct HomeLinkContext: TemplateContext {
    /// The home page's title.
    var title: String
    /// The home page's path, `/<lang>/`.
    var url: String
    /// The language code, for `hreflang` and `lang`.
    var lang: String

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "url": url
        case "lang": lang
        default: nil
        }
    }
}
