import DeskbookIntake
import Foundation

/// What is stored and delivered for an accepted request (the ticket number is added on delivery: it is
/// not known before the store hands it out).
public struct TicketPayload: Sendable, Codable {
    /// The time of receipt, ISO 8601 in UTC.
    public var receivedAt: String
    public var language: String
    public var route: Route?
    public var expectedResponse: ExpectedResponse?
    /// The request's fields as sent (attachments by file name).
    public var fields: RequestValue
    /// Warnings the checker found; a stored request has no errors.
    public var warnings: [Finding]
    /// The earlier ticket this request follows up, when its subject carries that number.
    public var followUpOf: String?

    public init(receivedAt: Date, language: String, result: CheckResult, fields: RequestValue, followUpOf: String? = nil) {
        self.receivedAt = ISO8601DateFormatter().string(from: receivedAt)
        self.language = language
        self.route = result.route
        self.expectedResponse = result.expectedResponse
        self.fields = fields
        self.warnings = result.findings
        self.followUpOf = followUpOf
    }

    private enum CodingKeys: String, CodingKey {
        case language, route, fields, warnings
        case receivedAt = "received_at"
        case expectedResponse = "expected_response"
        case followUpOf = "follow_up_of"
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// The 201 answer to an accepted request.
public struct TicketAnswer: Sendable, Codable {
    public var ticket: String
    public var expectedResponse: ExpectedResponse?
    public var route: Route?
    public var followUpOf: String?

    public init(ticket: String, expectedResponse: ExpectedResponse?, route: Route?, followUpOf: String? = nil) {
        self.ticket = ticket
        self.expectedResponse = expectedResponse
        self.route = route
        self.followUpOf = followUpOf
    }

    private enum CodingKeys: String, CodingKey {
        case ticket, route
        case expectedResponse = "expected_response"
        case followUpOf = "follow_up_of"
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
