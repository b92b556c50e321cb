import DeskbookContent

/// A page in a listing: an element of `page.pages`, `page.featured` and a subsection's `pages`.
struct ListItemContext: TemplateContext {
    /// The page's title.
    var title: String
    /// The page's path on the site.
    var url: String
    /// The page's description, or an empty text.
    var description: String
    /// `article`, `faq` or `policy`.
    var kind: String
    /// The kind in the listing's language, from the theme strings `kind_<kind>`.
    var kindLabel: String

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "url": url
        case "description": description
        case "kind": kind
        case "kind_label": kindLabel
        default: nil
        }
    }
}

extension ListItemContext {
    init(page: Page, kindLabel: String) {
        title = page.title
        url = page.url
        description = page.frontMatter.description ?? ""
        kind = page.kind.rawValue
        self.kindLabel = kindLabel
    }
}
