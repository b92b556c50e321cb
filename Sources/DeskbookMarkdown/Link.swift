/// A link found in a Markdown document, with where it was written.
public struct Link: Hashable, Sendable {
    public var destination: String
    public var line: Int
    public var column: Int
    public var isImage: Bool

    public init(destination: String, line: Int, column: Int, isImage: Bool = false) {
        self.destination = destination
        self.line = line
        self.column = column
        self.isImage = isImage
    }
}

/// What `MarkdownDocument.rewriteLinks` does with one link or image.
public enum LinkRewrite: Sendable, Equatable {
    /// Leaves it as written.
    case keep
    /// Points it at another destination.
    case replace(String)
    /// Removes the link and keeps its text; an image leaves its alt text.
    case unlink
}
