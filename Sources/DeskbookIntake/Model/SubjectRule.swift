/// Subject checks: not empty, not only generic words, and sharing a word with the description.
public struct SubjectRule: Sendable, Hashable, Codable {
    /// Words that say nothing about the request on their own ("help", "вопрос").
    public var genericWords: Keywords
    /// Warn when the subject and the description have no stem in common.
    public var relatedToBody: Bool

    private enum CodingKeys: String, CodingKey {
        case genericWords = "generic_words"
        case relatedToBody = "related_to_body"
    }

    public init(genericWords: Keywords, relatedToBody: Bool) {
        self.genericWords = genericWords
        self.relatedToBody = relatedToBody
    }
}
