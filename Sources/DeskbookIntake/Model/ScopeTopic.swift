/// A topic support does not handle, and where the customer should go instead.
public struct ScopeTopic: Sendable, Hashable, Codable {
    public var id: String
    public var words: Keywords
    /// Where to go instead, in each language.
    public var pointer: LocalizedText
    public var url: String?

    public init(id: String, words: Keywords, pointer: LocalizedText, url: String?) {
        self.id = id
        self.words = words
        self.pointer = pointer
        self.url = url
    }
}
