import DeskbookMarkdown

/// Escaping for text in XML documents (sitemap, feeds): HTML escaping without the control characters XML forbids.
enum XMLEscape {
    static func text(_ value: String) -> String {
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: value.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        return HTMLEscape.text(String(allowed))
    }
}
