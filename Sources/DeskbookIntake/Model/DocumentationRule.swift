/// Documentation first: how many articles to suggest, and when one is so likely to answer that the request
/// waits for the customer to confirm it did not.
public struct DocumentationRule: Sendable, Hashable, Codable {
    public var limit: Int
    /// Scores (0...1) at or above this block the request until `confirmField` is true.
    public var confidence: Double
    /// The request value (a boolean) by which the customer says the suggestions did not answer the question.
    public var confirmField: String
    /// The help center's address (`https://help.example.com/`), in lowercase: a request citing one of its pages
    /// (the address and more) in any text field has read the documentation, as confirming says.
    public var site: String?

    private enum CodingKeys: String, CodingKey {
        case limit, confidence, site
        case confirmField = "confirm_field"
    }

    public init(limit: Int, confidence: Double, confirmField: String, site: String? = nil) {
        self.limit = limit
        self.confidence = confidence
        self.confirmField = confirmField
        self.site = site
    }
}
