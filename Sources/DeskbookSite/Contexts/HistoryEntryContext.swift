/// One change of a policy: an element of `page.history`.
struct HistoryEntryContext: TemplateContext {
    var date: DateContext
    var summary: String
}
