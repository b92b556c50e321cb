/// How the intake API protects itself and whom it lets in.
public struct APIPolicy: Sendable {
    /// Origins (`https://help.example.com`) whose pages may call the API from a browser; others get no CORS
    /// headers.
    public var allowedOrigins: Set<String>
    /// Submissions per minute from one address, and how many may come at once.
    public var submissionsPerMinute: Int
    public var submissionBurst: Int
    /// Other API calls (check, search) per minute from one address.
    public var callsPerMinute: Int
    public var callBurst: Int
    /// Self-service events per minute from one address, and how many may come at once.
    public var eventsPerMinute: Int
    public var eventBurst: Int

    public init(
        allowedOrigins: Set<String> = [], submissionsPerMinute: Int = 10, submissionBurst: Int = 5, callsPerMinute: Int = 600, callBurst: Int = 60,
        eventsPerMinute: Int = 120, eventBurst: Int = 30
    ) {
        self.allowedOrigins = allowedOrigins
        self.submissionsPerMinute = submissionsPerMinute
        self.submissionBurst = submissionBurst
        self.callsPerMinute = callsPerMinute
        self.callBurst = callBurst
        self.eventsPerMinute = eventsPerMinute
        self.eventBurst = eventBurst
    }

    /// The origin of a base URL such as `https://help.example.com/docs/`, nil for a relative or odd one.
    public static func origin(of url: String) -> String? {
        let lowered = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else { return nil }
        let authority = lowered.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return authority.isEmpty ? nil : scheme + authority
    }
}
