/// One search result as the index builder sees it: an article, a policy, or one FAQ question.
public struct SearchDocument: Sendable, Hashable {
    /// The language folder of the page ("en").
    public var language: String
    /// Where the result links to: the page URL, with "#anchor" for an FAQ question.
    public var url: String
    /// The result title: the page title, or the question.
    public var title: String
    /// "article", "faq" or "policy".
    public var kind: String
    /// Section headings; for an FAQ question, the FAQ page title.
    public var headings: [String]
    /// The page description (or what stands for it) and tags; adjacent words give pair terms.
    public var description: String
    /// The plain text of the page, or of the answer.
    public var body: String
    /// The text the result excerpt is taken from: the description and the body, or the answer.
    public var excerpt: String

    public init(
        language: String, url: String, title: String, kind: String,
        headings: [String], description: String, body: String, excerpt: String
    ) {
        self.language = language
        self.url = url
        self.title = title
        self.kind = kind
        self.headings = headings
        self.description = description
        self.body = body
        self.excerpt = excerpt
    }
}
