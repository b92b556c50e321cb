/// Where accepted requests are delivered, and how hard the service tries: intake.yml `forward:`.
public struct ForwardRule: Sendable, Hashable {
    public var webhooks: [WebhookRule]
    /// Attempts before a delivery becomes a dead letter.
    public var maxAttempts: Int
    /// Seconds before the first retry; each further retry waits twice as long, at most an hour.
    public var retryDelay: Int

    public init(webhooks: [WebhookRule] = [], maxAttempts: Int = 10, retryDelay: Int = 30) {
        self.webhooks = webhooks
        self.maxAttempts = maxAttempts
        self.retryDelay = retryDelay
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
