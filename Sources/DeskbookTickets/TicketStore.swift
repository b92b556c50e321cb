import DeskbookIntake
import Foundation

/// Where accepted requests, their tickets and their deliveries are kept.
///
/// Every method is one transaction, so the store is consistent after a crash at any point. An implementation
/// must hand out ticket sequence numbers that are unique across every process that shares it (SQLite: one file;
/// a PostgreSQL implementation: a database sequence) and must make `accept` durable before it returns, because
/// the service answers 201 right after.
public protocol TicketStore: Sendable {
    /// Stores a ready request with a new ticket, its attachments and one pending delivery per destination;
    /// `answer` makes the response body from the ticket number, and is kept for the idempotency key. A key seen
    /// before gives back the first answer instead, or `keyReused` when it came with a different request.
    func accept(_ submission: Submission, format: TicketFormat, answer: @escaping @Sendable (String) throws -> Data) async throws -> Acceptance

    /// Up to `limit` pending deliveries due at `now`, each leased for `lease` seconds so that another worker
    /// does not take it meanwhile (after a crash the lease runs out and the delivery is tried again).
    func claimDeliveries(at now: Date, limit: Int, lease: TimeInterval) async throws -> [Delivery]

    /// Marks a delivery done.
    func recordDelivered(_ id: Int64, at now: Date) async throws

    /// Counts a failed attempt: the delivery waits for its next try, or becomes a dead letter.
    func recordFailure(_ id: Int64, reason: String, at now: Date, policy: RetryPolicy) async throws -> DeliveryState

    /// The newest requests first; `failed` keeps those with a dead letter.
    func requests(failedOnly: Bool, limit: Int) async throws -> [RequestSummary]

    /// One request by ticket number (or its sequence number), with its fields and attachments' names.
    func request(ticket: String) async throws -> RequestDetail?

    /// Whether a request with exactly this ticket number is stored.
    func ticketExists(_ ticket: String) async throws -> Bool

    /// The requester's requests received at `since` or later, newest first, for the duplicate check.
    func recentRequests(requester: String, since: Date, limit: Int) async throws -> [EarlierRequest]

    /// Sends a request's dead letters again: they become pending, due at `now`, with their attempts reset.
    /// Returns how many deliveries were requeued; nil when there is no such ticket.
    func retry(ticket: String, at now: Date) async throws -> Int?

    /// Keeps a self-service event (see `SelfServiceEvent`), committed before it returns.
    func record(_ event: SelfServiceEvent) async throws

    /// The events received from `start` (inclusive) to `end` (exclusive), oldest first.
    func events(from start: Date, to end: Date) async throws -> [SelfServiceEvent]

    /// What the report needs of each request received from `start` (inclusive) to `end` (exclusive).
    func requestFacts(from start: Date, to end: Date) async throws -> [RequestFact]
}

/// A stored request as the report counts it, without its content.
public struct RequestFact: Sendable, Hashable {
    public var receivedAt: Date
    public var language: String
    public var department: String?
    /// When the team first answered, as a helpdesk reports it; nil while none does (Deskbook's destinations
    /// deliver requests but hear nothing back yet).
    public var firstResponseAt: Date?

    public init(receivedAt: Date, language: String, department: String?, firstResponseAt: Date? = nil) {
        self.receivedAt = receivedAt
        self.language = language
        self.department = department
        self.firstResponseAt = firstResponseAt
    }
}

/// A ready request, as the service stores it.
public struct Submission: Sendable, Hashable {
    public var receivedAt: Date
    public var language: String
    public var department: String?
    /// The JSON object sent to destinations, without attachment contents (see `WebhookBody`).
    public var payload: Data
    public var attachments: [Attachment]
    /// The `forward` destinations by name; each gets one delivery.
    public var destinations: [String]
    public var idempotencyKey: String?
    /// A digest of what the client sent, to tell a retry from another request under the same key.
    public var fingerprint: String
    /// Who sent it (an email address, lower-cased), for finding duplicates.
    public var requester: String?
    /// The earlier ticket whose number the subject carries: this request follows it up.
    public var followUpOf: String?

    public init(
        receivedAt: Date, language: String, department: String?, payload: Data, attachments: [Attachment],
        destinations: [String], idempotencyKey: String?, fingerprint: String, requester: String? = nil, followUpOf: String? = nil
    ) {
        self.receivedAt = receivedAt
        self.language = language
        self.department = department
        self.payload = payload
        self.attachments = attachments
        self.destinations = destinations
        self.idempotencyKey = idempotencyKey
        self.fingerprint = fingerprint
        self.requester = requester
        self.followUpOf = followUpOf
    }
}

/// A stored request compared with a new one from the same requester.
public struct EarlierRequest: Sendable, Hashable {
    public var ticket: String
    public var payload: Data
    /// The fingerprint stored with its idempotency key, when it came with one.
    public var fingerprint: String?

