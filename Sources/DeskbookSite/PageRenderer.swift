import DeskbookContent
import DeskbookCore
import DeskbookMarkdown
import Foundation

/// Renders content pages and section pages to HTML with the theme's templates.
struct PageRenderer: @unchecked Sendable {
    let site: Site
    let theme: Theme
    let languages: [String: LanguageContext]
    let languageNames: [String: String]

    init(site: Site, theme: Theme, assetURLs: [String: String]) {
        self.site = site
        self.theme = theme
        var languages: [String: LanguageContext] = [:]
        var names: [String: String] = [:]
        for language in site.config.languages {
            languages[language] = LanguageContext(site: site, language: language, theme: theme, assetURLs: assetURLs)
            names[language] = LanguageContext.name(of: language, theme: theme)
        }
        self.languages = languages
        languageNames = names
    }

    /// The HTML of a regular page, by its kind's template.
    func render(pageAt index: Int) throws -> OutputFile {
        let page = site.pages[index]
        let context = languages[page.language] ?? languages[site.config.defaultLanguage]!
        var values = common(page: page, context: context)
        let html = page.bodyHTML(options: context.renderOptions)
        let dates = DateFormatting(strings: context.strings)
        let tocHeadings = page.document.headings.filter { $0.level <= 3 }
        values["content"] = html
        values["toc"] = tocHeadings.count >= 3 ? tocHeadings.map { ["id": $0.id, "text": $0.text, "sub": $0.level > 2] } : []
        values["date"] = dates.value(page.frontMatter.date)
        values["updated"] = dates.value(page.frontMatter.updated)
        values["effective"] = dates.value(page.frontMatter.effective)
        values["history"] = page.frontMatter.history.map { ["date": dates.value($0.date), "summary": $0.summary] }
        values["tags"] = page.frontMatter.tags
        values["kind"] = page.kind.rawValue
        values["kind_label"] = context.string("kind_\(page.kind.rawValue)")
        values["is_" + page.kind.rawValue] = true
        let template = theme.templates[page.kind.rawValue] != nil ? page.kind.rawValue : "article"
        return try output(template: template, values: values, context: context, url: page.url)
    }

    /// The listing page of a section or the language home.
    func render(section: Section) throws -> OutputFile {
        let context = languages[section.language] ?? languages[site.config.defaultLanguage]!
        let indexPage = section.indexPage.map { site.pages[$0] }
        var values: [String: Any]
        if let indexPage {
            values = common(page: indexPage, context: context)
            values["content"] = indexPage.bodyHTML(options: context.renderOptions)
        } else {
            values = commonValues(title: section.title, description: section.description, url: section.url, language: section.language, translations: [:], crumbs: trail(language: section.language, sectionPath: section.path))
        }
        values["title"] = section.title
        values["pages"] = section.pages.map { listItem(site.pages[$0], context: context) }
        values["subsections"] = section.subsections.compactMap { site.section(language: section.language, path: $0) }.map { child in
            [
                "title": child.title,
                "url": child.url,
                "description": child.description ?? "",
                "count": child.pages.count,
                "pages": child.pages.prefix(5).map { listItem(site.pages[$0], context: context) },
            ] as [String: Any]
        }
        if section.isHome {
            values["featured"] = featured(language: section.language, context: context)
            values["is_home"] = true
        }
        return try output(template: section.isHome ? "home" : "section", values: values, context: context, url: section.url)
    }

    /// Renders a template that is not tied to a content page (search, request form, 404), with its translations by language.
    func render(template: String, language: String, title: String, url: String, translations: [String: String] = [:], extra: [String: Any] = [:]) throws -> OutputFile {
        let context = languages[language] ?? languages[site.config.defaultLanguage]!
        var values = commonValues(title: title, description: nil, url: url, language: language, translations: translations, crumbs: [])
        values.merge(extra) { _, new in new }
        return try output(template: template, values: values, context: context, url: url)
    }

    private func output(template: String, values: [String: Any], context: LanguageContext, url: String) throws -> OutputFile {
        let root: [String: Any] = ["site": context.values, "t": context.strings, "page": values]
        guard let html = context.templates.render(root, withTemplate: template) else {
            throw DiagnosticList([.error("the theme has no template '\(template).mustache'", at: SourceLocation(path: "themes/\(site.config.theme)/templates"))])
        }
        return OutputFile(path: OutputPath.forURL(url, basePath: site.config.basePath), text: html)
    }

    private func featured(language: String, context: LanguageContext) -> [[String: Any]] {
        let pages = site.articles.filter { site.pages[$0].language == language }
        let chosen = pages.filter { site.pages[$0].frontMatter.featured }
        let fallback = pages.sorted { (site.pages[$0].frontMatter.lastModified ?? Day(year: 1, month: 1, day: 1)!) > (site.pages[$1].frontMatter.lastModified ?? Day(year: 1, month: 1, day: 1)!) }
        return (chosen.isEmpty ? Array(fallback.prefix(6)) : chosen).map { listItem(site.pages[$0], context: context) }
    }

    private func listItem(_ page: Page, context: LanguageContext) -> [String: Any] {
        [
            "title": page.title,
            "url": page.url,
            "description": page.frontMatter.description ?? "",
            "kind": page.kind.rawValue,
            "kind_label": context.string("kind_\(page.kind.rawValue)"),
        ]
    }

    private func common(page: Page, context: LanguageContext) -> [String: Any] {
        var translations: [String: String] = [:]
        for (language, index) in site.translationsOf(page) { translations[language] = site.pages[index].url }
        let sectionTrail = trail(language: page.language, sectionPath: page.sectionPath)
        let crumbs = page.isIndex ? sectionTrail : sectionTrail + [(page.title, page.url)]
        var values = commonValues(title: page.title, description: page.frontMatter.description, url: page.url, language: page.language, translations: translations, crumbs: crumbs)
        let jsonLD = StructuredData(site: site).json(for: page, breadcrumbs: crumbs)
        values["json_ld"] = jsonLD.isEmpty ? false : jsonLD
        values["params"] = page.frontMatter.extra.mapValues(\.templateValue)
        return values
    }

    /// Breadcrumbs from the language home down to a section.
    private func trail(language: String, sectionPath: String) -> [(title: String, url: String)] {
        site.ancestors(language: language, path: sectionPath).map { ($0.title, $0.url) }
    }

    private func commonValues(title: String, description: String?, url: String, language: String, translations: [String: String], crumbs: [(title: String, url: String)]) -> [String: Any] {
        let config = site.config
        let alternates = config.languages.compactMap { other -> [String: Any]? in
            guard let target = translations[other] else { return nil }
            return ["lang": other, "url": target, "permalink": config.absoluteURL(target)]
        }
        let switcher = config.languages.map { other -> [String: Any] in
            let target = translations[other] ?? site.home(language: other)?.url ?? config.basePath + other + "/"
            return ["lang": other, "name": languageNames[other] ?? other, "url": target, "current": other == language, "translated": translations[other] != nil]
        }
        let lastIndex = crumbs.count - 1
        return [
            "title": title,
            "description": description ?? config.title(for: language),
            "url": url,
            "permalink": config.absoluteURL(url),
            "lang": language,
            "alternates": alternates.count > 1 ? alternates : [],
            "x_default": translations[config.defaultLanguage].map { config.absoluteURL($0) as Any } ?? false,
            "languages": config.languages.count > 1 ? switcher : [],
            "breadcrumbs": crumbs.count > 1 ? crumbs.enumerated().map { ["title": $1.title, "url": $1.url, "current": $0 == lastIndex] } : [],
        ]
    }
}
