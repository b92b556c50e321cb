/// One step of the trail from the language home: an element of `page.breadcrumbs`.
struct BreadcrumbContext: TemplateContext {
    var title: String
    var url: String
    /// `true` for the last step, the page itself.
    var current: Bool
}
