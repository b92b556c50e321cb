import DeskbookCore
@testable import DeskbookSite
import Foundation
import Testing

/// What a content page shows of the others (the section's pages, previous and next, related pages, tags) and the
/// tag pages, as the build writes them.
@Suite struct PageFeaturesTests {
    func site() throws -> TemporarySite {
        try TemporarySite(files: [
            "content/en/_index.md": page("Help"),
            "content/en/billing/_index.md": page("Billing"),
            "content/en/billing/a-refunds.md": page("Refunds", "Text.\n", extra: "tags: [Money, refunds]\norder: 1\n"),
            "content/en/billing/b-invoices.md": page("Invoices", "Text.\n", extra: "tags: [money]\norder: 2\n"),
            "content/en/billing/c-card.md": page("Card declined", "Text.\n", extra: "order: 3\n"),
            "content/ru/billing/a-refunds.md": page("Возвраты", "Текст.\n", extra: "tags: [деньги]\n"),
        ], config: "title: Help\nbase_url: https://help.example.com/\nlanguages: [en, ru]\n")
    }

    @Test func aPageListsItsSectionWithPreviousAndNext() async throws {
        let site = try site()
        let report = await site.build()
        #expect(report.outcome == .built, "\(report.diagnostics)")
        let invoices = try #require(site.read("public/en/billing/b-invoices/index.html"))
        #expect(invoices.contains(#"<a href="/en/billing/b-invoices/" aria-current="page">Invoices</a>"#))
        #expect(invoices.contains(#"href="/en/billing/a-refunds/" rel="prev""#))
        #expect(invoices.contains(#"href="/en/billing/c-card/" rel="next""#))
        let first = try #require(site.read("public/en/billing/a-refunds/index.html"))
        #expect(!first.contains(#"rel="prev""#))
    }

    @Test func aLargeSectionListsOnlyThePagesAroundThisOne() async throws {
        var files = ["content/en/big/_index.md": page("Big")]
        for number in 0..<100 { files["content/en/big/p\(number).md"] = page("Page \(number)", "Text.\n", extra: "order: \(number)\n") }
        let site = try TemporarySite(files: files, config: "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n")
        let report = await site.build()
        #expect(report.outcome == .built, "\(report.diagnostics)")
        func listed(_ html: String) -> Int { html.components(separatedBy: "<li><a href=\"/en/big/p").count - 1 }
        let middle = try #require(site.read("public/en/big/p50/index.html"))
        #expect(listed(middle) == SectionMenuContext.limit)
        #expect(middle.contains(#"<a href="/en/big/p50/" aria-current="page">Page 50</a>"#))
        #expect(middle.contains(#"<a href="/en/big/p38/">"#) && !middle.contains(#"<a href="/en/big/p37/">"#))
        #expect(middle.contains(#"<p class="section-menu__more"><a href="/en/big/">All articles in this section</a></p>"#))
        #expect(middle.contains(#"href="/en/big/p49/" rel="prev""#) && middle.contains(#"href="/en/big/p51/" rel="next""#))
        let last = try #require(site.read("public/en/big/p99/index.html"))
        #expect(listed(last) == SectionMenuContext.limit && last.contains(#"<a href="/en/big/p75/">"#))
    }

    @Test func tagsLinkToTagPagesAndAnIndexPerLanguage() async throws {
        let site = try site()
        _ = await site.build()
        let refunds = try #require(site.read("public/en/billing/a-refunds/index.html"))
        #expect(refunds.contains(#"<a class="tag" href="/en/tags/money/">Money</a>"#))
        let money = try #require(site.read("public/en/tags/money/index.html"))
        #expect(money.contains("/en/billing/a-refunds/") && money.contains("/en/billing/b-invoices/") && !money.contains("/en/billing/c-card/"))
        #expect(money.contains("<h1>Tagged “Money”</h1>"), "named as the first page in URL order writes it")
        let index = try #require(site.read("public/en/tags/index.html"))
        #expect(index.contains(#"href="/en/tags/money/">Money <span class="tag__count">2</span>"#))
        #expect(index.contains(#"href="/en/tags/refunds/">refunds <span class="tag__count">1</span>"#))
        #expect(site.read("public/ru/tags/деньги/index.html")?.contains("/ru/billing/a-refunds/") == true)
        #expect(refunds.contains(#"<a href="/en/tags/">All tags</a>"#), "the footer links the tags index")
    }

    @Test func aSectionNamedTagsCollidesWithTheTagPages() async throws {
        let site = try site()
        try site.write("content/en/tags/money.md", page("Money"))
        let report = await site.build()
        #expect(report.outcome == .contentErrors)
        #expect(report.diagnostics.contains { $0.location.path.hasSuffix("content/en/tags/money.md") && $0.message.contains("tag pages") }, "\(report.diagnostics)")
    }

    @Test func inlineScriptsAreAllowedByTheirHashAndNotPublished() async throws {
        let site = try site()
        _ = await site.build()
        let html = try #require(site.read("public/en/billing/a-refunds/index.html"))
        let script = try #require(html.range(of: "<script>").flatMap { start in html.range(of: "</script>", range: start.upperBound..<html.endIndex).map { String(html[start.upperBound..<$0.lowerBound]) } })
        #expect(script.contains("localStorage"))
        // The browser checks the hash itself (Tests/EndToEnd/test_theme_pages.py): a wrong one blocks the script.
        #expect(html.range(of: #"script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';"#, options: .regularExpression) != nil)
        let assets = (FileManager.default.enumerator(atPath: site.output + "/assets")?.allObjects as? [String]) ?? []
        #expect(!assets.contains { $0.contains("inline") }, "\(assets)")
    }
}
