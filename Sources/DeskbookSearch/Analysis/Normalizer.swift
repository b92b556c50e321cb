/// The analyzer's text normalization (step 1 of the definition in `TextAnalyzer`), the same as
/// `normalize(text)` in search.js.
public enum Normalizer {
    /// `text` normalized: NFKC, lowercased, diacritics and soft hyphens removed, й kept.
    public static func normalize(_ text: String) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(text.utf8.count)
        for scalar in NormalizedText(text).scalars {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
