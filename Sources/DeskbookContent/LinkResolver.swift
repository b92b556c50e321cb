import DeskbookCore
import DeskbookMarkdown
import Foundation

/// Checks internal `.md` links and `#anchor` links and rewrites them to page URLs. A broken link is
/// reported and left out of the page, its text kept, so a published page never links to a `.md` file.
/// Links written as site paths of a language (`/en/billing/refunds/`) are checked too, and kept as written.
public struct LinkResolver: Sendable {
    /// Pages by `<language>/<content path>`.
    let pagesByPath: [String: Int]
    let anchors: [Set<String>]
    let urls: [String]
    let severity: Severity
    /// Pages by URL, and the other pages a site path may name: sections, language homes, aliases, and
    /// Deskbook's own search and request pages (nil: no page, so no headings to check).
    let siteURLs: [String: Int?]
    let basePath: String
    let languages: [String]

    public init(pages: [Page], severity: Severity, basePath: String = "/", languages: [String] = []) {
        var byPath: [String: Int] = [:]
        for (index, page) in pages.enumerated() { byPath[page.language + "/" + page.contentPath] = index }
        pagesByPath = byPath
        anchors = pages.map(\.anchors)
        urls = pages.map(\.url)
        self.severity = severity
        self.basePath = basePath
        self.languages = languages
        var siteURLs: [String: Int?] = [:]
        for language in languages {
            for own in ["", "search/", "request/"] { siteURLs[basePath + language + "/" + own] = .some(nil) }
        }
        for (index, page) in pages.enumerated() {
            var folder = page.url
            while folder.count > basePath.count, let slash = folder.dropLast().lastIndex(of: "/") {
                folder = String(folder[...slash])
                if siteURLs[folder] == nil { siteURLs[folder] = .some(nil) }
            }
            for tag in page.frontMatter.tags {
                let tags = basePath + page.language + "/tags/"
                siteURLs[tags] = .some(nil)
                siteURLs[tags + URLSlug.segment(tag) + "/"] = .some(nil)
            }
            for alias in page.frontMatter.aliases {
                let segments = alias.path.split(separator: "/")
                if !segments.isEmpty { siteURLs[basePath + segments.joined(separator: "/") + "/"] = index }
            }
        }
        for (index, page) in pages.enumerated() { siteURLs[page.url] = index }
        self.siteURLs = siteURLs
    }

    /// The problem with a link written as a site path of one of the site's languages (`/en/billing/x/`,
    /// with or without the base path), or nil when it names a page (and a heading of it) or is no such link.
    /// A path whose last segment has a dot (`/en/feed.xml`) names a file, which is not checked.
    func sitePathProblem(_ link: Link) -> String? {
        let (pathAndQuery, anchor) = link.pathAndAnchor
        let path = pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? pathAndQuery
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !link.isImage else { return nil }
        let decoded = path.removingPercentEncoding ?? path
        let inSite = decoded.hasPrefix(basePath) ? decoded : basePath + decoded.dropFirst()
        let segments = inSite.dropFirst(basePath.count).split(separator: "/")
        guard let language = segments.first, languages.contains(String(language)), !(segments.last?.contains(".") ?? false) else { return nil }
        let url = basePath + segments.joined(separator: "/") + "/"
        guard let target = siteURLs[url] else { return "broken link: \(link.destination): no such page" }
        if let target, let anchor, !anchor.isEmpty, !anchors[target].contains(anchor) {
            return "broken link: \(link.destination): the page has no heading #\(anchor)"
        }
        return nil
    }

    /// Where the page's links to other pages go, by link index, and the problems found.
    public func resolve(_ page: Page, languages: [String]) -> (targets: [Int: MarkdownDocument.LinkTarget], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var targets: [Int: MarkdownDocument.LinkTarget] = [:]
        let ownAnchors = page.anchors
        let pageFolder = Path.join(page.language, Path.directory(of: page.contentPath))
        for (index, link) in page.document.links.enumerated() {
            let location = page.location(line: link.line, column: link.column)
            if link.isUnsafe {
                diagnostics.append(.warning("unsafe link removed: \(link.destination.prefix(40))", at: location))
                continue
            }
            if let problem = sitePathProblem(link) {
                diagnostics.append(Diagnostic(severity, problem, at: location))
                continue
            }
            guard !link.isImage, !link.isExternal else { continue }
            let (pathPart, anchor) = link.pathAndAnchor
            if pathPart.isEmpty {
                if let anchor, !anchor.isEmpty, !ownAnchors.contains(anchor) {
                    diagnostics.append(Diagnostic(severity, "broken link: this page has no heading #\(anchor)", at: location))
                    targets[index] = .removed
                }
                continue
            }
            guard link.isPageLink else { continue }
            let decoded = pathPart.removingPercentEncoding ?? pathPart
            guard let target = Path.normalize(Path.join(pageFolder, decoded)), let targetIndex = pagesByPath[target] else {
                diagnostics.append(Diagnostic(severity, missingPageMessage(link.destination, folder: pageFolder, decoded: decoded, language: page.language, languages: languages), at: location))
                targets[index] = .removed
                continue
            }
            if let anchor, !anchor.isEmpty, !anchors[targetIndex].contains(anchor) {
                diagnostics.append(Diagnostic(severity, "broken link: \(link.destination): the page has no heading #\(anchor)", at: location))
                targets[index] = .removed
                continue
            }
            targets[index] = .url(urls[targetIndex] + (anchor.map { "#" + $0 } ?? ""))
        }
        return (targets, diagnostics)
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
}
