/// Words and phrases to look for in a request, kept as analysed stems per language so inflected forms match.
///
/// Each entry is the stem sequence of one configured word or phrase; a phrase matches when its stems appear
/// one after another in the text analysed with the same language.
public struct Keywords: Sendable, Hashable, Codable {
    /// Stem sequences by language code.
    public var phrases: [String: [[String]]]

    public init(_ phrases: [String: [[String]]] = [:]) {
        self.phrases = phrases
    }

    /// True when no language has an entry.
    public var isEmpty: Bool { phrases.values.allSatisfy(\.isEmpty) }

    /// Every stem of every entry in `language`, for whole-word lookups.
    public func stems(in language: String) -> Set<String> {
        Set((phrases[language] ?? []).joined())
    }

    public init(from decoder: Decoder) throws {
        phrases = try decoder.singleValueContainer().decode([String: [[String]]].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(phrases)
    }
}
