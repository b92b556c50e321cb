import DeskbookMarkdown

/// Escaping for text in XML documents (sitemap, feeds): HTML escaping without the characters XML 1.0 forbids.
enum XMLEscape {
    static func text(_ value: String) -> String {
        guard !value.unicodeScalars.allSatisfy(isXMLCharacter) else { return HTMLEscape.text(value) }
        return HTMLEscape.text(String(String.UnicodeScalarView(value.unicodeScalars.filter(isXMLCharacter))))
    }

    /// XML 1.0's `Char`: tab, line breaks and everything from U+0020 except U+FFFE and U+FFFF (surrogates cannot
    /// occur in a Swift string). Other control characters and those two make a document ill-formed.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xFFFD, 0x10000...: return true
        default: return false
        }
    }
}
