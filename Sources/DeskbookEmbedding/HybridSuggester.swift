import DeskbookIntake
import DeskbookSearch

/// Suggests articles with `HybridSearch`, for `deskbook check` and the service's request submission: the
/// order is the fused one; a result's confidence is the lexical one (`SearchSuggester`) or, when the meaning
/// matched better than the words, one from its similarity (`semanticConfidence`).
public struct HybridSuggester: ArticleSuggester {
    public var search: HybridSearch

    public init(search: HybridSearch) {
        self.search = search
    }

    public func suggest(query: String, language: String, limit: Int) -> [Suggestion] {
        guard let answer = try? search.search(query, language: language, limit: limit) else { return [] }
        let results = answer.results
        let terms = SearchSuggester.termCount(of: query, language: language)
        return results.enumerated().compactMap { index, result in
            var rivalScore = 0
            var rivalSimilarity = 0.0
            for (other, candidate) in results.enumerated() where other != index {
                rivalScore = max(rivalScore, candidate.score)
                rivalSimilarity = max(rivalSimilarity, candidate.similarity ?? 0)
            }
            let words = SearchSuggester.confidence(score: result.score, rival: rivalScore, terms: terms, matched: result.matched ?? 0)
            let meaning = result.similarity.map { Self.semanticConfidence(similarity: $0, rival: rivalSimilarity) } ?? 0
            let confidence = max(words, meaning)
            return confidence > 0 ? Suggestion(title: result.title, url: result.url, kind: result.kind, score: confidence) : nil
        }
    }

    /// From 0 to 1: strength × lead, rounded to 3 decimals. multilingual-e5 puts unrelated help texts at a
    /// cosine of about 0.75–0.80 and answers above 0.85, so strength grows from 0 at 0.80 to 1 at 0.90; lead
    /// is 1/2 for a tie with the best other result and 1 for 0.02 ahead of it.
    public static func semanticConfidence(similarity: Double, rival: Double) -> Double {
        let strength = min(max((similarity - 0.80) / 0.10, 0), 1)
        let lead = min(max(0.5 + (similarity - rival) / 0.04, 0), 1)
        return (strength * lead * 1000).rounded() / 1000
    }
}