    public init(ticket: String, payload: Data, fingerprint: String?) {
        self.ticket = ticket
        self.payload = payload
        self.fingerprint = fingerprint
    }
}

/// A file sent with a request, under its form field.
public struct Attachment: Sendable, Hashable {
    public var field: String
    /// A sanitized file name (see `AttachmentName`).
    public var name: String
    public var mediaType: String
    public var content: Data

    public init(field: String, name: String, mediaType: String, content: Data) {
        self.field = field
        self.name = name
        self.mediaType = mediaType
        self.content = content
    }
}

/// What `accept` did.
public enum Acceptance: Sendable, Hashable {
    /// Stored under a new ticket; `answer` is the body to send.
    case accepted(ticket: String, answer: Data)
    /// The idempotency key was seen with the same request: the first answer.
    case replayed(answer: Data)
    /// The idempotency key was seen with a different request.
    case keyReused
}

/// One pending attempt to send one request to one destination.
public struct Delivery: Sendable, Hashable {
    public var id: Int64
    public var ticket: String
    public var destination: String
    /// Attempts made before this one.
    public var attempts: Int
    public var payload: Data
    public var attachments: [Attachment]

    public init(id: Int64, ticket: String, destination: String, attempts: Int, payload: Data, attachments: [Attachment]) {
        self.id = id
        self.ticket = ticket
        self.destination = destination
        self.attempts = attempts
        self.payload = payload
        self.attachments = attachments
    }
}

/// Where a delivery stands.
public enum DeliveryState: String, Sendable, Hashable, Codable {
    case pending, delivered, dead
}

/// How often a delivery is tried, and how long to wait between tries.
public struct RetryPolicy: Sendable, Hashable {
    public var maxAttempts: Int
    /// Seconds before the first retry; doubled for each further retry, up to `maxDelay`.
    public var firstDelay: TimeInterval
    public var maxDelay: TimeInterval

    public init(maxAttempts: Int, firstDelay: TimeInterval, maxDelay: TimeInterval = 3600) {
        self.maxAttempts = maxAttempts
        self.firstDelay = firstDelay
        self.maxDelay = maxDelay
    }

    public init(_ rule: ForwardRule) {
        self.init(maxAttempts: rule.maxAttempts, firstDelay: TimeInterval(rule.retryDelay))
    }

    /// The wait after `attempts` failed attempts (1 or more).
    public func delay(afterAttempts attempts: Int) -> TimeInterval {
        let doublings = min(max(attempts - 1, 0), 30)
        return min(firstDelay * pow(2, Double(doublings)), maxDelay)
    }
}

/// A delivery as `deskbook requests` shows it.
public struct DeliveryStatus: Sendable, Hashable, Codable {
    public var destination: String
    public var state: DeliveryState
    public var attempts: Int
    public var nextAttempt: Date?
    public var lastError: String?

    public init(destination: String, state: DeliveryState, attempts: Int, nextAttempt: Date?, lastError: String?) {
        self.destination = destination
        self.state = state
        self.attempts = attempts
        self.nextAttempt = nextAttempt
        self.lastError = lastError
    }

    private enum CodingKeys: String, CodingKey {
        case destination, state, attempts
        case nextAttempt = "next_attempt"
        case lastError = "last_error"
    }
}

/// A stored request in a list.
public struct RequestSummary: Sendable, Hashable, Codable {
    public var ticket: String
    public var receivedAt: Date
    public var language: String
    public var department: String?
    public var deliveries: [DeliveryStatus]

    public init(ticket: String, receivedAt: Date, language: String, department: String?, deliveries: [DeliveryStatus]) {
        self.ticket = ticket
        self.receivedAt = receivedAt
        self.language = language
        self.department = department
        self.deliveries = deliveries
    }

    private enum CodingKeys: String, CodingKey {
        case ticket, language, department, deliveries
        case receivedAt = "received_at"
    }
}

/// A stored request with its content.
public struct RequestDetail: Sendable, Hashable {
    public var summary: RequestSummary
    public var payload: Data
    public var attachments: [AttachmentInfo]

    public init(summary: RequestSummary, payload: Data, attachments: [AttachmentInfo]) {
        self.summary = summary
        self.payload = payload
        self.attachments = attachments
    }
}

/// An attachment's description without its content.
public struct AttachmentInfo: Sendable, Hashable, Codable {
    public var field: String
    public var name: String
    public var mediaType: String
    public var size: Int

    public init(field: String, name: String, mediaType: String, size: Int) {
        self.field = field
        self.name = name
        self.mediaType = mediaType
        self.size = size
    }

    private enum CodingKeys: String, CodingKey {
        case field, name, size
        case mediaType = "media_type"
    }
}
