/// The department a request should go to.
public struct Route: Sendable, Hashable, Codable {
    public var department: String
    /// The department's name in the request's language.
    public var label: String

    public init(department: String, label: String) {
        self.department = department
        self.label = label
    }
}

/// When the customer can expect answers, in the support team's time zone.
public struct ExpectedResponse: Sendable, Hashable, Codable {
    /// The priority the targets were taken from, nil when the policy has one target for all.
    public var priority: String?
    /// Submission and deadlines as local ISO 8601 times with offset (`2026-01-16T17:00:00+03:00`).
    public var sent: String
    public var firstResponseBy: String
    public var resolutionBy: String?
    /// One sentence for the customer, in the request's language.
    public var message: String

    public init(priority: String?, sent: String, firstResponseBy: String, resolutionBy: String?, message: String) {
        self.priority = priority
        self.sent = sent
        self.firstResponseBy = firstResponseBy
        self.resolutionBy = resolutionBy
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case priority, sent, message
        case firstResponseBy = "first_response_by"
        case resolutionBy = "resolution_by"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(priority, forKey: .priority)
        try container.encode(sent, forKey: .sent)
        try container.encode(firstResponseBy, forKey: .firstResponseBy)
        try container.encode(resolutionBy, forKey: .resolutionBy)
        try container.encode(message, forKey: .message)
    }
}

/// Everything the checker says about one request.
public struct CheckResult: Sendable, Hashable, Codable {
    /// True when no finding is an error.
    public var ready: Bool
    public var findings: [Finding]
    public var suggestions: [Suggestion]
    public var route: Route?
    public var expectedResponse: ExpectedResponse?

    public init(findings: [Finding], suggestions: [Suggestion] = [], route: Route? = nil, expectedResponse: ExpectedResponse? = nil) {
        self.ready = !findings.contains { $0.severity == .error }
        self.findings = findings
        self.suggestions = suggestions
        self.route = route
        self.expectedResponse = expectedResponse
    }

    private enum CodingKeys: String, CodingKey {
        case ready, findings, suggestions, route
        case expectedResponse = "expected_response"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ready, forKey: .ready)
        try container.encode(findings, forKey: .findings)
        try container.encode(suggestions, forKey: .suggestions)
        try container.encode(route, forKey: .route)
        try container.encode(expectedResponse, forKey: .expectedResponse)
    }
}
