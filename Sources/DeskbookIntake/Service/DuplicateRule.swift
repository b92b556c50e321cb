/// When two requests count as the same one sent twice: intake.yml `duplicates: {window_hours, similarity_percent}`.
/// Without `duplicates:` the service does not look; the finding's severity is `severities: request.duplicate`.
public struct DuplicateRule: Sendable, Hashable {
    /// How far back the requester's earlier requests are compared, in hours.
    public var windowHours: Int
    /// From 0.5 to 1: how alike subject and description must be (1 is identical once case and punctuation are ignored).
    public var similarity: Double

    public init(windowHours: Int = 24, similarity: Double = 0.9) {
        self.windowHours = windowHours
        self.similarity = similarity
    }
}
