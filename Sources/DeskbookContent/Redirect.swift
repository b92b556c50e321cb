import DeskbookCore

/// An old URL, from a page's `aliases`, that sends visitors to the page's current URL.
public struct Redirect: Sendable, Hashable {
    public var from: String
    public var to: String
    /// The alias's line in the front matter; nil for the generator's own redirect from the site root.
    public var location: SourceLocation?

    public init(from: String, to: String, location: SourceLocation? = nil) {
        self.from = from
        self.to = to
        self.location = location
    }
}
