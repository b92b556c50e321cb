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

    /// Every output file, and the memo of this build's pages and listings for the next one; a page or listing
    /// whose inputs are those of `previous` keeps the bytes it had there instead of rendering again. With
    /// `renderingWhenWritten`, pages and listings are rendered only as they are written (`OutputFile.bytes()`)
    /// and the memo stays empty, as a one-shot build keeps neither.
    ///
    /// With an `update` of `previous`'s site, the pages it does not name keep `previous`'s bytes without their
    /// inputs being made again, and the related pages are the update's.
    func render(reusing previous: RenderMemo? = nil, renderingWhenWritten: Bool = false, update: RenderUpdate? = nil) async throws -> (files: [OutputFile], memo: RenderMemo) {
        let themeName = site.config.theme
        let assets = theme.assets.filter { !$0.isInline }.map { OutputFile(path: $0.outputPath, data: $0.data, owner: .theme("assets/" + $0.themePath, theme: themeName)) }
        let renderer = pageRenderer(related: update?.related ?? RelatedPages(site: site))
        let unchanged: (memo: RenderMemo, except: Set<Int>)? = if let update, let previous, previous.languages == renderer.languageInputs {
            (previous, update.pages)
        } else {
            nil
        }
        let sections = site.config.languages.flatMap { language in
            (site.sections[language] ?? [:]).values.sorted { $0.path < $1.path }
        }
        let pageItems = site.articles.map { RenderItem.page($0, owner: .page(site.pages[$0])) }
        let sectionItems = zip(sections, owners(of: sections)).map { RenderItem.section($0, owner: $1) }
        let items = pageItems + sectionItems
        @Sendable func inputs(of item: RenderItem) -> RenderInputs {
            switch item {
            case .page(let index, _): renderer.inputs(pageAt: index)
            case .section(let section, _): renderer.inputs(section: section)
            }
        }
        let rendered = renderingWhenWritten ? [] : await concurrentMap(items) { item in
            Result {
                if case .page(let index, let owner) = item, let unchanged, !unchanged.except.contains(index) {
                    let path = OutputPath.forURL(site.pages[index].url, basePath: site.config.basePath)
                    if let entry = unchanged.memo.files[path] { return (OutputFile(path: path, data: entry.data, owner: owner), entry) }
                }
                let (path, entry) = try file(from: inputs(of: item), renderer: renderer, reusing: previous)
                return (OutputFile(path: path, data: entry.data, owner: item.owner), entry)
            }
        }
        var memo = RenderMemo(languages: renderer.languageInputs, related: renderer.related)
        var files: [OutputFile] = []
        files.reserveCapacity(items.count + 16)
        for result in rendered {
            let (file, entry) = try result.get()
            files.append(file)
            memo.files[file.path] = entry
        }
        if renderingWhenWritten {
            files += items.map { item in
                let inputs = inputs(of: item)
                return OutputFile(path: outputPath(of: inputs), owner: item.owner) { try renderer.render(inputs).data }
            }
        }
        files += try languagePages(renderer)
        files += try tagPages(renderer).map { $0.owned(by: .generator("the tag pages")) }
        files += try requestPages(renderer).map { $0.owned(by: .generator("the request form")) } // request form hook
        files += try redirects(renderer)
        let sitemap = SitemapWriter(site: site)
        files += [sitemap.sitemap().owned(by: .generator("the sitemap")), sitemap.robots().owned(by: .generator("robots.txt"))]
        let feeds = FeedWriter(site: site, buildDay: buildDay)
        files += site.config.languages.map { feeds.feed(language: $0).owned(by: .generator("the \($0) feed")) }
        files += assets
        files += theme.staticFiles.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, data: $0.value, owner: .theme("static/" + $0.key, theme: themeName)) }
        return (files, memo)
    }

    /// The file of the regular page at `index`, rendered again with everything else as `memo` holds it, and
    /// `memo` updated; nil when what the pages of a language share differs from the memo's. The page's related
    /// pages are the memo's: the caller makes sure the edit leaves them as they were.
    func render(pageAt index: Int, updating memo: inout RenderMemo) throws -> OutputFile? {
        let renderer = pageRenderer(related: memo.related)
        guard renderer.languageInputs == memo.languages else { return nil }
        let (path, entry) = try file(from: renderer.inputs(pageAt: index), renderer: renderer, reusing: nil)
        memo.files[path] = entry
        return OutputFile(path: path, data: entry.data, owner: .page(site.pages[index]))
    }

    private func pageRenderer(related: RelatedPages) -> PageRenderer {
        var assetURLs: [String: String] = [:]
        for asset in theme.assets where !asset.isInline { assetURLs[asset.templateKey] = site.config.basePath + asset.outputPath }
        return PageRenderer(site: site, theme: theme, assetURLs: assetURLs, related: related, requestForm: requestForm)
    }

    /// The output path of a page or listing and its bytes, those of `previous` when its inputs are unchanged.
    private func file(from inputs: RenderInputs, renderer: PageRenderer, reusing previous: RenderMemo?) throws -> (path: String, entry: RenderMemo.Entry) {
        let path = outputPath(of: inputs)
        let language = renderer.languageInputs[inputs.page.lang]
        let data = try previous?.data(path: path, inputs: inputs, language: language) ?? renderer.render(inputs).data
        return (path, RenderMemo.Entry(inputs: inputs, data: data))
    }

    private func outputPath(of inputs: RenderInputs) -> String {
        OutputPath.forURL(inputs.page.url, basePath: site.config.basePath)
    }

    /// A change to the site of a `RenderMemo` that only some pages can show: their indexes in `Site.pages`, and
    /// the related pages ranked again.
    struct RenderUpdate: Sendable {
        var related: RelatedPages
        var pages: Set<Int>
    }

    /// A page or listing to render, with who publishes it.
    private enum RenderItem: Sendable {
        case page(Int, owner: OutputOwner)
        case section(Section, owner: OutputOwner)

        var owner: OutputOwner {
            switch self {
            case .page(_, let owner), .section(_, let owner): owner
            }
        }
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

    /// Each language's tags index (`tags` template) and the page of each of its tags (`tag`), for languages
    /// whose pages have tags.
    private func tagPages(_ renderer: PageRenderer) throws -> [OutputFile] {
        let config = site.config
        let tags = SiteTags(site: site)
        var indexURLs: [String: String] = [:]
        for language in tags.byLanguage.keys { indexURLs[language] = SiteTags.indexURL(basePath: config.basePath, language: language) }
        var files: [OutputFile] = []
        for language in config.languages {
            guard let languageTags = tags.byLanguage[language], let indexURL = indexURLs[language] else { continue }
            let strings = theme.strings(for: language)
            let indexTitle = strings["tags_title"] ?? "Tags"
            let home = site.home(language: language).map { [(title: $0.title, url: $0.url)] } ?? []
            var index = renderer.templatePage(language: language, title: indexTitle, url: indexURL, translations: indexURLs, crumbs: home + [(indexTitle, indexURL)])
            index.tagIndex = languageTags.map { TagContext(name: $0.name, url: indexURL + $0.slug + "/", count: $0.pages.count) }
            files.append(try renderer.render(template: "tags", page: index))
            for tag in languageTags {
                let url = indexURL + tag.slug + "/"
                var translations: [String: String] = [:]
                for (other, otherTags) in tags.byLanguage where otherTags.contains(where: { $0.slug == tag.slug }) {
                    translations[other] = indexURLs[other]! + tag.slug + "/"
                }
                let title = (strings["tag_title"] ?? "Tagged “{tag}”").replacingOccurrences(of: "{tag}", with: tag.name)
                var page = renderer.templatePage(language: language, title: title, url: url, translations: translations, crumbs: home + [(indexTitle, indexURL), (title, url)])
                page.pages = tag.pages.map { renderer.listItem(site.pages[$0]) }
                files.append(try renderer.render(template: "tag", page: page))
            }
        }
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
