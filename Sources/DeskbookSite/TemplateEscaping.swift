import DeskbookMarkdown
import Mustache

/// HTML escaping for `{{variables}}` in theme templates, faster than the template engine's own.
///
/// The theme loader starts every template with a pragma selecting this content type.
struct TemplateEscaping: MustacheContentType {
    static let name = "DESKBOOK_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    /// Registers the content type with the template engine, once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(TemplateEscaping(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { HTMLEscape.text(text) }
}
