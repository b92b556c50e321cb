import DeskbookContent

/// Writes `sitemap.xml` with hreflang alternates and `robots.txt` pointing at it.
struct SitemapWriter {
    let site: Site

    func sitemap() -> OutputFile {
        let config = site.config
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"# + "\n"
        var entries: [(url: String, lastModified: String?, alternates: [String: String])] = []
        entries.reserveCapacity(site.pages.count)
        for article in site.articles {
            var alternates: [String: String] = [:]
            for (language, index) in site.translations[site.pages[article].contentPath] ?? [:] { alternates[language] = site.pages[index].url }
            entries.append((site.pages[article].url, site.pages[article].frontMatter.lastModified?.description, alternates))
        }
        for language in config.languages {
            for section in (site.sections[language] ?? [:]).values.sorted(by: { $0.path < $1.path }) {
                var alternates: [String: String] = [:]
                for other in config.languages {
                    if let translated = site.section(language: other, path: section.path) { alternates[other] = translated.url }
                }
                entries.append((section.url, nil, alternates))
            }
        }
        for entry in entries.sorted(by: { $0.url < $1.url }) {
            xml += "  <url>\n    <loc>\(XMLEscape.text(config.absoluteURL(entry.url)))</loc>\n"
            if let lastModified = entry.lastModified { xml += "    <lastmod>\(lastModified)</lastmod>\n" }
            if entry.alternates.count > 1 {
                for language in config.languages {
                    guard let url = entry.alternates[language] else { continue }
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(XMLEscape.text(config.absoluteURL(url)))\"/>\n"
                }
                if let fallback = entry.alternates[config.defaultLanguage] {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(XMLEscape.text(config.absoluteURL(fallback)))\"/>\n"
                }
            }
            xml += "  </url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }

    func robots() -> OutputFile {
        OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(site.config.absoluteURL(site.config.basePath + "sitemap.xml"))\n")
    }
}
