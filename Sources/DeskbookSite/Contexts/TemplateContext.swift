import Mustache

/// A value templates read: `site`, `page`, or a part of them.
///
/// Contexts are plain structs, so building one with a misspelled or renamed field is a compile error, and two
/// builds' contexts can be compared to tell whether a page needs rendering again. The template engine reads them
/// through `child(named:)`, one `switch` per context: no encoding and no reflection. What a template sees:
/// - a field is named in snake case: `kindLabel` is `{{kind_label}}`, `jsonLD` is `{{json_ld}}` (a test holds
///   every context to this);
/// - a field without a value (an optional that is nil, the fields a kind of page does not have) renders nothing:
///   `{{#page.date}}…{{/page.date}}` is skipped and `{{^page.date}}…{{/page.date}}` shown; and as the name is
///   known, a name inside a section never falls through to a same-named value of an outer scope;
/// - lists are lists (`{{#page.toc}}`, `{{^empty(page.toc)}}`); the keys of dictionaries stay as written.
protocol TemplateContext: MustacheParent, Hashable, Sendable {}

/// A field without a value: the template engine finds the name, so it does not look in outer scopes, and reads
/// it as no value.
struct TemplateNull: MustacheCustomRepresentation {
    var representation: Any? { nil }
}

extension Optional {
    /// The value of an optional field for `child(named:)`: the wrapped value, or `TemplateNull`.
    var templateValue: Any {
        if let self { self } else { TemplateNull() }
    }
}
