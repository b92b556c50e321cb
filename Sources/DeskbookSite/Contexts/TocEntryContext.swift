import DeskbookMarkdown

/// A heading in the table of contents: an element of `page.toc`.
struct TocEntryContext: TemplateContext {
    /// The heading's anchor, for `#{{id}}`.
    var id: String
    /// The heading's text.
    var text: String
    /// `true` for a `###` heading under a `##` one.
    var sub: Bool

    func child(named key: String) -> Any? {
        switch key {
        case "id": id
        case "text": text
        case "sub": sub
        default: nil
        }
    }
}

extension TocEntryContext {
    init(heading: Heading) {
        id = heading.id
        text = heading.text
        sub = heading.level > 2
    }
}
