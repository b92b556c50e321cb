/// Cuts the stored excerpt of a result: whitespace collapsed, at most `limit` code points, cut at a
/// word boundary and ended with "…" when shortened. Reads no further into the text than it needs.
enum ExcerptText {
    static func make(_ text: String, limit: Int) -> String {
        var excerpt = String.UnicodeScalarView()
        var word = String.UnicodeScalarView()
        func flush() -> Bool {
            guard !word.isEmpty else { return true }
            let separator = excerpt.isEmpty ? 0 : 1
            guard excerpt.count + separator + word.count <= limit else {
                if excerpt.isEmpty { excerpt = String.UnicodeScalarView(word.prefix(limit)) }
                excerpt.append("…")
                return false
            }
            if separator == 1 { excerpt.append(" ") }
            excerpt.append(contentsOf: word)
            word = String.UnicodeScalarView()
            return true
        }
        for scalar in text.unicodeScalars {
            if !scalar.properties.isWhitespace {
                word.append(scalar)
            } else if !flush() {
                return String(excerpt)
            }
        }
        _ = flush()
        return String(excerpt)
    }
}
