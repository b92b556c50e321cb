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
