import DeskbookCore

/// One thing the checker noticed about a request: errors block submission, warnings only advise.
public struct Finding: Sendable, Hashable, Codable {
    public var severity: Severity
    /// A stable code such as `subject.generic`.
    public var code: String
    /// The request field it concerns, nil for the request as a whole.
    public var field: String?
    /// Plain text in the request's language; never HTML.
    public var message: String

    public init(severity: Severity, code: String, field: String?, message: String) {
        self.severity = severity
        self.code = code
        self.field = field
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case severity, code, field, message
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(field, forKey: .field)
        try container.encode(message, forKey: .message)
    }
}
