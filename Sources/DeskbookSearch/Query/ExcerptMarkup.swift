/// Step 4 of a query: the excerpt as HTML. Of the text a chunk stores for the result (see
/// `RankingParameters.storedTextLength`), it shows the window of `windowLength` UTF-16 units that
/// holds the most distinct matched terms, escaped, with the words whose terms matched in <mark> and
/// "…" where the text was cut.
enum ExcerptMarkup {
    /// The longest excerpt shown, in UTF-16 units (code points, for the scripts the index knows).
    static let windowLength = 160

    static func html(_ text: String, marking terms: Set<String>, language: String, analyzer: TextAnalyzer) -> String {
        let units = Array(text.utf16)
        let matched = analyzer.tokens(text, language: language).filter { terms.contains($0.term) }
        let window = window(in: units, matched: matched)
        var html = window.lowerBound > 0 ? "…" : ""
        var offset = window.lowerBound
        for token in matched where window.contains(token.utf16Range.lowerBound) && token.utf16Range.upperBound <= window.upperBound {
            html += escape(units[offset..<token.utf16Range.lowerBound])
            html += "<mark>" + escape(units[token.utf16Range]) + "</mark>"
            offset = token.utf16Range.upperBound
        }
        return html + escape(units[offset..<window.upperBound]) + (window.upperBound < units.count ? "…" : "")
    }

    /// The range of `units` shown: all of them when they fit; else from the start of the first
    /// matched token from which a window holds more distinct matched terms than from any earlier one
    /// (the text's start when none holds more than the first window), ended at the last space within
    /// `windowLength`.
    static func window(in units: [UInt16], matched: [AnalyzedToken]) -> Range<Int> {
        let length = units.count
        guard length > windowLength else { return 0..<length }
        func distinctTerms(from start: Int) -> Int {
            Set(matched.filter { $0.utf16Range.lowerBound >= start && $0.utf16Range.upperBound <= start + windowLength }.map(\.term)).count
        }
        var start = 0
        var most = distinctTerms(from: 0)
        for token in matched {
            let count = distinctTerms(from: token.utf16Range.lowerBound)
            if count > most { (start, most) = (token.utf16Range.lowerBound, count) }
        }
        var end = min(start + windowLength, length)
        if end < length, let space = units[..<end].lastIndex(of: 0x20), space > start { end = space }
        return start..<end
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
