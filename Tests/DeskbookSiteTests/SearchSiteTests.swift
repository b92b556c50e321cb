import DeskbookContent
import DeskbookCore
@testable import DeskbookSite
import Foundation
import Testing

/// The search index as the build writes it: its own timed phase, at a fixed address that pages do not
/// name, or left out.
@Suite struct SearchSiteTests {
    private let files = [
        "content/en/reset.md": page("Reset a password", "Open the sign-in page. Click Forgot password.\n"),
        "content/ru/reset.md": page("Сброс пароля", "Откройте страницу входа.\n"),
    ]

    @Test func eachLanguageHasItsManifestAtAFixedAddressThatPagesDoNotName() async throws {
        let site = try TemporarySite(files: files)
        let report = await site.build()
        #expect(report.outcome == .built, "\(report.diagnostics)")
        for language in ["en", "ru"] {
            let manifest = try #require(site.read("public/search/\(language)/index.json"))
            #expect(manifest.contains(#""language":"\#(language)""#))
            let names = try FileManager.default.contentsOfDirectory(atPath: site.output + "/search/" + language)
            let hashes = names.filter { $0 != "index.json" }.map { $0.split(separator: ".")[1] }
            #expect(!hashes.isEmpty)
            for path in ["public/\(language)/reset/index.html", "public/\(language)/search/index.html", "public/404.html"] {
                let html = try #require(site.read(path), "\(path)")
                #expect(!html.contains("search-manifest"), "\(path)")
                #expect(html.contains(#"data-search-runtime="/search/search.js""#), "\(path)")
                for hash in hashes { #expect(!html.contains(hash), "\(path) names \(hash)") }
            }
        }
        let phases = report.phases.map(\.name)
        #expect(phases.contains("search index, alongside render"))
        #expect(phases.firstIndex(of: "render")! < phases.firstIndex(of: "search index, after render")!)
    }

    @Test func noSearchLeavesTheIndexOut() async throws {
        let site = try TemporarySite(files: files)
        let report = await site.build(search: false)
        #expect(report.outcome == .built, "\(report.diagnostics)")
        #expect(site.read("public/search/en/index.json") == nil)
        #expect(site.read("public/search/search.js") != nil)
    }

    @Test func aPageWithoutADescriptionIsDescribedByItsLeadSentence() async throws {
        #expect(SearchDocuments.lead(of: "Files stop syncing. Restart the app.") == "Files stop syncing.")
        #expect(SearchDocuments.lead(of: "Version 2.4.1 fixes sync! More text.") == "Version 2.4.1 fixes sync!")
        #expect(SearchDocuments.lead(of: "Outlook.com cannot send mail") == "Outlook.com cannot send mail")
        let words = (1...50).map { "w\($0)" }
        #expect(SearchDocuments.lead(of: words.joined(separator: " ")) == words.prefix(SearchDocuments.leadWords).joined(separator: " "))
        let site = try TemporarySite(files: [
            "content/en/a.md": page("Sync", "The calendar stops updating on phones. More text follows here.\n"),
            "content/en/b.md": page("Calendar", "Updating settings.\n", extra: "description: Set up a calendar\n"),
        ])
        let loader = SiteLoader(fileSystem: LocalFileSystem())
        let config = try loader.loadConfig(source: site.root).get().config
        let pages = await loader.loadPages(source: site.root, config: config).pages
        let documents = SearchDocuments.make(for: await SiteAssembler(config: config).assemble(pages).site)
        #expect(documents.first { $0.url == "/en/a/" }?.description.hasPrefix("The calendar stops updating on phones.") == true)
        #expect(documents.first { $0.url == "/en/b/" }?.description.hasPrefix("Set up a calendar") == true)
    }
}
