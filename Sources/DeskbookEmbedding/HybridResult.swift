/// How a search was answered.
public enum SearchMode: String, Codable, Sendable, CaseIterable {
    /// Words and meaning, fused (`RankFusion`).
    case hybrid
    /// Words only: the static engine's ranking.
    case lexical
    /// Meaning only: the nearest documents to the question's vector.
    case semantic
}

/// One result of a `HybridSearch`.
public struct HybridResult: Codable, Sendable, Hashable {
    public var url: String
    /// Plain text.
    public var title: String
    /// "article", "faq" or "policy".
    public var kind: String
    /// HTML: escaped text, with the matched words in <mark> when words matched.
    public var excerpt: String
    /// The lexical score (0 when only the meaning matched).
    public var score: Int
    /// The cosine similarity with the question, to 3 decimals; nil when no model ran.
    public var similarity: Double?
    /// How many of the question's terms the result matched (`SearchResult.matched`); nil when only the meaning matched.
    public var matched: Int? = nil
}

/// The results of a `HybridSearch` and how they were found.
public struct HybridAnswer: Sendable {
    public var results: [HybridResult]
    /// `.lexical` when the model could not run (off, busy, or no vectors), whatever was asked.
    public var mode: SearchMode
    /// Why a search asked to use the model did not, for a warning; nil otherwise.
    public var fallback: String?
}
