/// An article that may answer the request.
public struct Suggestion: Sendable, Hashable, Codable {
    public var title: String
    public var url: String
    /// What the page is, e.g. "article" or "faq".
    public var kind: String
    /// Confidence from 0 to 1 that it answers the request.
    public var score: Double

    public init(title: String, url: String, kind: String, score: Double) {
        self.title = title
        self.url = url
        self.kind = kind
        self.score = score
    }
}

/// Finds help articles for a request; the site plugs in its search engine, tests a fixed list.
public protocol ArticleSuggester: Sendable {
    /// At most `limit` articles for `query` in `language`, best first, each scored from 0 to 1.
    func suggest(query: String, language: String, limit: Int) -> [Suggestion]
}

/// A suggester that always returns the same articles, for tests and for front ends that searched already.
public struct FixedSuggester: ArticleSuggester {
    public var suggestions: [Suggestion]

    public init(_ suggestions: [Suggestion]) {
        self.suggestions = suggestions
    }

    public func suggest(query: String, language: String, limit: Int) -> [Suggestion] {
        Array(suggestions.prefix(limit))
    }
}
