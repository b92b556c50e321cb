/// A value templates read: `site`, `page`, or a part of them.
///
/// Contexts are plain structs, so building one with a misspelled or renamed field is a compile error, and two
/// builds' contexts can be compared to tell whether a page needs rendering again. `TemplateEncoder` turns them
/// into what the template engine looks names up in. What a template sees:
/// - a field is named in snake case: `kindLabel` is `{{kind_label}}`, `jsonLD` is `{{json_ld}}`;
/// - a field without a value (an optional that is nil, the fields a kind of page does not have) renders nothing:
///   `{{#page.date}}…{{/page.date}}` is skipped and `{{^page.date}}…{{/page.date}}` shown; and as the name is
///   known, a name inside a section never falls through to a same-named value of an outer scope;
/// - lists are lists (`{{#page.toc}}`, `{{^empty(page.toc)}}`); the keys of dictionaries stay as written.
protocol TemplateContext: Encodable, Hashable, Sendable {}

extension TemplateContext {
    /// The context as the template engine reads it.
    func templateValue() throws -> Any {
        try TemplateEncoder.encode(self)
    }
}
