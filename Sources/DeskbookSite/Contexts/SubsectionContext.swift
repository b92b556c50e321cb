/// A subsection of a section or of a language home: an element of `page.subsections`.
struct SubsectionContext: TemplateContext {
    /// The subsection's title.
    var title: String
    /// The subsection's path on the site.
    var url: String
    /// The subsection's description, or an empty text.
    var description: String
    /// How many pages it holds.
    var count: Int
    /// Its first five pages.
    var pages: [ListItemContext]

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "url": url
        case "description": description
        case "count": count
        case "pages": pages
        default: nil
        }
    }
}
