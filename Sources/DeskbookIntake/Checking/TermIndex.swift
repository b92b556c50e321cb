/// Analysed terms of request texts, computed once per text, and keyword lookups over them.
final class TermIndex {
    private let language: String
    private var cache: [String: [String]] = [:]
    private var wordCache: [String: [String]] = [:]

    init(language: String) {
        self.language = language
    }

    /// The terms of `text`.
    func terms(_ text: String) -> [String] {
        if let known = cache[text] { return known }
        let terms = TextAnalysis.terms(text, language: language)
        cache[text] = terms
        return terms
    }

    /// The terms of `text` with its stop words kept, for phrase rules.
    func words(_ text: String) -> [String] {
        if let known = wordCache[text] { return known }
        let words = TextAnalysis.termsKeepingStopWords(text, language: language)
        wordCache[text] = words
        return words
    }

    /// How many entries of `keywords` occur in at least one of `texts`.
    func matchCount(_ keywords: Keywords, in texts: [String]) -> Int {
        var matched = Set<Int>()
        for terms in texts.map(terms) {
            for start in terms.indices { matched.formUnion(keywords.entries(startingAt: start, in: terms)) }
        }
        return matched.count
    }

    /// True when some entry of `keywords` occurs in one of `texts`.
    func matches(_ keywords: Keywords, in texts: [String]) -> Bool {
        texts.map(terms).contains { Self.containsAny(keywords, in: $0) }
    }

    /// True when some entry of `keywords` occurs as consecutive terms of `terms`.
    static func containsAny(_ keywords: Keywords, in terms: [String]) -> Bool {
        terms.indices.contains { !keywords.entries(startingAt: $0, in: terms).isEmpty }
    }
}
