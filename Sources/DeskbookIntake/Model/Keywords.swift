/// Words and phrases to look for in a request, kept as analysed stems so inflected forms match.
///
/// Each entry is the term sequence of one configured word or phrase; a phrase matches when its terms appear
/// one after another in the analysed text. The analyzer picks stemming rules by each word's script, so English
/// and Russian entries live in one list.
public struct Keywords: Sendable, Hashable, Codable {
    /// Term sequences, one per configured entry.
    public var phrases: [[String]]

    public init(_ phrases: [[String]] = []) {
        self.phrases = phrases
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// Every term of every entry, for whole-word lookups.
    public var terms: Set<String> { Set(phrases.joined()) }

    public init(from decoder: Decoder) throws {
        phrases = try decoder.singleValueContainer().decode([[String]].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(phrases)
    }
}
