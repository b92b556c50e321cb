import DeskbookMarkdown

/// A heading in the table of contents: an element of `page.toc`.
struct TocEntryContext: TemplateContext {
    /// The heading's anchor, for `#{{id}}`.
    var id: String
    var text: String
    /// `true` for a `###` heading under a `##` one.
    var sub: Bool

    init(heading: Heading) {
        id = heading.id
        text = heading.text
        sub = heading.level > 2
    }
}
