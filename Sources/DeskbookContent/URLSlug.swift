import DeskbookCore

/// Makes URL path segments from file and folder names: lowercase letters and digits, everything else
/// (spaces, underscores, dots, punctuation) as single dashes between them.
public enum URLSlug {
    /// The segment of a file or folder name: `Billing FAQ` → `billing-faq`, `tls-1.2` → `tls-1-2`.
    ///
    /// A segment is never empty and never holds a dot, so it is never `.`, `..` or a hidden name; a name
    /// without a letter or digit becomes `page`. It may still be too long for a file system, which
    /// `overlongSegment(in:)` finds.
    public static func segment(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
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

    /// The first segment of a site path that is too long to be a folder name, if any.
    public static func overlongSegment(in url: String) -> Substring? {
        url.split(separator: "/").first { $0.utf8.count > OutputName.maximumBytes }
    }
}
