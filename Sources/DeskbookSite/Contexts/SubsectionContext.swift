/// A subsection of a section or of a language home: an element of `page.subsections`.
struct SubsectionContext: TemplateContext {
    var title: String
    var url: String
    /// The subsection's description, or an empty text.
    var description: String
    /// How many pages it holds.
    var count: Int
    /// Its first five pages.
    var pages: [ListItemContext]
}
