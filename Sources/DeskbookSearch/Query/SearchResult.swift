/// One search result, as `deskbook search --json` and search.js give it.
public struct SearchResult: Sendable, Hashable, Codable {
    /// The site path of the page, with "#anchor" for an FAQ question.
    public var url: String
    /// Plain text (not HTML).
    public var title: String
    /// "article", "faq" or "policy".
    public var kind: String
    /// HTML: escaped text with the matched words in <mark>.
    public var excerpt: String
    /// The sum of weighted one-byte impacts; comparable within one query only.
    public var score: Int
    /// How many of the query's terms the result matches (as typed, completed or corrected); nil when not known
    /// (a result read from JSON without it).
    public var matched: Int?

    public init(url: String, title: String, kind: String, excerpt: String, score: Int, matched: Int? = nil) {
        self.url = url
        self.title = title
        self.kind = kind
        self.excerpt = excerpt
        self.score = score
        self.matched = matched
    }
}
