/// A language's home page on the 404 page: an element of `page.homes`.
struct HomeLinkContext: TemplateContext {
    var title: String
    var url: String
    var lang: String
}
