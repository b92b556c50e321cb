/// Step 4 of a query: the excerpt as HTML, escaped, with the words whose terms matched in <mark>.
enum ExcerptMarkup {
    static func html(_ text: String, marking terms: Set<String>, language: String, analyzer: TextAnalyzer) -> String {
        let units = Array(text.utf16)
        var html = ""
        var offset = 0
        for token in analyzer.tokens(text, language: language) where terms.contains(token.term) {
            html += escape(units[offset..<token.utf16Range.lowerBound])
            html += "<mark>" + escape(units[token.utf16Range]) + "</mark>"
            offset = token.utf16Range.upperBound
        }
        return html + escape(units[offset...])
    }

    /// Text with & < > " ' replaced by character references.
    static func escape(_ units: ArraySlice<UInt16>) -> String {
        var escaped = ""
        for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
