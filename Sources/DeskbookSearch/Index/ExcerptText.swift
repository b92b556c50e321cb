/// Cuts the stored excerpt of a result: whitespace collapsed, at most `limit` characters, cut at a
/// word boundary and ended with "…" when shortened.
enum ExcerptText {
    static func make(_ text: String, limit: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var excerpt = ""
        for word in words {
            let separator = excerpt.isEmpty ? 0 : 1
            guard excerpt.count + separator + word.count <= limit else {
                return excerpt.isEmpty ? String(word.prefix(limit)) + "…" : excerpt + "…"
            }
            if separator == 1 { excerpt += " " }
            excerpt += word
        }
        return excerpt
    }
}
