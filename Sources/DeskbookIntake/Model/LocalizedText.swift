/// A text written once per language (`{en: Billing, ru: Оплата}`), stored as a plain language-to-text map.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// Text by language code.
    public var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The text in `language`, or an empty string when the config has none (the parser fills every site language).
    public func text(in language: String) -> String {
        values[language] ?? ""
    }

    public init(from decoder: Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
