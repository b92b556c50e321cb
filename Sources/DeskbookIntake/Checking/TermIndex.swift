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
        let analysed = texts.map(terms)
        return keywords.phrases.filter { phrase in analysed.contains { Self.contains($0, phrase) } }.count
    }

    /// True when some entry of `keywords` occurs in one of `texts`.
    func matches(_ keywords: Keywords, in texts: [String]) -> Bool {
        matchCount(keywords, in: texts) > 0
    }

    /// True when `phrase` occurs as consecutive terms.
    static func contains(_ terms: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= terms.count else { return false }
        return (0...(terms.count - phrase.count)).contains { Self.phrase(phrase, startsAt: $0, in: terms) }
    }

    /// True when `phrase` (not empty) occurs in `terms` from index `start`.
    static func phrase(_ phrase: [String], startsAt start: Int, in terms: [String]) -> Bool {
        !phrase.isEmpty && start + phrase.count <= terms.count && terms[start..<(start + phrase.count)].elementsEqual(phrase)
    }
}
