/// The raw HTML content may use: text markup, lists, tables, images, links and disclosure widgets.
///
/// Nothing that runs script, embeds frames or plug-ins, submits forms, styles the page or changes how the
/// browser reads what follows (`<script>`, `<iframe>`, `<form>`, `<input>`, `<style>`, `<base>`, `<svg>`,
/// `<textarea>` and every tag not listed here) and no event handler or `style` attribute.
enum HTMLAllowlist {
    /// Attributes any allowed tag may carry.
    static let commonAttributes: Set<String> = ["id", "title", "lang", "dir"]

    /// Allowed tags with the attributes each may carry besides the common ones.
    static let tags: [String: Set<String>] = {
        var tags: [String: Set<String>] = [
            "a": ["href", "name"],
            "img": ["src", "alt", "width", "height"],
            "ol": ["start", "reversed", "type"],
            "li": ["value"],
            "details": ["open"],
            "time": ["datetime"],
            "q": ["cite"],
            "blockquote": ["cite"],
            "del": ["cite", "datetime"],
            "ins": ["cite", "datetime"],
            "table": ["align"],
            "tr": ["align", "valign"],
            "td": ["colspan", "rowspan", "align", "valign"],
            "th": ["colspan", "rowspan", "align", "valign", "scope"],
            "col": ["span"],
            "colgroup": ["span"],
        ]
        let plain = [
            "abbr", "b", "bdi", "bdo", "br", "caption", "cite", "code", "dd", "dfn", "div", "dl", "dt", "em",
            "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "kbd", "mark", "p", "pre",
            "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "summary", "sup",
            "tbody", "tfoot", "thead", "tt", "u", "ul", "var", "wbr",
        ]
        for tag in plain { tags[tag] = [] }
        return tags
    }()

    /// Attributes holding a URL, which must also pass `SafeURL`.
    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// Whether `tag` (lowercased) may carry `attribute` (lowercased).
    static func allows(_ attribute: String, on tag: String) -> Bool {
        commonAttributes.contains(attribute) || tags[tag]?.contains(attribute) == true
    }
}
