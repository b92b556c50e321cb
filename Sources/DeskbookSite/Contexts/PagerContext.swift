/// The pages before and after a content page in its section: `page.pager`, present when there is either.
struct PagerContext: TemplateContext {
    /// The page before, if any.
    var previous: PageLinkContext?
    /// The page after, if any.
    var next: PageLinkContext?

    func child(named key: String) -> Any? {
        switch key {
        case "previous": previous.templateValue
        case "next": next.templateValue
        default: nil
        }
    }
}
