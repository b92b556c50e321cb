/// The page in one language, for `<link rel="alternate" hreflang>`: an element of `page.alternates`.
struct AlternateLinkContext: TemplateContext {
    var lang: String
    var url: String
    var permalink: String
}
