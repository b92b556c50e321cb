import Foundation

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

    /// An address that would run script or open a local or inline document (`SafeURL`); it is published empty.
    public var isUnsafe: Bool { !SafeURL.isAllowed(destination) }

    /// Links with a scheme, protocol-relative links and site-absolute paths, which the site does not check.
    public var isExternal: Bool {
        if destination.hasPrefix("/") { return true }
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// The destination split at its first `#`: the path, and the anchor percent-decoded.
    public var pathAndAnchor: (path: String, anchor: String?) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
        let anchor = String(destination[destination.index(after: hash)...])
        return (String(destination[..<hash]), anchor.removingPercentEncoding ?? anchor)
    }

    /// A link to another page by its Markdown file (`../billing/refunds.md#fees`), which the site
    /// rewrites to that page's URL.
    public var isPageLink: Bool {
        !isImage && !isUnsafe && !isExternal && pathAndAnchor.path.hasSuffix(".md")
    }

    /// A link the site checks: to another page, or to a heading of its own page (`#fees`).
    public var isChecked: Bool {
        guard !isImage, !isUnsafe, !isExternal else { return false }
        let (path, anchor) = pathAndAnchor
        return path.hasSuffix(".md") || (path.isEmpty && !(anchor ?? "").isEmpty)
    }
}
