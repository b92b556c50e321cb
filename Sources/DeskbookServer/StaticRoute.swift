import Foundation

/// Where a request path leads under a static host's URL rules.
enum StaticRoute: Equatable {
    /// Serve the file at this output path.
    case file(String)
    /// A folder page asked for without its trailing slash: a permanent redirect to this location.
    case redirect(String)
    /// No such file: the site's 404 page, with status 404.
    case notFound

    /// The route for `rawPath`, the percent-encoded path of the request, keeping `query` on redirects.
    ///
    /// `/` and `/en/a/` name `index.html` and `en/a/index.html`; `/en/a` redirects to `/en/a/` when that
    /// folder page exists. Segments are percent-decoded one by one, and a path with a `.` or `..` segment, or
    /// a segment that decodes to a slash, a backslash or NUL, matches nothing: no request reaches outside the
    /// snapshot, whatever its encoding.
    static func resolve(rawPath: String, query: String?, exists: (String) -> Bool) -> StaticRoute {
        guard let segments = decodedSegments(rawPath) else { return .notFound }
        let relative = segments.joined(separator: "/")
        if relative.isEmpty || rawPath.hasSuffix("/") {
            let index = relative.isEmpty ? "index.html" : relative + "/index.html"
            return exists(index) ? .file(index) : .notFound
        }
        if exists(relative) { return .file(relative) }
        if exists(relative + "/index.html") {
            let location = "/" + segments.map(encoded).joined(separator: "/") + "/"
            return .redirect(location + (query.map { $0.isEmpty ? "" : "?" + $0 } ?? ""))
        }
        return .notFound
    }

    /// The decoded, non-empty segments of a path, or nil when a segment is not allowed.
    private static func decodedSegments(_ rawPath: String) -> [String]? {
        var segments: [String] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding else { return nil }
            guard segment != ".", segment != "..", !segment.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) else { return nil }
            segments.append(segment)
        }
        return segments
    }

    private static let segmentCharacters = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))

    private static func encoded(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? segment
    }
}
