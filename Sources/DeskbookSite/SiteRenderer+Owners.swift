import DeskbookContent
import DeskbookCore

extension SiteRenderer {
    /// The owners of section listing pages: a section's `_index.md`, or its folder when it has none.
    func owners(of sections: [Section]) -> [OutputOwner] {
        var languageFolders: [String: String] = [:]
        for page in site.pages where languageFolders[page.language] == nil && page.displayPath.hasSuffix("/" + page.contentPath) {
            languageFolders[page.language] = String(page.displayPath.dropLast(page.contentPath.count + 1))
        }
        return sections.map { section in
            let path = section.indexPage.map { site.pages[$0].displayPath }
                ?? Path.join(languageFolders[section.language] ?? "content/\(section.language)", section.path)
            return .section(section, location: SourceLocation(path: path))
        }
    }
}
