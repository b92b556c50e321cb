/// The analyzer's text normalization (step 1 of the definition in `TextAnalyzer`), the same as
/// `normalize(text)` in search.js.
public enum Normalizer {
    /// `text` normalized: NFKC, lowercased, diacritics and soft hyphens removed, й kept.
    public static func normalize(_ text: String) -> String {
        var scalars = Scalars()
        NormalizedText.scan(text, into: &scalars)
        return String(String.UnicodeScalarView(scalars.scalars))
    }

    private struct Scalars: NormalizedTextSink {
        var scalars: [Unicode.Scalar] = []

        mutating func append(_ scalar: Unicode.Scalar, start: Int, end: Int) { scalars.append(scalar) }
        mutating func replaceLast(with scalar: Unicode.Scalar) { scalars[scalars.count - 1] = scalar }
        mutating func extendLast(to end: Int) {}
    }
}
