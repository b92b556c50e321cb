import DeskbookContent
import DeskbookCore
@testable import DeskbookSite
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Feeds and the sitemap stay well-formed XML whatever characters reach them, including those XML 1.0 forbids
/// (C0 controls other than tab and line breaks, U+FFFE, U+FFFF).
@Suite struct FeedEscapingTests {
    static let forbidden = "a\u{FFFF}b\u{FFFE}c\u{0}d\u{1}e\u{1B}f"

    /// Whether an XML parser reads the document to its end.
    func isWellFormed(_ data: Data) -> Bool {
        XMLParser(data: data).parse()
    }

    func site(config: SiteConfig, description: String) async throws -> Site {
        let file = ContentFile(displayPath: "content/en/a.md", language: "en", contentPath: "a.md", data: Data("---\ntitle: A\ndate: 2026-03-01\n---\nText\n".utf8))
        var page = try #require(PageParser(config: config, snippets: [:]).parse(file).page)
        page.frontMatter.title = "Title " + description
        page.frontMatter.description = description
        return await SiteAssembler(config: config).assemble([page]).site
    }

    @Test func forbiddenCharactersAreLeftOutOfTheFeed() async throws {
        let config = SiteConfig(title: "Help " + Self.forbidden, baseURL: "https://help.example.com/", languages: ["en"])
        let site = try await site(config: config, description: "Summary " + Self.forbidden)
        let feed = FeedWriter(site: site, buildDay: Day(year: 2026, month: 3, day: 2)!).feed(language: "en")
        #expect(isWellFormed(feed.data))
        let text = String(decoding: feed.data, as: UTF8.self)
        #expect(text.contains("<summary>Summary abcdef</summary>"))
        #expect(text.contains("<title>Title Summary abcdef</title>"))
    }

    @Test func forbiddenCharactersAreLeftOutOfTheSitemap() async throws {
        let config = SiteConfig(title: "Help", baseURL: "https://help.example.com/" + Self.forbidden + "/", languages: ["en"])
        let site = try await site(config: config, description: "Summary")
        let sitemap = SitemapWriter(site: site).sitemap()
        #expect(isWellFormed(sitemap.data))
        #expect(String(decoding: sitemap.data, as: UTF8.self).contains("<loc>https://help.example.com/"))
    }

    @Test func escapingKeepsEveryXMLCharacter() {
        let allowed = "Tab\tline\nreturn\r & <tag> \"quoted\" 'single' é 😀 \u{FFFD} \u{10FFFF}"
        #expect(XMLEscape.text(allowed) == "Tab\tline\nreturn\r &amp; &lt;tag&gt; &quot;quoted&quot; &#39;single&#39; é 😀 \u{FFFD} \u{10FFFF}")
    }
}
