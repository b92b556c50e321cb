import DeskbookContent
import DeskbookCore
import Foundation

/// Renders every output file of a site: pages, listings, feeds, sitemap, redirects, assets.
public struct SiteRenderer: Sendable {
    public var site: Site
    public var theme: Theme
    /// The day the build runs, for feeds of pages without dates.
    public var buildDay: Day
    /// Request form: the form from intake.yml, nil for a contact page (RequestFormPages.swift).
    var requestForm: RequestForm? = nil

    public init(site: Site, theme: Theme, buildDay: Day) {
        self.site = site
        self.theme = theme
        self.buildDay = buildDay
    }

    public func render() async throws -> [OutputFile] {
        let themeName = site.config.theme
        let assets = theme.assets.map { OutputFile(path: $0.outputPath, data: $0.data, owner: .theme("assets/" + $0.themePath, theme: themeName)) }
        var assetURLs: [String: String] = [:]
        for asset in theme.assets { assetURLs[asset.templateKey] = site.config.basePath + asset.outputPath }
        let renderer = PageRenderer(site: site, theme: theme, assetURLs: assetURLs)
        let pageFiles = await concurrentMap(site.articles) { index in Result { try renderer.render(pageAt: index).owned(by: .page(site.pages[index])) } }
        let sections = site.config.languages.flatMap { language in
            (site.sections[language] ?? [:]).values.sorted { $0.path < $1.path }
        }
        let sectionOwners = owners(of: sections)
        let sectionFiles = await concurrentMap(Array(zip(sections, sectionOwners))) { section, owner in Result { try renderer.render(section: section).owned(by: owner) } }
        var files = try (pageFiles + sectionFiles).map { try $0.get() }
        files += try languagePages(renderer)
        files += try requestPages(renderer).map { $0.owned(by: .generator("the request form")) } // request form hook
        files += try redirects(renderer)
        let sitemap = SitemapWriter(site: site)
        files += [sitemap.sitemap().owned(by: .generator("the sitemap")), sitemap.robots().owned(by: .generator("robots.txt"))]
        let feeds = FeedWriter(site: site, buildDay: buildDay)
        files += site.config.languages.map { feeds.feed(language: $0).owned(by: .generator("the \($0) feed")) }
        files += assets
        files += theme.staticFiles.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, data: $0.value, owner: .theme("static/" + $0.key, theme: themeName)) }
        return files
    }

    private func languagePages(_ renderer: PageRenderer) throws -> [OutputFile] {
        let config = site.config
        var files: [OutputFile] = []
        var searchURLs: [String: String] = [:]
        for language in config.languages { searchURLs[language] = config.basePath + language + "/search/" }
        for language in config.languages {
            let strings = theme.strings(for: language)
            let page = renderer.templatePage(language: language, title: strings["search_title"] ?? "Search", url: searchURLs[language]!, translations: searchURLs)
            files.append(try renderer.render(template: "search", page: page).owned(by: .generator("the search page")))
        }
        var notFound = renderer.templatePage(
            language: config.defaultLanguage,
            title: theme.strings(for: config.defaultLanguage)["not_found_title"] ?? "Page not found",
            url: config.basePath + "404.html"
        )
        notFound.homes = config.languages.compactMap { site.home(language: $0) }.map { HomeLinkContext(title: $0.title, url: $0.url, lang: $0.language) }
        files.append(try renderer.render(template: "404", page: notFound).owned(by: .generator("the 404 page")))
        return files
    }

    private func redirects(_ renderer: PageRenderer) throws -> [OutputFile] {
        let config = site.config
        let root = Redirect(from: config.basePath, to: config.basePath + config.defaultLanguage + "/")
        return try ([root] + site.redirects).map { redirect in
            var page = renderer.templatePage(language: config.defaultLanguage, title: config.title(for: config.defaultLanguage), url: redirect.from)
            page.target = redirect.to
            page.targetPermalink = config.absoluteURL(redirect.to)
            var file = try renderer.render(template: "redirect", page: page)
            file.path = OutputPath.forURL(redirect.from, basePath: config.basePath)
            return file.owned(by: .redirect(redirect))
        }
    }
}
