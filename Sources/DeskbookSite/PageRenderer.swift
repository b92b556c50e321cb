import DeskbookContent
import DeskbookCore
import DeskbookMarkdown
import Foundation

/// Renders content pages and section pages to HTML with the theme's templates.
struct PageRenderer: Sendable {
    let site: Site
    let theme: Theme
    let languages: [String: LanguageContext]
    let languageNames: [String: String]
    /// What each language's pages share, for `RenderMemo`.
    let languageInputs: [String: LanguageInputs]
    /// The related pages of each content page.
    let related: RelatedPages

    init(site: Site, theme: Theme, assetURLs: [String: String], related: RelatedPages, requestForm: RequestForm? = nil) {
        self.site = site
        self.theme = theme
        self.related = related
        var languages: [String: LanguageContext] = [:]
        var names: [String: String] = [:]
        for language in site.config.languages {
            languages[language] = LanguageContext(site: site, language: language, theme: theme, assetURLs: assetURLs, requestForm: requestForm)
            names[language] = LanguageContext.name(of: language, theme: theme)
        }
        self.languages = languages
        languageNames = names
        languageInputs = languages.mapValues { LanguageInputs(site: $0.site, strings: $0.strings, templatesFingerprint: theme.templatesFingerprint) }
    }

    /// What the file of a regular page is made from: its kind's template and its values.
    func inputs(pageAt index: Int) -> RenderInputs {
        let page = site.pages[index]
        let kind = page.kind.rawValue
        return RenderInputs(template: theme.templates[kind] != nil ? kind : "article", page: context(pageAt: index), body: RenderInputs.Body(page))
    }

    /// What the listing page of a section or the language home is made from.
    func inputs(section: Section) -> RenderInputs {
        let indexPage = section.indexPage.map { site.pages[$0] }
        return RenderInputs(template: section.isHome ? "home" : "section", page: context(section: section), body: indexPage.map(RenderInputs.Body.init))
    }

    /// Renders a page or listing from its inputs, its body in the words of its language.
    func render(_ inputs: RenderInputs) throws -> OutputFile {
        var page = inputs.page
        if let body = inputs.body {
            page.content = body.document.renderHTML(options: language(page.lang).renderOptions, linkTargets: body.linkTargets)
        }
        return try render(template: inputs.template, page: page)
    }

    /// Renders `template` for `page`, with the `site` values and `t` strings of the page's language.
    func render(template: String, page: PageContext) throws -> OutputFile {
        let context = language(page.lang)
        let root: [String: Any] = ["site": context.site, "t": context.strings, "page": page]
        guard let html = context.templates.render(root, withTemplate: template) else {
            throw DiagnosticList([.error("the theme has no template '\(template).mustache'", at: SourceLocation(path: "themes/\(site.config.theme)/templates"))])
        }
        return OutputFile(path: OutputPath.forURL(page.url, basePath: site.config.basePath), text: html)
    }

    /// The `page` values of a regular page, but its body (`RenderInputs.body`).
    func context(pageAt index: Int) -> PageContext {
        let page = site.pages[index]
        let context = language(page.language)
        let dates = DateFormatting(strings: context.strings)
        let tocHeadings = page.document.headings.filter { $0.level <= 3 }
        var values = markdownPage(page, context: context)
        values.toc = tocHeadings.count >= 3 ? tocHeadings.map(TocEntryContext.init(heading:)) : []
        values.date = page.frontMatter.date.map(dates.context)
        values.updated = page.frontMatter.updated.map(dates.context)
        values.effective = page.frontMatter.effective.map(dates.context)
        values.history = page.frontMatter.history.map { HistoryEntryContext(date: dates.context($0.date), summary: $0.summary) }
        values.tags = page.frontMatter.tags
        values.tagLinks = page.frontMatter.tags.map { TagContext(name: $0, url: SiteTags.url(of: $0, basePath: site.config.basePath, language: page.language)) }
        values.related = (related.byPage[index] ?? []).map { listItem(site.pages[$0], context: context) }
        if let section = site.section(language: page.language, path: page.sectionPath), !section.isHome {
            let links = section.pages.map { PageLinkContext(title: site.pages[$0].title, url: site.pages[$0].url, current: $0 == index) }
            let position = section.pages.firstIndex(of: index)
            values.sectionMenu = SectionMenuContext(title: section.title, url: section.url, links: links, position: position)
            if let position, links.count > 1 {
                values.pager = PagerContext(previous: position > 0 ? links[position - 1] : nil, next: position + 1 < links.count ? links[position + 1] : nil)
            }
        }
        values.kind = page.kind.rawValue
        values.kindLabel = context.string("kind_\(page.kind.rawValue)")
        switch page.kind {
        case .article: values.isArticle = true
        case .faq: values.isFaq = true
        case .policy: values.isPolicy = true
        }
        return values
    }

