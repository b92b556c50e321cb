import DeskbookServer
import DeskbookSite
import Foundation
import Testing

/// A body edit of one page updates the last build (`SiteBuilder.updatePage`) instead of building again, and
/// gives the site and diagnostics a full build gives.
@Suite struct BodyEditUpdateTests {
    private func site() throws -> TestSite {
        let site = try TestSite()
        try site.write("deskbook.yml", "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\nbroken_links: warn\n")
        try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nRefunds take five days.\n\nSee [a missing page](missing.md).\n")
        return site
    }

    private func files(_ result: BuildResult) -> [String: Data] {
        Dictionary(result.files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
    }

    private func tookUpdate(_ result: BuildResult) -> Bool {
        result.report.phases.contains { $0.name == "update one page" }
    }

    /// Expects the result to be what a full build gives now.
    private func expectFullBuild(_ result: BuildResult, _ site: TestSite) async {
        let full = await SiteBuilder().buildInMemory(site.options())
        #expect(files(result) == files(full))
        #expect(result.report.diagnostics.map(\.description) == full.report.diagnostics.map(\.description))
        #expect(result.report.outcome == full.report.outcome)
    }

    @Test func aBodyEditChangesOnlyThatPageAndTheSearchIndex() async throws {
        let site = try site()
        let producer = IncrementalSiteProducer(options: site.options())
        let before = files(await producer.produce(changed: []))
        try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nRefunds take three days.\n\nSee [invoices](invoices.md) and [another](gone.md).\n")
        let result = await producer.produce(changed: ["content/en/billing/refunds.md"])
        #expect(tookUpdate(result))
        let after = files(result)
        let changed = Set(after.keys.filter { before[$0] != after[$0] })
        #expect(changed.subtracting(["en/billing/refunds/index.html"]).allSatisfy { $0.hasPrefix("search/") })
        #expect(changed.contains("en/billing/refunds/index.html"))
        #expect(result.report.diagnostics.map(\.message).contains { $0.contains("gone.md") })
        #expect(!result.report.diagnostics.map(\.message).contains { $0.contains("missing.md") })
        await expectFullBuild(result, site)
    }

    @Test func aNewHeadingBuildsAgain() async throws {
        let site = try site()
        let producer = IncrementalSiteProducer(options: site.options())
        _ = await producer.produce(changed: [])
        try site.write("content/en/billing/invoices.md", "---\ntitle: Invoices\n---\nInvoices are sent monthly.\n\n## Due dates\n")
        let heading = await producer.produce(changed: ["content/en/billing/invoices.md"])
        #expect(!tookUpdate(heading))
        await expectFullBuild(heading, site)
    }

    @Test func aNewTitleUpdatesWhatShowsItAndNothingElse() async throws {
        let site = try site()
        try site.write("content/en/billing/invoices.md", "---\ntitle: Invoices\n---\nInvoices are sent monthly.\n")
        try site.write("content/en/account/password.md", "---\ntitle: Password\n---\nReset it.\n")
        let producer = IncrementalSiteProducer(options: site.options())
        let before = files(await producer.produce(changed: []))
        // "Bills" sorts before "Refunds", where "Invoices" came after it: the section's order changes too.
        try site.write("content/en/billing/invoices.md", "---\ntitle: Bills\ndescription: Monthly bills\n---\nInvoices are sent monthly.\n")
        let result = await producer.produce(changed: ["content/en/billing/invoices.md"])
        #expect(tookUpdate(result))
        let after = files(result)
        let changed = Set(after.keys.filter { before[$0] != after[$0] }).filter { !$0.hasPrefix("search/") }
        #expect(changed.contains("en/billing/invoices/index.html"))
        #expect(changed.contains("en/billing/refunds/index.html"), "its section menu names the page")
        #expect(changed.contains("en/billing/index.html"))
        #expect(!changed.contains("en/account/password/index.html"))
        await expectFullBuild(result, site)
    }

    @Test func aBodyEditAfterAFailedBuildBuildsAgain() async throws {
        let site = try site()
        let producer = IncrementalSiteProducer(options: site.options())
        _ = await producer.produce(changed: [])
        try site.write("deskbook.yml", "title: [\n")
        let broken = await producer.produce(changed: ["deskbook.yml"])
        #expect(broken.files.isEmpty)
        try site.write("content/en/billing/invoices.md", "---\ntitle: Invoices\n---\nInvoices are sent weekly.\n")
        let result = await producer.produce(changed: ["content/en/billing/invoices.md"])
        #expect(!tookUpdate(result))
        await expectFullBuild(result, site)
    }
}
