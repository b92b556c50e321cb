import DeskbookContent
import DeskbookCore

/// Writes an Atom feed per language of the most recently updated pages.
struct FeedWriter {
    let site: Site
    /// Used when no page carries a date.
    let buildDay: Day

    func feed(language: String) -> OutputFile {
        let config = site.config
        let dated = site.articles.filter { site.pages[$0].language == language }.map { index in
            (day: site.pages[index].frontMatter.lastModified ?? buildDay, url: site.pages[index].url, index: index)
        }
        let recent = dated.sorted { ($0.day, $1.url) > ($1.day, $0.url) }.prefix(config.feedSize).map { site.pages[$0.index] }
        let feedURL = config.absoluteURL(config.basePath + language + "/feed.xml")
        let homeURL = config.absoluteURL(config.basePath + language + "/")
        let newest = recent.compactMap(\.frontMatter.lastModified).max() ?? buildDay
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang=""# + language + "\">\n"
        xml += "  <title>\(XMLEscape.text(config.title(for: language)))</title>\n"
        xml += "  <id>\(XMLEscape.text(feedURL))</id>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLEscape.text(feedURL))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLEscape.text(homeURL))\"/>\n"
        xml += "  <updated>\(newest.timestamp)</updated>\n"
        xml += "  <author><name>\(XMLEscape.text(config.title(for: language)))</name></author>\n"
        for page in recent {
            let url = XMLEscape.text(config.absoluteURL(page.url))
            xml += "  <entry>\n"
            xml += "    <title>\(XMLEscape.text(page.title))</title>\n"
            xml += "    <id>\(url)</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            xml += "    <updated>\((page.frontMatter.lastModified ?? buildDay).timestamp)</updated>\n"
            if let description = page.frontMatter.description {
                xml += "    <summary>\(XMLEscape.text(description))</summary>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: language + "/feed.xml", text: xml)
    }
}
