import DeskbookCore
import DeskbookMarkdown
import Foundation

/// Checks internal `.md` links and `#anchor` links and rewrites them to page URLs. A broken link is
/// reported and left out of the page, its text kept, so a published page never links to a `.md` file.
public struct LinkResolver: Sendable {
    /// Pages by `<language>/<content path>`.
    let pagesByPath: [String: Int]
    let anchors: [Set<String>]
    let urls: [String]
    let severity: Severity

    public init(pages: [Page], severity: Severity) {
        var byPath: [String: Int] = [:]
        for (index, page) in pages.enumerated() { byPath[page.language + "/" + page.contentPath] = index }
        pagesByPath = byPath
        anchors = pages.map(\.anchors)
        urls = pages.map(\.url)
        self.severity = severity
    }

    /// Rewrites the page's links in place, removing broken ones, and returns the problems found.
    public func resolve(_ page: Page, languages: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ownAnchors = Set(page.document.headings.map(\.id))
        let pageFolder = Path.join(page.language, Path.directory(of: page.contentPath))
        page.document.rewriteLinks { link in
            if Self.isScript(link.destination) {
                diagnostics.append(.warning("script link removed: \(link.destination.prefix(40))", at: page.location(line: link.line, column: link.column)))
                return .replace("#")
            }
            guard !link.isImage, !Self.isExternal(link.destination) else { return .keep }
            let (pathPart, anchor) = Self.split(link.destination)
            let location = page.location(line: link.line, column: link.column)
            if pathPart.isEmpty {
                if let anchor, !anchor.isEmpty, !ownAnchors.contains(anchor) {
                    diagnostics.append(Diagnostic(severity, "broken link: this page has no heading #\(anchor)", at: location))
                    return .unlink
                }
                return .keep
            }
            guard pathPart.hasSuffix(".md") else { return .keep }
            let decoded = pathPart.removingPercentEncoding ?? pathPart
            guard let target = Path.normalize(Path.join(pageFolder, decoded)), let index = pagesByPath[target] else {
                diagnostics.append(Diagnostic(severity, missingPageMessage(link.destination, folder: pageFolder, decoded: decoded, language: page.language, languages: languages), at: location))
                return .unlink
            }
            if let anchor, !anchor.isEmpty, !anchors[index].contains(anchor) {
                diagnostics.append(Diagnostic(severity, "broken link: \(link.destination): the page has no heading #\(anchor)", at: location))
                return .unlink
            }
            return .replace(urls[index] + (anchor.map { "#" + $0 } ?? ""))
        }
        return diagnostics
    }

    private func missingPageMessage(_ destination: String, folder: String, decoded: String, language: String, languages: [String]) -> String {
        if let target = Path.normalize(Path.join(folder, decoded)) {
            let withoutLanguage = target.split(separator: "/", maxSplits: 1).dropFirst().first.map(String.init) ?? target
            let translated = languages.filter { $0 != language && pagesByPath[$0 + "/" + withoutLanguage] != nil }
            if !translated.isEmpty {
                return "broken link: \(destination) exists in \(translated.joined(separator: ", ")) but not in \(language)"
            }
        }
        return "broken link: \(destination): no such page"
    }

    static func split(_ destination: String) -> (path: String, anchor: String?) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
        let anchor = String(destination[destination.index(after: hash)...])
        return (String(destination[..<hash]), anchor.removingPercentEncoding ?? anchor)
    }

    /// `javascript:`, `vbscript:` and `data:` URLs, which run code when followed.
    static func isScript(_ destination: String) -> Bool {
        let scheme = destination.prefix(12).lowercased().filter { !$0.isWhitespace }
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:")
    }

    /// Links with a scheme, protocol-relative links and site-absolute paths are not checked.
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("/") { return true }
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
