import DeskbookContent
import DeskbookCore
@testable import DeskbookSite
import Foundation
import Testing

/// Every output path has one owner: clashes are errors where the losing owner was written, never a race
/// between two writes, and the same input keeps the same files.
@Suite struct OutputOwnershipTests {
    private func file(_ path: String, _ owner: OutputOwner) -> OutputFile {
        OutputFile(path: path, text: owner.name, owner: owner)
    }

    private let aliasAt = { (line: Int) in
        OutputOwner(rank: .alias, name: "alias \(line)", location: SourceLocation(path: "content/en/a.md", line: line, column: 5))
    }

    @Test func theLowerRankKeepsAPathWhateverTheOrder() {
        let files = [
            file("en/search/index.html", aliasAt(4)),
            file("en/search/index.html", OutputOwner(rank: .page, name: "page /en/search/", location: SourceLocation(path: "content/en/search.md"))),
            file("en/search/index.html", .generator("the search page")),
        ]
        for order in [files, files.reversed()] {
            let settled = OutputOwnership.settle(order)
            #expect(settled.files.map(\.owner.name) == ["the search page"])
            #expect(settled.diagnostics.map(\.description) == [
                "content/en/search.md:1:1: error: page /en/search/ clashes with the search page: both are written to en/search/index.html",
                "content/en/a.md:4:5: error: alias 4 clashes with the search page: both are written to en/search/index.html",
            ])
        }
    }

    @Test func aPathCannotBeAFileForOneOwnerAndAFolderForAnother() {
        let settled = OutputOwnership.settle([
            file("sitemap.xml/index.html", aliasAt(4)),
            file("sitemap.xml", .generator("the sitemap")),
            file("en/a/index.html", .generator("page a")),
            file("en/a", aliasAt(5)),
        ])
        #expect(Set(settled.files.map(\.path)) == ["sitemap.xml", "en/a/index.html"])
        #expect(settled.diagnostics.map(\.message) == [
            "alias 4 clashes with the sitemap: sitemap.xml cannot be both a file and a folder",
            "alias 5 clashes with page a: en/a cannot be both a file and a folder",
        ])
    }

    @Test func settlingTheSearchIndexApartGivesWhatSettlingEverythingGives() {
        let files = [
            file("sitemap.xml", .generator("the sitemap")), file("en/feed.xml", .generator("the en feed")),
            file("en/a/index.html", aliasAt(3)), file("en/a/index.html", aliasAt(2)), file("en/b/index.html", aliasAt(7)),
            file("en/../x", aliasAt(9)), file("assets/site.css", OutputOwner(rank: .theme, name: "theme css", location: SourceLocation(path: "themes/default/assets/site.css"))),
        ]
        let index = ["search/en/c.1.json", "search/search.js", "search/en/c.0.json", "search/en/c.1.json"].map { file($0, .generator("the search index")) }
        let settlement = OutputOwnership.settlement(of: files)
        let apart = OutputOwnership.settle(files, settled: settlement, adding: index)
        let together = OutputOwnership.settle(files + index)
        #expect(apart?.files.map(\.path) == together.files.map(\.path))
        #expect(apart?.files.map(\.owner) == together.files.map(\.owner))
        #expect(apart.map { Set($0.diagnostics.map(\.description)) } == Set(together.diagnostics.map(\.description)))
        #expect(together.diagnostics.count == 3)
        for claim in ["search/en/c.0.json", "search/en", "search/en/c.1.json/index.html"] {
            let claiming = files + [file(claim, aliasAt(11))]
            #expect(OutputOwnership.settle(claiming, settled: OutputOwnership.settlement(of: claiming), adding: index) == nil, "\(claim)")
        }
        let beside = files + [file("search/search.js.map", aliasAt(12))]
        #expect(OutputOwnership.settle(beside, settled: OutputOwnership.settlement(of: beside), adding: index)?.files.count == together.files.count + 1)
    }

    @Test func unsafePathsAreRefusedNotWritten() {
        let paths = ["/tmp/x/index.html", "en/../../x/index.html", "en/./x/index.html", "en//index.html", ""]
        let settled = OutputOwnership.settle(paths.enumerated().map { file($1, aliasAt($0 + 1)) } + [file("en/index.html", .generator("home"))])
        #expect(settled.files.map(\.path) == ["en/index.html"])
        #expect(settled.diagnostics.count == paths.count)
        #expect(settled.diagnostics.allSatisfy { $0.message.hasPrefix("alias ") && $0.message.contains("cannot be written to") })
    }

    @Test func aliasesThatClaimGeneratedFilesOrPagesAreErrorsAtTheirLines() async throws {
        let aliases = ["/en/search/", "/en/request/", "/sitemap.xml", "/404.html", "/en/feed.xml", "/search/search.js", "/en/b/", "/ru/"]
        let site = try TemporarySite(files: [
            "content/en/a.md": page("A", extra: "aliases:\n" + aliases.map { "  - \($0)\n" }.joined()),
            "content/en/b.md": page("B"),
            "content/ru/b.md": page("Б"),
        ])
        let report = await site.build()
        #expect(report.outcome == .contentErrors)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.location.line) == Array(4..<(4 + aliases.count)))
        #expect(errors.allSatisfy { $0.location.path.hasSuffix("content/en/a.md") && $0.location.column == 5 })
        #expect(errors.map(\.message) == [
            "alias /en/search/ clashes with the search page: both are written to en/search/index.html",
            "alias /en/request/ clashes with the request form: both are written to en/request/index.html",
            "alias /sitemap.xml/ clashes with the sitemap: sitemap.xml cannot be both a file and a folder",
            "alias /404.html/ clashes with the 404 page: 404.html cannot be both a file and a folder",
            "alias /en/feed.xml/ clashes with the en feed: en/feed.xml cannot be both a file and a folder",
            "alias /search/search.js/ clashes with theme file static/search/search.js (themes/default/static/search/search.js): search/search.js cannot be both a file and a folder",
            "alias /en/b/ clashes with page /en/b/ (\(site.root)/content/en/b.md): both are written to en/b/index.html",
            "alias /ru/ clashes with section /ru/ (\(site.root)/content/ru): both are written to ru/index.html",
        ])
        #expect(site.read("public/index.html") == nil)
    }

    @Test func pagesAndSectionsAtGeneratedURLsAreErrorsAtTheirFiles() async throws {
        let site = try TemporarySite(files: [
            "content/en/request.md": page("Request"),
            "content/en/search/_index.md": page("Search section"),
            "content/en/search/tips.md": page("Search tips"),
            "content/en/billing.md": page("Billing page"),
            "content/en/billing/refunds.md": page("Refunds"),
        ], config: "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n")
        let report = await site.build()
        #expect(report.outcome == .contentErrors)
        #expect(report.diagnostics.map { "\(Path.fileName(of: $0.location.path)):\($0.location.line): \($0.message)" } == [
            "billing.md:1: page /en/billing/ clashes with section /en/billing/ (\(site.root)/content/en/billing): both are written to en/billing/index.html",
            "request.md:1: page /en/request/ clashes with the request form: both are written to en/request/index.html",
            "_index.md:1: section /en/search/ clashes with the search page: both are written to en/search/index.html",
        ])
    }

    @Test func keepGoingPublishesTheOwnersAndCountsOnlyPublishedPages() async throws {
        let site = try TemporarySite(files: [
            "content/en/request.md": page("Request page by a writer"),
            "content/en/a.md": page("A", extra: "aliases: [/en/search/]\n"),
        ], config: "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n")
        let options = BuildOptions(source: site.root, output: site.output, builtinThemes: TemporarySite.repositoryRoot + "/themes", keepGoing: true)
        let report = await SiteBuilder(now: { Date(timeIntervalSince1970: 1_790_000_000) }).build(options)
        #expect(report.outcome == .builtWithErrors)
        #expect(report.diagnostics.filter { $0.severity == .error }.count == 2)
        #expect(report.pageCounts["en"]?[.article] == 1)
        #expect(site.read("public/en/request/index.html")?.contains("Request page by a writer") == false)
        #expect(site.read("public/en/search/index.html")?.contains("http-equiv=\"refresh\"") == false)
        #expect(site.read("public/en/a/index.html") != nil)
    }
}
