import DeskbookCore

/// An old site path of a page, from its `aliases`, with where the front matter names it.
public struct PageAlias: Sendable, Hashable {
    /// The path as written, e.g. `/en/old-page/`.
    public var path: String
    /// The alias's own line in the front matter, where problems with it are reported.
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}
