import DeskbookContent
import DeskbookCore
import Foundation

extension SiteBuilder {
    /// The build `buildInMemory` would make now that the content page at `path` (relative to the site folder) is
    /// the only file changed since the build that left `buildCache`, made from that build: the page is parsed
    /// and its links resolved again, its file rendered again and the search index updated. Nil when this
    /// shortcut does not apply and a build must run: no published build or page cache, a page that is not a
    /// published regular page, a day change, or an edit that changes what other pages show of the page (its
    /// front matter, URL or headings, which `RelatedPages` compares) or that makes the build fail.
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
              page.frontMatter == old.frontMatter, page.url == old.url, page.anchors == old.anchors,
              RelatedPages.texts(of: page) == RelatedPages.texts(of: old) else { return nil }
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
            let renderer = SiteRenderer(site: site, theme: published.theme, buildDay: published.buildDay)
            guard let file = try renderer.render(pageAt: index, updating: &memo),
                  let position = published.rendered.firstIndex(where: { $0.path == file.path && $0.owner == file.owner }) else { return nil }
            var rendered = published.rendered
            rendered[position] = file
            var index = SearchIndexOutput()
            if options.includeSearch { index = await SearchDocuments.index(for: site, reusing: cache.search, semantic: semanticIndexer(site.config, options).indexer) }
            let owned = OutputOwnership.settle(rendered + index.files.map { $0.owned(by: .generator("the search index")) })
            let all = diagnostics + index.warnings + owned.diagnostics
            guard !all.containsErrors || options.keepGoing else { return nil }
            let next = BuildCache(
                rendered: memo, search: index.cache,
                published: PublishedBuild(
                    site: site, theme: published.theme, buildDay: published.buildDay, rendered: rendered, diagnostics: diagnostics,
                    resolver: resolver
                )
            )
            let duration = clock.now - start
            let report = BuildReport(
                outcome: all.containsErrors ? .builtWithErrors : .built, diagnostics: all.sortedByLocation(),
                pageCounts: pageCounts(site, published: owned.files), fileCount: owned.files.count, duration: duration,
                phases: [("update one page", duration - index.duration), ("search index", index.duration)]
            )
            return BuildResult(report: report, files: owned.files, site: site, cache: next)
        } catch {
            return nil
        }
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
