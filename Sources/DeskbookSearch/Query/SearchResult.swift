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
}
