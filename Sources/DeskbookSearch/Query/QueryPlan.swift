/// What a query asks for: its terms, which one may be a prefix, and its adjacent pairs.
struct QueryPlan {
    /// The query's terms without repeats, in order, at most `MatchWeights.maxTerms`.
    var terms: [String] = []
    /// The term of the last word when the query ends inside it (search as you type).
    var prefix: String?
    /// Adjacent terms of the query, both among `terms`, without repeats in either order (their pair
    /// term is the same, see `TermKeys.pair`).
    var pairs: [(first: String, second: String)] = []

    init(_ query: String, language: String, analyzer: TextAnalyzer) {
        let tokens = analyzer.tokens(query, language: language)
        for token in tokens where !terms.contains(token.term) && terms.count < MatchWeights.maxTerms {
            terms.append(token.term)
        }
        if let last = tokens.last, last.utf16Range.upperBound == query.utf16.count, terms.contains(last.term),
           last.term.unicodeScalars.count >= MatchWeights.minPrefixLength {
            prefix = last.term
        }
        for (first, second) in zip(tokens, tokens.dropFirst())
        where first.term != second.term && terms.contains(first.term) && terms.contains(second.term)
            && !pairs.contains(where: { $0 == (first.term, second.term) || $0 == (second.term, first.term) }) {
            pairs.append((first.term, second.term))
        }
    }
}
