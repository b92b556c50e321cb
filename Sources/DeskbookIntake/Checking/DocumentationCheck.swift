extension CheckContext {
    /// Articles for the subject and description; a high-confidence one blocks until the customer confirms.
    mutating func suggestArticles(with suggester: (any ArticleSuggester)?) -> [Suggestion] {
        guard let rule = rules.documentation, let suggester else { return [] }
        let query = mainTexts.joined(separator: "\n")
        guard !query.isEmpty else { return [] }
        let suggestions = Array(suggester.suggest(query: query, language: language, limit: rule.limit).prefix(rule.limit))
        guard !fields.confirmedDocs else { return suggestions }
        var best: Suggestion?
        for suggestion in suggestions where suggestion.score >= rule.confidence && suggestion.score > (best?.score ?? -1) {
            best = suggestion
        }
        if let best {
            findings.add(.docsLikelyAnswer, field: rule.confirmField, ["title": best.title])
        }
        return suggestions
    }
}
