/// Size limits that protect the checker and the support team from oversized input.
public struct Limits: Sendable, Hashable, Codable {
    /// The largest request accepted, in bytes of its JSON or YAML text.
    public var requestBytes: Int
    /// The longest value of any field, in characters, when the field sets no `max_length`.
    public var fieldLength: Int
    /// The largest attached file, in bytes, and how many files one request may carry.
    public var attachmentBytes: Int
    public var attachments: Int

    private enum CodingKeys: String, CodingKey {
        case attachments
        case requestBytes = "request_bytes"
        case fieldLength = "field_length"
        case attachmentBytes = "attachment_bytes"
    }

    public init(requestBytes: Int = 1_000_000, fieldLength: Int = 20_000, attachmentBytes: Int = 10_000_000, attachments: Int = 5) {
        self.requestBytes = requestBytes
        self.fieldLength = fieldLength
        self.attachmentBytes = attachmentBytes
        self.attachments = attachments
    }
}
