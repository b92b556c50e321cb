/// The page in one language, for `<link rel="alternate" hreflang>`: an element of `page.alternates`.
struct AlternateLinkContext: TemplateContext {
    /// The language code, for `hreflang`.
    var lang: String
    /// The page's path in that language.
    var url: String
    /// Its absolute URL, for `href`.
    var permalink: String

    func child(named key: String) -> Any? {
        switch key {
        case "lang": lang
        case "url": url
        case "permalink": permalink
        default: nil
        }
    }
}
