import DeskbookContent

/// The front matter `tags` of a site's content pages, per language: `/<lang>/tags/` lists a language's tags and
/// `/<lang>/tags/<tag>/` the pages with one. Tags that give the same URL segment (`Billing`, `billing`) are one tag,
/// named as the first page with it in URL order writes it.
struct SiteTags: Sendable {
    struct Tag: Sendable {
        var name: String
        /// Its URL segment (`URLSlug.segment`).
        var slug: String
        /// Its pages, as indexes into `Site.pages`, by title and then URL.
        var pages: [Int]
    }

    /// The tags of each language that has any, by URL segment.
    var byLanguage: [String: [Tag]]

    init(site: Site) {
        var found: [String: [String: Tag]] = [:]
        for index in site.articles.filter({ !site.pages[$0].frontMatter.tags.isEmpty }).sorted(by: { site.pages[$0].url < site.pages[$1].url }) {
            let language = site.pages[index].language
            for name in site.pages[index].frontMatter.tags {
                let slug = URLSlug.segment(name)
                found[language, default: [:]][slug, default: Tag(name: name, slug: slug, pages: [])].pages.append(index)
            }
        }
        byLanguage = found.mapValues { tags in
            tags.values.sorted { $0.slug < $1.slug }.map { tag in
                var sorted = tag
                sorted.pages.sort { (site.pages[$0].title, site.pages[$0].url) < (site.pages[$1].title, site.pages[$1].url) }
                return sorted
            }
        }
    }

    /// The tags index of a language, `<base>/<lang>/tags/`.
    static func indexURL(basePath: String, language: String) -> String {
        basePath + language + "/tags/"
    }

    /// The page of the tag `name` in a language, `<base>/<lang>/tags/<segment>/`.
    static func url(of name: String, basePath: String, language: String) -> String {
        indexURL(basePath: basePath, language: language) + URLSlug.segment(name) + "/"
    }
}
