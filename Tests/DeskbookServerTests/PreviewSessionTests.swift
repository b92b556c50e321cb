import DeskbookServer
import Foundation
import Testing

/// What the session serves and tells open pages as the site's files change, with real builds.
@Suite struct PreviewSessionTests {
    @Test func servesTheFirstBuildInMemory() async throws {
        let site = try TestSite()
        let session = await site.session()
        let served = await session.served
        #expect(served.snapshot.files["en/billing/refunds/index.html"] != nil)
        #expect(served.snapshot.files["404.html"] != nil)
        #expect(await session.problems.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"), "serve must not write the site")
    }

    @Test func aBodyEditReloadsOpenPages() async throws {
        let site = try TestSite()
        let session = await site.session()
        var events = await session.events().makeAsyncIterator()
        let before = await session.served.build
        #expect(await events.next() == .status(PreviewStatus(build: before, problems: [])))
        try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nRefunds take three days.\n")
        await session.sourcesChanged(["content/en/billing/refunds.md"])
        let after = await session.served.build
        #expect(after != before)
        #expect(await events.next() == .reload(build: after))
        let page = try #require(await session.served.snapshot.files["en/billing/refunds/index.html"])
        #expect(String(decoding: page.data, as: UTF8.self).contains("three days"))
    }

    @Test func withTimingsEachBuildPrintsItsPhasesAfterItsSummary() async throws {
        final class Lines: @unchecked Sendable {
            let lock = NSLock()
            var all: [String] = []
            func add(_ line: String) { lock.withLock { all.append(line) } }
        }
        let site = try TestSite()
        for timings in [true, false] {
            let lines = Lines()
            let console = PreviewConsole(info: lines.add, error: lines.add)
            let session = PreviewSession(producer: IncrementalSiteProducer(options: site.options()), siteRoot: site.root, console: console, timings: timings)
            await session.start()
            try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nRefunds take \(timings ? "two" : "four") days.\n")
            await session.sourcesChanged(["content/en/billing/refunds.md"])
            let printed = lines.lock.withLock { lines.all }
            #expect(printed.contains { $0.hasPrefix("load and parse: ") } == timings)
            #expect(printed.contains { $0.hasPrefix("update one page: ") } == timings)
            #expect(printed.filter { $0.hasPrefix("Built ") }.count == 2)
        }
    }

    @Test func aBrokenBuildKeepsTheLastGoodSiteAndReportsItsProblems() async throws {
        let site = try TestSite()
        let session = await site.session()
        let good = await session.served
        var events = await session.events().makeAsyncIterator()
        _ = await events.next()
        try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nRefunds take five days.\n\nSee [invoices](missing.md).\n")
        await session.sourcesChanged(["content/en/billing/refunds.md"])
        let problems = await session.problems
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix(site.root + "/content/en/billing/refunds.md:6:") == true, "\(problems)")
        #expect(problems.first?.contains(": error: ") == true)
        #expect(await session.served.build == good.build)
        #expect(await events.next() == .status(PreviewStatus(build: good.build, problems: problems)))

        // Mended as it was: the problems go, and the unchanged site needs no reload.
        try site.write("content/en/billing/refunds.md", TestSite.basicPages["content/en/billing/refunds.md"]!)
        await session.sourcesChanged(["content/en/billing/refunds.md"])
        #expect(await session.problems.isEmpty)
        #expect(await events.next() == .status(PreviewStatus(build: good.build, problems: [])))
    }

    @Test func mendingWithADifferentTextReloads() async throws {
        let site = try TestSite()
        let session = await site.session()
        var events = await session.events().makeAsyncIterator()
        _ = await events.next()
        try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nSee [invoices](missing.md).\n")
        await session.sourcesChanged(["content/en/billing/refunds.md"])
        _ = await events.next()
        try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nSee [invoices](invoices.md).\n")
        await session.sourcesChanged(["content/en/billing/refunds.md"])
        #expect(await events.next() == .reload(build: await session.served.build))
    }

    @Test func aStylesheetEditSwapsTheStylesheet() async throws {
        let site = try TestSite()
        let css = try String(contentsOfFile: TestSite.repositoryRoot + "/themes/default/assets/css/style.css", encoding: .utf8)
        try site.write("themes/default/assets/css/style.css", css)
        let session = await site.session()
        var events = await session.events().makeAsyncIterator()
        _ = await events.next()
        let old = try #require(await session.served.snapshot.files.keys.first { $0.hasPrefix("assets/css/style.") })
        try site.write("themes/default/assets/css/style.css", css + "\nbody { letter-spacing: 0.01em; }\n")
        await session.sourcesChanged(["themes/default/assets/css/style.css"])
        let new = try #require(await session.served.snapshot.files.keys.first { $0.hasPrefix("assets/css/style.") })
        #expect(new != old)
        let build = await session.served.build
        #expect(await events.next() == .stylesheets(build: build, changes: [StylesheetChange(from: "/" + old, to: "/" + new)]))
    }

    @Test func aTemplateEditReloads() async throws {
        let site = try TestSite()
        let template = try String(contentsOfFile: TestSite.repositoryRoot + "/themes/default/templates/article.mustache", encoding: .utf8)
        let session = await site.session()
        var events = await session.events().makeAsyncIterator()
        _ = await events.next()
        try site.write("themes/default/templates/article.mustache", template.replacingOccurrences(of: "<h1>", with: "<h1 class=\"changed\">"))
        await session.sourcesChanged(["themes/default/templates/article.mustache"])
        #expect(await events.next() == .reload(build: await session.served.build))
    }

    @Test func draftsAreMarkedForTheBanner() async throws {
        let site = try TestSite(files: TestSite.basicPages.merging(["content/en/billing/soon.md": "---\ntitle: Soon\ndraft: true\n---\nNot yet.\n"]) { a, _ in a })
        let withDrafts = await site.session(drafts: true)
        #expect(await withDrafts.served.snapshot.draftPaths == ["en/billing/soon/index.html"])
        let withoutDrafts = await site.session()
        #expect(await withoutDrafts.served.snapshot.files["en/billing/soon/index.html"] == nil)
        #expect(await withoutDrafts.served.snapshot.draftPaths.isEmpty)
    }

    @Test func closingEndsTheEventStreams() async throws {
        let site = try TestSite()
        let session = await site.session()
        let stream = await session.events()
        #expect(session.listenerCount == 1)
        session.closeEvents()
        var received: [PreviewEvent] = []
        for await event in stream { received.append(event) }
        #expect(received.count == 1)
        #expect(session.listenerCount == 0)
        var late = await session.events().makeAsyncIterator()
        _ = await late.next()
        #expect(await late.next() == nil)
    }
}
