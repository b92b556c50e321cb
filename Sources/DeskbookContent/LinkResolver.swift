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
