import DeskbookContent
import DeskbookCore
import DeskbookSite
import Foundation
import Testing

@Suite struct SiteBuilderTests {
    @Test func buildsTheExampleSite() async throws {
        let output = NSTemporaryDirectory() + "deskbook-example-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let options = BuildOptions(source: TemporarySite.repositoryRoot, output: output, strict: true, builtinThemes: TemporarySite.repositoryRoot + "/themes")
        let report = await SiteBuilder().build(options)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.outcome == .built)
        let english = report.pageCounts["en"] ?? [:]
        #expect((english[.article] ?? 0) >= 12)
        #expect((english[.faq] ?? 0) >= 3)
        #expect((english[.policy] ?? 0) >= 3)
        #expect(report.pageCounts["ru"] == report.pageCounts["en"])
        for file in ["index.html", "404.html", "sitemap.xml", "robots.txt", "en/feed.xml", "ru/feed.xml", "en/index.html", "ru/faq/index.html"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + file), "\(file) is missing")
        }
        #expect(report.summary.hasPrefix("Built "))
    }

    @Test func rendersMetadataTranslationsAndStructuredData() async throws {
        let site = try TemporarySite(files: [
            "content/en/_index.md": page("Help home"),
            "content/en/faq/pay.md": page("Paying", "## How do I pay?\n\nBy card.\n\n## Can I get an invoice?\n\nYes.\n", extra: "kind: faq\ndescription: Payment questions\nupdated: 2026-05-01\n"),
            "content/ru/faq/pay.md": page("Оплата", "## Как оплатить?\n\nКартой.\n", extra: "kind: faq\n"),
            "content/en/policies/support.md": page("Support policy", "## Hours\n\nText\n", extra: "kind: policy\neffective: 2026-01-01\nhistory:\n  - {date: 2026-01-01, summary: Created}\n"),
        ])
        let report = await site.build()
        #expect(report.outcome == .built, "\(report.diagnostics)")
        let faq = try #require(site.read("public/en/faq/pay/index.html"))
        #expect(faq.contains(#"<link rel="canonical" href="https://help.example.com/en/faq/pay/">"#))
        #expect(faq.contains(#"<link rel="alternate" hreflang="ru" href="https://help.example.com/ru/faq/pay/">"#))
        #expect(faq.contains(#""@type":"FAQPage""#))
        #expect(faq.contains(#""name":"How do I pay?""#))
        #expect(faq.contains(#""@type":"BreadcrumbList""#))
        #expect(faq.contains(#"<h2 id="how-do-i-pay">"#))
        #expect(faq.contains(#"<meta property="og:title" content="Paying">"#))
        #expect(faq.contains(#"href="/ru/faq/pay/" hreflang="ru" lang="ru""#))
        let policy = try #require(site.read("public/en/policies/support/index.html"))
        #expect(policy.contains(#"<time datetime="2026-01-01">1 January 2026</time>"#))
        #expect(policy.contains("Created"))
        let sitemap = try #require(site.read("public/sitemap.xml"))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="ru" href="https://help.example.com/ru/faq/pay/"/>"#))
        #expect(sitemap.contains("<lastmod>2026-05-01</lastmod>"))
        let feed = try #require(site.read("public/en/feed.xml"))
        #expect(feed.contains("<title>Paying</title>"))
        #expect(feed.contains("<updated>2026-05-01T00:00:00Z</updated>"))
        #expect(site.read("public/robots.txt")?.contains("Sitemap: https://help.example.com/sitemap.xml") == true)
        #expect(site.read("public/index.html")?.contains(#"url=/en/""#) == true)
    }

    @Test func contentIsEscapedWhereItReachesHTML() async throws {
        let site = try TemporarySite(files: [
            "content/en/x.md": page("'\"><script>alert(1)</script>'", "<script>alert(2)</script>\n", extra: "description: \"</script><b>bold</b>\"\n"),
        ])
        let report = await site.build()
        #expect(report.outcome == .built)
        let html = try #require(site.read("public/en/x/index.html"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("</script><b>"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteIntact() async throws {
        let site = try TemporarySite(files: ["content/en/a.md": page("A")])
        #expect(await site.build().outcome == .built)
        let before = try #require(site.read("public/en/a/index.html"))
        try site.write("content/en/b.md", page("B", "[broken](missing.md)\n"))
        let failed = await site.build()
        #expect(failed.outcome == .contentErrors)
        #expect(site.read("public/en/a/index.html") == before)
        #expect(site.read("public/en/b/index.html") == nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root).filter { $0.contains(".deskbook-staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func strictTurnsWarningsIntoErrors() async throws {
        let site = try TemporarySite(files: ["content/en/a.md": page("A", "[b](b.md)\n")], config: "title: H\nbase_url: /\nlanguages: [en]\nbroken_links: warn\n")
        #expect(await site.build().outcome == .built)
        let strict = await site.build(strict: true)
        #expect(strict.outcome == .contentErrors)
        #expect(strict.diagnostics.map(\.severity) == [.error])
    }

    @Test func configErrorsStopTheBuild() async throws {
        let site = try TemporarySite(config: "title: [unclosed\n")
        let report = await site.build()
        #expect(report.outcome == .configurationError)
        #expect(report.diagnostics.first?.location.path.hasSuffix("deskbook.yml") == true)
    }

    @Test func anUnknownThemeIsAnErrorAtItsLine() async throws {
        let site = try TemporarySite(config: "title: Help\nbase_url: https://example.com/\nlanguages: [en]\ntheme: defualt\n")
        let report = await site.build()
        #expect(report.outcome == .configurationError)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message.hasPrefix("theme 'defualt' not found"))
        #expect(diagnostic.location.path.hasSuffix("deskbook.yml") && diagnostic.location.line == 4)
    }

    @Test func symlinkLoopsAndUnreadableFilesAreDiagnosed() async throws {
        let site = try TemporarySite(files: ["content/en/a.md": page("A")])
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/en/loop", withDestinationPath: site.root + "/content/en")
        try site.write("content/en/secret.md", page("Secret"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: site.root + "/content/en/secret.md")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: site.root + "/content/en/secret.md") }
        let report = await site.build()
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("content/en/loop") && $0.contains("symbolic link loop") })
        if getuid() != 0 {
            #expect(messages.contains { $0.contains("secret.md") && $0.contains("cannot read file") })
        }
        #expect(report.outcome == .contentErrors || getuid() == 0)
    }

    @Test func siteThemeFilesOverrideTheBuiltInTheme() async throws {
        let site = try TemporarySite(files: [
            "content/en/a.md": page("A"),
            "themes/default/templates/shared/footer.mustache": "<footer>Custom footer {{site.title}}</footer>",
            "themes/default/i18n/en.yml": "contact_support: Ask us\n",
        ])
        #expect(await site.build().outcome == .built)
        let html = try #require(site.read("public/en/a/index.html"))
        #expect(html.contains("Custom footer Help"))
        #expect(html.contains(">Ask us<"))
        #expect(html.contains("On this page") == false)
    }

    @Test func aliasesBecomeRedirectPages() async throws {
        let site = try TemporarySite(files: ["content/en/new.md": page("New", extra: "aliases: [/en/old/]\n")])
        #expect(await site.build().outcome == .built)
        let redirect = try #require(site.read("public/en/old/index.html"))
        #expect(redirect.contains(#"<meta http-equiv="refresh" content="0; url=/en/new/">"#))
    }

    @Test func assetsGetContentHashedNames() async throws {
        let site = try TemporarySite(files: ["content/en/a.md": page("A")])
        #expect(await site.build().outcome == .built)
        let css = try FileManager.default.contentsOfDirectory(atPath: site.output + "/assets/css").filter { $0.hasPrefix("style.") }
        #expect(css.count == 1)
        #expect(css.first?.range(of: #"^style\.[0-9a-f]{10}\.css$"#, options: .regularExpression) != nil)
        #expect(site.read("public/en/a/index.html")?.contains("/assets/css/\(css[0])") == true)
    }
}
