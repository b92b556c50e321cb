/// `site` in templates: what every page of one language shares. Templates under `shared/` may read only this
/// and `t` (the theme's strings), because they are rendered once per language.
struct SiteContext: TemplateContext {
    /// The site title in this language (`language_titles`, else `title` of deskbook.yml).
    var title: String
    /// The language code, `en`.
    var language: String
    /// The path the site is published under, ending in `/` (`/`, `/help/`).
    var basePath: String
    /// The language's home page.
    var homeURL: String
    /// The search results page, `<base>/<lang>/search/`.
    var searchURL: String
    /// The Atom feed, `<base>/<lang>/feed.xml`.
    var feedURL: String
    /// The request form or contact page, `<base>/<lang>/request/`.
    var requestURL: String
    /// The tags index, `<base>/<lang>/tags/`; none when no page of the language has tags.
    var tagsURL: String?
    /// `params` of deskbook.yml, as written: `{{site.params.support_email}}`.
    var params: [String: ParamValue]
    /// The top-level sections of the language, in order, for the navigation.
    var sections: [SectionLinkContext]
    /// Published URLs of the theme's assets by their path with `_` for each character other than a letter or a
    /// digit: `{{site.asset.css_style_css}}`.
    var asset: [String: String]
    /// The text of each inline script of the theme (`ThemeAsset.isInline`) by its asset key, for
    /// `<script>{{{site.inline.js_color_scheme_inline_js}}}</script>`.
    var inline: [String: String] = [:]
    /// The Content-Security-Policy sources that allow those scripts, `'sha256-…'` each, for `script-src`.
    var scriptHashes: String = ""
    /// The HTML of each `shared/` template, by its name under `shared/` with `_` for each character other than a
    /// letter or a digit (`{{{site.shared.search_form}}}`); none while the shared templates themselves render.
    var shared: [String: String]?
    /// Where the browser sends self-service events (searches, suggestions, votes): the intake service's
    /// `/events`, beside `submit.endpoint` of intake.yml when that ends in `/requests`; none without a service.
    var eventsURL: String?
    /// The origin of the intake service when it is not the site's own, for the CSP `connect-src` of every page.
    var connectSrc: String?

    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "language": language
        case "base_path": basePath
        case "home_url": homeURL
        case "search_url": searchURL
        case "feed_url": feedURL
        case "request_url": requestURL
        case "tags_url": tagsURL.templateValue
        case "params": params
        case "sections": sections
        case "asset": asset
        case "inline": inline
        case "script_hashes": scriptHashes
        case "shared": shared.templateValue
        case "events_url": eventsURL.templateValue
        case "connect_src": connectSrc.templateValue
        default: nil
        }
    }
}
