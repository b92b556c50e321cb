/// A date of a page (`page.date`, `page.updated`, `page.effective`, a history entry's `date`).
struct DateContext: TemplateContext {
    /// For readers, with the theme's `month_names`: `12 March 2026`.
    var text: String
    /// For machines, `2026-03-12`, as in `<time datetime>`.
    var iso: String

    func child(named key: String) -> Any? {
        switch key {
        case "text": text
        case "iso": iso
        default: nil
        }
    }
}
