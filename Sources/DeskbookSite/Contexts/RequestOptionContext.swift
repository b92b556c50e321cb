/// One choice of a select field: an element of a request field's `options`.
struct RequestOptionContext: TemplateContext {
    /// The value posted.
    var value: String
    /// The choice in the page's language.
    var label: String

    func child(named key: String) -> Any? {
        switch key {
        case "value": value
        case "label": label
        default: nil
        }
    }
}
