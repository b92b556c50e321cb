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
    /// The count in words of the page's language, from the theme strings `page_count_one` and `page_count`
    /// ("5 articles").
    var countLabel: String
    /// Its first five pages.
    var pages: [ListItemContext]

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "url": url
        case "description": description
        case "count": count
        case "count_label": countLabel
        case "pages": pages
        default: nil
        }
    }
}
