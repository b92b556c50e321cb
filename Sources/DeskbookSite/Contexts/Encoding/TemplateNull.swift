import Mustache

/// A field without a value: the template engine finds the name, so it does not look in outer scopes, and reads
/// it as no value: it renders nothing, `{{#name}}` skips its section and `{{^name}}` shows its own.
struct TemplateNull: MustacheCustomRepresentation {
    var representation: Any? { nil }
}
