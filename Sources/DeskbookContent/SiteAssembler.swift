import DeskbookCore

/// Builds the site model from parsed pages: URLs, sections, kinds, translations, redirects and links.
public struct SiteAssembler: Sendable {
    public var config: SiteConfig
    public var includeDrafts: Bool

    public init(config: SiteConfig, includeDrafts: Bool = false) {
        self.config = config
        self.includeDrafts = includeDrafts
    }

    public func assemble(_ parsed: [Page]) async -> (site: Site, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var pages = parsed
            .filter { includeDrafts || !$0.frontMatter.draft }
            .sorted { ($0.language, $0.contentPath) < ($1.language, $1.contentPath) }
        pages = removeUnpublishableURLs(pages, diagnostics: &diagnostics)
        var sections = buildSections(pages)
        applySectionKinds(&pages, sections: sections)
        fillSections(&sections, pages: pages)
        let redirects = collectRedirects(pages, diagnostics: &diagnostics)
        var translations: [String: [String: Int]] = [:]
        for (index, page) in pages.enumerated() { translations[page.contentPath, default: [:]][page.language] = index }
        for page in pages where page.kind == .policy && page.frontMatter.effective == nil && !page.isIndex {
            diagnostics.append(.warning("policy page has no 'effective' date", at: SourceLocation(path: page.displayPath, line: 2)))
        }
        let resolver = LinkResolver(pages: pages, severity: config.brokenLinks, basePath: config.basePath, languages: config.languages)
        let languages = config.languages
        let resolved = await concurrentMap(pages) { resolver.resolve($0, languages: languages) }
        for (index, links) in resolved.enumerated() { pages[index].linkTargets = links.targets }
        diagnostics += resolved.flatMap(\.diagnostics)
        let site = Site(config: config, pages: pages, sections: sections, translations: translations, redirects: redirects)
        return (site, diagnostics)
    }

    /// Leaves out, with an error at the file, a page whose URL has a segment too long for a folder name or
    /// is already taken by an earlier page.
    private func removeUnpublishableURLs(_ pages: [Page], diagnostics: inout [Diagnostic]) -> [Page] {
        var owners: [String: String] = [:]
        return pages.filter { page in
            if let segment = URLSlug.overlongSegment(in: page.url) {
                let message = "the URL of this page has a segment of \(segment.utf8.count) bytes, over the \(OutputName.maximumBytes)-byte limit of file names; shorten the file or folder name"
                diagnostics.append(.error(message, at: SourceLocation(path: page.displayPath)))
                return false
            }
            if let owner = owners[page.url] {
                diagnostics.append(.error("\(page.url) is already published by \(owner)", at: SourceLocation(path: page.displayPath)))
                return false
            }
            owners[page.url] = page.displayPath
            return true
        }
    }

    private func buildSections(_ pages: [Page]) -> [String: [String: Section]] {
        var sections: [String: [String: Section]] = [:]
        for language in config.languages {
            sections[language] = ["": Section(language: language, path: "", title: config.title(for: language), url: config.basePath + language + "/")]
        }
        for (index, page) in pages.enumerated() {
            var folder = page.sectionPath
            while !folder.isEmpty, sections[page.language]?[folder] == nil {
                let url = URLSlug.pageURL(basePath: config.basePath, language: page.language, contentPath: folder + "/_index.md")
                sections[page.language, default: [:]][folder] = Section(language: page.language, path: folder, title: Section.fallbackTitle(for: folder), url: url)
                folder = Path.directory(of: folder)
            }
            guard page.isIndex else { continue }
            let path = page.sectionPath
            if sections[page.language]?[path] == nil {
                sections[page.language, default: [:]][path] = Section(language: page.language, path: path, title: page.title, url: page.url)
            }
            sections[page.language]?[path]?.title = page.title
            sections[page.language]?[path]?.description = page.frontMatter.description
            sections[page.language]?[path]?.order = page.frontMatter.order
            sections[page.language]?[path]?.defaultKind = page.frontMatter.kind
            sections[page.language]?[path]?.indexPage = index
        }
        return sections
    }

    /// A page without `kind` takes the nearest enclosing section's default, else `article`.
    private func applySectionKinds(_ pages: inout [Page], sections: [String: [String: Section]]) {
        for index in pages.indices where pages[index].frontMatter.kind == nil && !pages[index].isIndex {
            var folder: String? = pages[index].sectionPath
            while let path = folder {
                if let kind = sections[pages[index].language]?[path]?.defaultKind {
                    pages[index].kind = kind
                    break
                }
                folder = path.isEmpty ? nil : Path.directory(of: path)
            }
        }
    }

    private func fillSections(_ sections: inout [String: [String: Section]], pages: [Page]) {
        for (index, page) in pages.enumerated() where !page.isIndex {
            sections[page.language]?[page.sectionPath]?.pages.append(index)
        }
        for (language, byPath) in sections {
            for (path, section) in byPath {
                if let parent = section.parentPath { sections[language]?[parent]?.subsections.append(path) }
                sections[language]?[path]?.pages.sort { Section.listsBefore(pages[$0], pages[$1]) }
            }
        }
        for (language, byPath) in sections {
            for path in byPath.keys {
                sections[language]?[path]?.subsections.sort { lhs, rhs in
                    let left = byPath[lhs]!, right = byPath[rhs]!
                    return (left.order ?? Int.max, left.title) < (right.order ?? Int.max, right.title)
                }
            }
        }
    }

    /// The redirects of every page's aliases; an alias that is not a plain site path is an error at its line.
    /// Which output file each alias may take is settled with every other output (OutputOwnership).
    private func collectRedirects(_ pages: [Page], diagnostics: inout [Diagnostic]) -> [Redirect] {
        var redirects: [Redirect] = []
        for page in pages {
            for alias in page.frontMatter.aliases {
                let segments = alias.path.split(separator: "/")
                if let problem = segments.isEmpty ? "no name" : segments.lazy.compactMap(OutputName.problem(with:)).first {
                    diagnostics.append(.error("alias '\(alias.path)' is not a site path like /en/old-page/: it holds \(problem)", at: alias.location))
                    continue
                }
                let url = config.basePath + segments.joined(separator: "/") + "/"
                redirects.append(Redirect(from: url, to: page.url, location: alias.location))
            }
        }
        return redirects
    }
}
