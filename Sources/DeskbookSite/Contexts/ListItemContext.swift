import DeskbookContent

/// A page in a listing: an element of `page.pages`, `page.featured` and a subsection's `pages`.
struct ListItemContext: TemplateContext {
    var title: String
    var url: String
    /// The page's description, or an empty text.
    var description: String
    /// `article`, `faq` or `policy`.
    var kind: String
    /// The kind in the listing's language, from the theme strings `kind_<kind>`.
    var kindLabel: String

    init(page: Page, kindLabel: String) {
        title = page.title
        url = page.url
        description = page.frontMatter.description ?? ""
        kind = page.kind.rawValue
        self.kindLabel = kindLabel
    }
}
