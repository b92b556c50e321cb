/// Which link and image addresses from content may reach a page.
///
/// Every address is allowed except those that run script or open local or inline documents: `javascript:`,
/// `vbscript:`, `file:` and `data:`, where `data:` images (PNG, GIF, JPEG, WebP) are allowed. The scheme is read
/// as a browser reads it: surrounding spaces and control characters and inner tabs and line breaks don't count,
/// letters in any case.
enum SafeURL {
    static let blockedSchemes: Set<String> = ["javascript", "vbscript", "file", "data"]
    static let dataImageTypes = ["png", "gif", "jpeg", "webp"]

    static func isAllowed(_ url: String) -> Bool {
        let significant = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = significant.drop { $0.value <= 0x20 }
        guard let scheme = scheme(of: trimmed) else { return true }
        guard blockedSchemes.contains(scheme) else { return true }
        guard scheme == "data" else { return false }
        let rest = String(String.UnicodeScalarView(trimmed.dropFirst(5))).lowercased()
        return dataImageTypes.contains { rest.hasPrefix("image/\($0);") || rest.hasPrefix("image/\($0),") }
    }

    /// The lowercased scheme of an absolute URL: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    private static func scheme(of url: some Collection<Unicode.Scalar>) -> String? {
        guard let first = url.first, first.isASCIILetter else { return nil }
        var scheme = ""
        for scalar in url {
            if scalar == ":" { return scheme.lowercased() }
            guard scalar.isASCIILetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "." else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
