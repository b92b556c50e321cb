/// Maps site URLs to files in the output folder.
public enum OutputPath {
    /// `/en/billing/refunds/` → `en/billing/refunds/index.html`.
    public static func forURL(_ url: String, basePath: String) -> String {
        var path = url.hasPrefix(basePath) ? String(url.dropFirst(basePath.count)) : url
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty || path.hasSuffix("/") { return path + "index.html" }
        return path
    }
}
