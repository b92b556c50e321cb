import DeskbookSite
import Foundation
import Testing

/// `--keep-going` writes the site despite content errors: what is in error is left out, and a broken link
/// is published as its text.
@Suite struct KeepGoingTests {
    @Test func aBrokenLinkIsPublishedAsItsText() async throws {
        let site = try TemporarySite(files: [
            "content/en/a.md": page("A", "Read [the missing guide](nope.md) and [the top](#nowhere), or [B](b.md).\n"),
            "content/en/b.md": page("B"),
        ], config: "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n")
        let options = BuildOptions(source: site.root, output: site.output, builtinThemes: TemporarySite.repositoryRoot + "/themes", keepGoing: true)
        let report = await SiteBuilder().build(options)
        #expect(report.outcome == .builtWithErrors)
        #expect(report.diagnostics.map(\.message) == ["broken link: nope.md: no such page", "broken link: this page has no heading #nowhere"])
        #expect(report.summary.contains("broken links published as text"))
        let html = try #require(site.read("public/en/a/index.html"))
        #expect(html.contains("<p>Read the missing guide and the top, or <a href=\"/en/b/\">B</a>.</p>"))
        #expect(!html.contains("nope.md") && !html.contains("#nowhere"))
    }

    @Test func withBrokenLinksAsWarningsTheLinkIsTextToo() async throws {
        let site = try TemporarySite(files: ["content/en/a.md": page("A", "See [gone](gone.md).\n")], config: "title: H\nbase_url: /\nlanguages: [en]\nbroken_links: warn\n")
        #expect(await site.build().outcome == .built)
        #expect(site.read("public/en/a/index.html")?.contains("<p>See gone.</p>") == true)
    }
}