    /// The `page` values of a section's listing or a language home, but the body of its `_index.md`.
    func context(section: Section) -> PageContext {
        let context = language(section.language)
        var values: PageContext
        if let indexPage = section.indexPage.map({ site.pages[$0] }) {
            values = markdownPage(indexPage, context: context)
        } else {
            values = basePage(title: section.title, description: section.description, url: section.url, language: section.language, translations: [:], crumbs: trail(language: section.language, sectionPath: section.path))
        }
        values.title = section.title
        values.pages = section.pages.map { listItem(site.pages[$0], context: context) }
        values.subsections = section.subsections.compactMap { site.section(language: section.language, path: $0) }.map { child in
            SubsectionContext(
                title: child.title,
                url: child.url,
                description: child.description ?? "",
                count: child.pages.count,
                countLabel: context.string(child.pages.count == 1 ? "page_count_one" : "page_count").replacingOccurrences(of: "{count}", with: String(child.pages.count)),
                pages: child.pages.prefix(5).map { listItem(site.pages[$0], context: context) }
            )
        }
        if section.isHome {
            values.featured = featured(language: section.language, context: context)
            values.isHome = true
        }
        return values
    }

    /// The `page` values of a page that is not made from content (search, request form, 404, redirects), with its
    /// translations by language; callers add what their template needs.
    func templatePage(language: String, title: String, url: String, translations: [String: String] = [:], crumbs: [(title: String, url: String)] = []) -> PageContext {
        basePage(title: title, description: nil, url: url, language: language, translations: translations, crumbs: crumbs)
    }

    /// A page in a listing, with its kind in the listing's language.
    func listItem(_ page: Page) -> ListItemContext {
        listItem(page, context: language(page.language))
    }

    private func language(_ language: String) -> LanguageContext {
        languages[language] ?? languages[site.config.defaultLanguage]!
    }

    private func featured(language: String, context: LanguageContext) -> [ListItemContext] {
        let pages = site.articles.filter { site.pages[$0].language == language }
        let chosen = pages.filter { site.pages[$0].frontMatter.featured }
        let fallback = pages.sorted { (site.pages[$0].frontMatter.lastModified ?? Day(year: 1, month: 1, day: 1)!) > (site.pages[$1].frontMatter.lastModified ?? Day(year: 1, month: 1, day: 1)!) }
        return (chosen.isEmpty ? Array(fallback.prefix(6)) : chosen).map { listItem(site.pages[$0], context: context) }
    }

    private func listItem(_ page: Page, context: LanguageContext) -> ListItemContext {
        ListItemContext(page: page, kindLabel: context.string("kind_\(page.kind.rawValue)"))
    }

    /// What every page written in Markdown has: the base values, structured data and its own front matter keys.
    private func markdownPage(_ page: Page, context: LanguageContext) -> PageContext {
        var translations: [String: String] = [:]
        for (language, index) in site.translationsOf(page) { translations[language] = site.pages[index].url }
        let sectionTrail = trail(language: page.language, sectionPath: page.sectionPath)
        let crumbs = page.isIndex ? sectionTrail : sectionTrail + [(page.title, page.url)]
        var values = basePage(title: page.title, description: page.frontMatter.description, url: page.url, language: page.language, translations: translations, crumbs: crumbs)
        let jsonLD = StructuredData(site: site).json(for: page, breadcrumbs: crumbs)
        values.jsonLD = jsonLD.isEmpty ? nil : jsonLD
        values.params = ParamValue.map(page.frontMatter.extra)
        return values
    }

    /// Breadcrumbs from the language home down to a section.
    private func trail(language: String, sectionPath: String) -> [(title: String, url: String)] {
        site.ancestors(language: language, path: sectionPath).map { ($0.title, $0.url) }
    }

    private func basePage(title: String, description: String?, url: String, language: String, translations: [String: String], crumbs: [(title: String, url: String)]) -> PageContext {
        let config = site.config
        let alternates = config.languages.compactMap { other -> AlternateLinkContext? in
            guard let target = translations[other] else { return nil }
            return AlternateLinkContext(lang: other, url: target, permalink: config.absoluteURL(target))
        }
        let switcher = config.languages.map { other in
            let target = translations[other] ?? site.home(language: other)?.url ?? config.basePath + other + "/"
            return LanguageLinkContext(lang: other, name: languageNames[other] ?? other, url: target, current: other == language, translated: translations[other] != nil)
        }
        let lastIndex = crumbs.count - 1
        return PageContext(
            title: title,
            description: description ?? config.title(for: language),
            url: url,
            permalink: config.absoluteURL(url),
            lang: language,
            alternates: alternates.count > 1 ? alternates : [],
            xDefault: translations[config.defaultLanguage].map { config.absoluteURL($0) },
            languages: config.languages.count > 1 ? switcher : [],
            breadcrumbs: crumbs.count > 1 ? crumbs.enumerated().map { PageLinkContext(title: $1.title, url: $1.url, current: $0 == lastIndex) } : []
        )
    }
}
