/// One change of a policy: an element of `page.history`.
struct HistoryEntryContext: TemplateContext {
    /// When the change was made.
    var date: DateContext
    /// What changed, as written in the front matter.
    var summary: String

    func child(named key: String) -> Any? {
        switch key {
        case "date": date
        case "summary": summary
        default: nil
        }
    }
}
