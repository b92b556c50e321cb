import Crypto
import DeskbookContent
import DeskbookMarkdown
import Foundation
import Mustache

/// Values shared by every page of one language: site, navigation, strings and asset URLs.
struct LanguageContext: Sendable {
    let language: String
    let strings: [String: String]
    /// `site` in templates.
    let site: SiteContext
    /// The theme's templates, with shared partials replaced by their HTML for this language.
    let templates: MustacheLibrary
    /// Localized words the Markdown renderer writes into pages.
    let renderOptions: RenderOptions

    init(site: Site, language: String, theme: Theme, assetURLs: [String: String], requestForm: RequestForm? = nil) {
        self.language = language
        let strings = theme.strings(for: language)
        self.strings = strings
        renderOptions = RenderOptions(
            alertTitles: Dictionary(uniqueKeysWithValues: AlertKind.allCases.map { ($0, strings["alert_\($0.rawValue)"] ?? $0.rawValue.capitalized) }),
            headingAnchorLabel: strings["heading_anchor"] ?? "Link to this section",
            taskLabels: (strings["task_done"] ?? "Done", strings["task_open"] ?? "To do")
        )
        let home = site.home(language: language)
        let topSections = (home?.subsections ?? []).compactMap { site.section(language: language, path: $0) }
        let basePath = site.config.basePath
        var context = SiteContext(
            title: site.config.title(for: language),
            language: language,
            basePath: basePath,
            homeURL: home?.url ?? basePath,
            searchURL: basePath + language + "/search/",
            feedURL: basePath + language + "/feed.xml",
            requestURL: basePath + language + "/request/",
            tagsURL: site.articles.contains { site.pages[$0].language == language && !site.pages[$0].frontMatter.tags.isEmpty }
                ? SiteTags.indexURL(basePath: basePath, language: language) : nil,
            params: ParamValue.map(site.config.params),
            sections: topSections.map { SectionLinkContext(title: $0.title, url: $0.url, description: $0.description ?? "") },
            asset: assetURLs,
            eventsURL: requestForm?.eventsURL,
            connectSrc: requestForm?.endpointOrigin
        )
        let inlineScripts = theme.assets.filter(\.isInline).sorted { $0.themePath < $1.themePath }
        context.inline = Dictionary(uniqueKeysWithValues: inlineScripts.map { ($0.templateKey, String(decoding: $0.data, as: UTF8.self)) })
        context.scriptHashes = inlineScripts.map { "'sha256-" + Data(SHA256.hash(data: $0.data)).base64EncodedString() + "'" }.joined(separator: " ")
        (context.shared, templates) = Self.renderSharedPartials(theme: theme, site: context, strings: strings)
        self.site = context
    }

    /// Renders each `shared/` partial once with `site` and `t`, and swaps it for a lookup of that HTML.
    private static func renderSharedPartials(theme: Theme, site: SiteContext, strings: [String: String]) -> ([String: String], MustacheLibrary) {
        let library = MustacheLibrary(templates: theme.templates)
        let root: [String: Any] = ["site": site, "t": strings]
        var templates = theme.templates
        var shared: [String: String] = [:]
        for name in theme.sharedPartialNames {
            let key = String(name.dropFirst(Theme.sharedPrefix.count).map { $0.isLetter || $0.isNumber ? $0 : "_" })
            shared[key] = library.render(root, withTemplate: name) ?? ""
            if let lookup = try? MustacheTemplate(string: "{{{site.shared.\(key)}}}") { templates[name] = lookup }
        }
        return (shared, MustacheLibrary(templates: templates))
    }

    /// The name of a language in that language, from the theme strings.
    static func name(of language: String, theme: Theme) -> String {
        theme.strings(for: language)["language_name"] ?? language
    }

    func string(_ key: String) -> String { strings[key] ?? key }
}
