/// A top-level section in the navigation: an element of `site.sections`.
struct SectionLinkContext: TemplateContext {
    var title: String
    var url: String
    /// The section's description, or an empty text.
    var description: String
}
