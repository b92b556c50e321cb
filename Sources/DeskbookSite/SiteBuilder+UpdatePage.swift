import DeskbookContent
import DeskbookCore
import Foundation

extension SiteBuilder {
    /// The build `buildInMemory` would make now that the content page at `path` (relative to the site folder) is
    /// the only file changed since the build that left `buildCache`, made from that build: the page is parsed
    /// and its links resolved again, and the search index updated. A body edit renders that page alone; an edit
    /// of its title, description or heading texts also renders what shows them (its section's pages and listings,
    /// the pages it is related to, feeds and tag pages) and ranks the related pages again where they can move.
    /// Nil when this shortcut does not apply and a build must run: no published build or page cache, a page that
    /// is not a published regular page, a day change, an edit of other front matter or of the page's URL or
    /// anchors, or an edit that makes the build fail.
    public func updatePage(_ path: String, options: BuildOptions) async -> BuildResult? {
        let clock = ContinuousClock()
        let start = clock.now
        guard let cache = buildCache, let published = cache.published, var memo = cache.rendered, let pageCache,
              published.buildDay == buildDay() else { return nil }
        var site = published.site
        let displayPath = Path.join(options.source == "." ? "" : options.source, path)
        guard let index = site.pages.firstIndex(where: { $0.displayPath == displayPath }), !site.pages[index].isIndex else { return nil }
        let old = site.pages[index]
        let loader = SiteLoader(fileSystem: ConfinedFileSystem(base: fileSystem, folders: [options.source]))
        guard let reloaded = loader.reloadPage(old, config: site.config, cache: pageCache), var page = reloaded.current.page,
              page.url == old.url, page.anchors == old.anchors else { return nil }
        let bodyOnly = page.frontMatter == old.frontMatter && RelatedPages.texts(of: page) == RelatedPages.texts(of: old)
        guard bodyOnly || page.frontMatter.differsInWordingOnly(from: old.frontMatter) else { return nil }
        page.kind = old.kind
        let resolver = published.resolver
            ?? LinkResolver(pages: site.pages, severity: site.config.brokenLinks, basePath: site.config.basePath, languages: site.config.languages)
        let oldLinks = resolver.resolve(old, languages: site.config.languages)
        let links = resolver.resolve(page, languages: site.config.languages)
        page.linkTargets = links.targets
        site.pages[index] = page
        var removed = reloaded.previous.diagnostics + oldLinks.diagnostics
        var added = reloaded.current.diagnostics + links.diagnostics
        if options.strict {
            removed = removed.map { Diagnostic(.error, $0.message, at: $0.location) }
            added = added.map { Diagnostic(.error, $0.message, at: $0.location) }
        }
        let diagnostics = published.diagnostics.removingOnce(removed) + added
        guard !diagnostics.containsErrors || options.keepGoing else { return nil }
        do {
            var renderer = SiteRenderer(site: site, theme: published.theme, buildDay: published.buildDay)
            renderer.requestForm = published.requestForm
            var rendered = published.rendered
            if bodyOnly {
                guard let file = try renderer.render(pageAt: index, updating: &memo),
                      let position = rendered.firstIndex(where: { $0.path == file.path && $0.owner == file.owner }) else { return nil }
                rendered[position] = file
            } else {
                site.sortSectionPages(of: index)
                renderer.site = site
                let update = Self.rewording(page: index, of: site, related: memo.related)
                (rendered, memo) = try await renderer.render(reusing: memo, update: update)
            }
            var search = SearchIndexOutput()
            if options.includeSearch { search = await SearchDocuments.index(for: site, reusing: cache.search, changed: [index], semantic: semanticIndexer(site.config, options).indexer) }
            let samePaths = rendered.count == published.rendered.count && zip(rendered, published.rendered).allSatisfy { $0.path == $1.path && $0.owner == $1.owner }
            let settlement = samePaths ? published.settlement : OutputOwnership.settlement(of: rendered)
            let owned = Self.settle(rendered, settlement, index: search)
            let all = diagnostics + search.warnings + owned.diagnostics
            guard !all.containsErrors || options.keepGoing else { return nil }
            var next = published
            next.site = site
            next.rendered = rendered
            next.settlement = settlement
            next.diagnostics = diagnostics
            next.resolver = resolver
            let duration = clock.now - start
            let report = BuildReport(
                outcome: all.containsErrors ? .builtWithErrors : .built, diagnostics: all.sortedByLocation(),
                pageCounts: published.pageCounts, fileCount: owned.files.count, duration: duration,
                phases: [("update one page", duration - search.duration), ("search index", search.duration)]
            )
            return BuildResult(report: report, files: owned.files, site: site, cache: BuildCache(rendered: memo, search: search.cache, published: next))
        } catch {
            return nil
        }
    }

    /// What renders again when the page at `page` of `site` shows new wording (title, description, headings)
    /// under the same URL and anchors: the page, the pages of its section (their menus and pagers name it), and
    /// the pages whose related pages name it or changed, with those ranked again.
    private static func rewording(page: Int, of site: Site, related previous: RelatedPages) -> SiteRenderer.RenderUpdate {
        let edited = site.pages[page]
        let (related, changed) = previous.replacingTerms(ofPage: page, with: RelatedPages.terms(of: edited))
        var pages = changed.union([page])
        pages.formUnion(site.section(language: edited.language, path: edited.sectionPath)?.pages ?? [])
        pages.formUnion(previous.pages(relatedTo: page))
        pages.formUnion(related.pages(relatedTo: page))
        return SiteRenderer.RenderUpdate(related: related, pages: pages)
    }
}

extension FrontMatter {
    /// Whether this front matter differs from `other` only in what a page shows of itself: its title and
    /// description.
    fileprivate func differsInWordingOnly(from other: FrontMatter) -> Bool {
        var same = self
        same.title = other.title
        same.description = other.description
        return same == other
    }
}

extension Site {
    /// Puts the pages of the section holding the page at `page` in listing order again, after its title changed.
    fileprivate mutating func sortSectionPages(of page: Int) {
        let edited = pages[page]
        guard let section = sections[edited.language]?[edited.sectionPath] else { return }
        let pages = self.pages
        sections[edited.language]?[edited.sectionPath]?.pages = section.pages.sorted().sorted { Section.listsBefore(pages[$0], pages[$1]) }
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics with one occurrence of each of `others` taken out.
    fileprivate func removingOnce(_ others: [Diagnostic]) -> [Diagnostic] {
        var remaining: [Diagnostic: Int] = [:]
        for diagnostic in others { remaining[diagnostic, default: 0] += 1 }
        return filter { diagnostic in
            guard let count = remaining[diagnostic], count > 0 else { return true }
            remaining[diagnostic] = count - 1
            return false
        }
    }
}
