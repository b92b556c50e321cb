/// Where accepted requests are delivered, and how hard the service tries: intake.yml `forward:`.
public struct ForwardRule: Sendable, Hashable {
    public var webhooks: [WebhookRule]
    public var emails: [EmailRule]
    /// Attempts before a delivery becomes a dead letter.
    public var maxAttempts: Int
    /// Seconds before the first retry; each further retry waits twice as long, at most an hour.
    public var retryDelay: Int

    public init(webhooks: [WebhookRule] = [], emails: [EmailRule] = [], maxAttempts: Int = 10, retryDelay: Int = 30) {
        self.webhooks = webhooks
        self.emails = emails
        self.maxAttempts = maxAttempts
        self.retryDelay = retryDelay
    }

    /// Every destination's name, in the order deliveries are made.
    public var destinationNames: [String] {
        webhooks.map(\.name) + emails.flatMap { email in [email.name] + (email.acknowledgeField == nil ? [] : [email.acknowledgementName]) }
    }
}

/// A helpdesk or script that receives each request as a signed JSON POST.
public struct WebhookRule: Sendable, Hashable {
    /// The destination's name in the store and in `deskbook requests` (`webhook`, `webhook-2`, ...).
    public var name: String
    public var url: String
    /// The environment variable holding the signing key; the key itself is never in a file.
    public var secretEnvironment: String

    public init(name: String, url: String, secretEnvironment: String) {
        self.name = name
        self.url = url
        self.secretEnvironment = secretEnvironment
    }
}

/// A mailbox that receives each request by email over SMTP: intake.yml `forward: {email: {...}}`.
public struct EmailRule: Sendable, Hashable {
    /// The destination's name in the store (`email`, `email-2`, ...).
    public var name: String
    public var to: [String]
    public var from: String
    /// `smtp://host:port` or `smtps://host:port`.
    public var smtpURL: String
    /// Environment variables holding the SMTP user name and password; nil sends without authentication.
    public var usernameEnvironment: String?
    public var passwordEnvironment: String?
    /// Whether STARTTLS is required on an `smtp://` connection.
    public var startTLS: Bool
    /// `acknowledge: email`: the request field with the customer's address, who then gets an acknowledgement
    /// (ticket number, expected response, a copy of the request) in the request's language from this server.
    public var acknowledgeField: String?

    /// The store's name for this destination's acknowledgements.
    public var acknowledgementName: String { name + "-acknowledgement" }

    public init(
        name: String, to: [String], from: String, smtpURL: String, usernameEnvironment: String?, passwordEnvironment: String?,
        startTLS: Bool, acknowledgeField: String? = nil
    ) {
        self.name = name
        self.to = to
        self.from = from
        self.smtpURL = smtpURL
        self.usernameEnvironment = usernameEnvironment
        self.passwordEnvironment = passwordEnvironment
        self.startTLS = startTLS
        self.acknowledgeField = acknowledgeField
    }
}
