import DeskbookContent
import DeskbookMarkdown
import Mustache

/// Values shared by every page of one language: site, navigation, strings and asset URLs.
struct LanguageContext: @unchecked Sendable {
    let language: String
    let strings: [String: String]
    let values: [String: Any]
    /// The theme's templates, with shared partials replaced by their HTML for this language.
    let templates: MustacheLibrary
    /// Localized words the Markdown renderer writes into pages.
    let renderOptions: RenderOptions

    init(site: Site, language: String, theme: Theme, assetURLs: [String: String]) {
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
        var params: [String: Any] = [:]
        for (key, value) in site.config.params { params[key] = value.templateValue }
        let values: [String: Any] = [
            "title": site.config.title(for: language),
            "language": language,
            "base_path": basePath,
            "home_url": home?.url ?? basePath,
            "search_url": basePath + language + "/search/",
            "feed_url": basePath + language + "/feed.xml",
            "request_url": basePath + language + "/request/",
            "params": params,
            "sections": topSections.map { ["title": $0.title, "url": $0.url, "description": $0.description ?? ""] },
            "asset": assetURLs,
        ]
        (self.values, templates) = Self.renderSharedPartials(theme: theme, values: values, strings: strings)
    }

    /// Renders each `shared/` partial once with `site` and `t`, and swaps it for a lookup of that HTML.
    private static func renderSharedPartials(theme: Theme, values: [String: Any], strings: [String: String]) -> ([String: Any], MustacheLibrary) {
        let library = MustacheLibrary(templates: theme.templates)
        var templates = theme.templates
        var shared: [String: String] = [:]
        for name in theme.sharedPartialNames {
            let key = String(name.dropFirst(Theme.sharedPrefix.count).map { $0.isLetter || $0.isNumber ? $0 : "_" })
            shared[key] = library.render(["site": values, "t": strings], withTemplate: name) ?? ""
            if let lookup = try? MustacheTemplate(string: "{{{site.shared.\(key)}}}") { templates[name] = lookup }
        }
        var values = values
        values["shared"] = shared
        return (values, MustacheLibrary(templates: templates))
    }

    /// The name of a language in that language, from the theme strings.
    static func name(of language: String, theme: Theme) -> String {
        theme.strings(for: language)["language_name"] ?? language
    }

    func string(_ key: String) -> String { strings[key] ?? key }
}
