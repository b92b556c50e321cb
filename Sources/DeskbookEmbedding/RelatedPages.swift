/// Related articles by meaning: for each page, the pages of the same language whose vectors are nearest to its
/// own, above a similarity floor. A page's vector is the mean of its documents' (an FAQ has one per question).
public enum RelatedPages {
    /// The most related pages a page lists.
    public static let defaultLimit = 5
    /// Below this cosine similarity, pages of a help center are about different things (multilingual-e5 puts
    /// unrelated help texts at about 0.75–0.80).
    public static let defaultFloor: Float = 0.84

    /// Page URL → up to `limit` related page URLs, most similar first, for the pages in `file` (one language).
    public static func byPage(in file: VectorFile, limit: Int = defaultLimit, floor: Float = defaultFloor) -> [String: [String]] {
        var order: [String] = []
        var sums: [String: [Float]] = [:]
        for (document, vector) in zip(file.documents, file.vectors) {
            let page = String(document.url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
            if sums[page] == nil {
                order.append(page)
                sums[page] = [Float](repeating: 0, count: file.dimension)
            }
            for index in vector.values.indices { sums[page]![index] += Float(vector.values[index]) * vector.scale }
        }
        let pages = order.map { page -> (url: String, vector: [Float]) in
            let sum = sums[page]!
            let length = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return (page, length > 0 ? sum.map { $0 / length } : sum)
        }
        var related: [String: [String]] = [:]
        for page in pages {
            let scored = pages.compactMap { other -> (url: String, similarity: Float)? in
                guard other.url != page.url else { return nil }
                let similarity = zip(page.vector, other.vector).reduce(0) { $0 + $1.0 * $1.1 }
                return similarity >= floor ? (other.url, similarity) : nil
            }
            related[page.url] = scored.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.url < $1.url }
                .prefix(limit).map(\.url)
        }
        return related
    }
}
