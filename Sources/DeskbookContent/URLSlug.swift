/// Makes URL path segments from file and folder names: lowercase, spaces and underscores as dashes.
public enum URLSlug {
    public static func segment(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in name.lowercased() {
            if character.isLetter || character.isNumber || character == "." {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "page" : slug
    }

    /// The site path of a page from its language and content path (`en`, `billing/refunds.md` → `/en/billing/refunds/`).
    public static func pageURL(basePath: String, language: String, contentPath: String) -> String {
        var segments = contentPath.split(separator: "/").map(String.init)
        let file = segments.removeLast()
        let stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
        if stem != "_index" { segments.append(stem) }
        let path = ([language] + segments.map(segment)).joined(separator: "/")
        return basePath + path + "/"
    }
}
