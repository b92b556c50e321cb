/// The plain text under one heading (or before the first heading), for search and excerpts.
public struct DocumentSection: Hashable, Sendable {
    /// The heading that opens the section, nil for the introduction.
    public var heading: Heading?
    public var text: String

    public init(heading: Heading?, text: String) {
        self.heading = heading
        self.text = text
    }
}
