import Foundation
import DeskbookContent
import DeskbookCore
import Testing

/// Loads and assembles a site held in memory.
func assemble(_ files: [String: String], config: String? = nil) async -> (site: Site, diagnostics: [Diagnostic]) {
    var all = files
    let languages = files.keys.contains { $0.hasPrefix("content/ru/") } ? "[en, ru]" : "[en]"
    all["deskbook.yml"] = config ?? "title: Help\nbase_url: https://help.example.com/\nlanguages: \(languages)\n"
    let fileSystem = MemoryFileSystem(files: all)
    let loader = SiteLoader(fileSystem: fileSystem)
    guard case .success(let loaded) = loader.loadConfig(source: ".") else { fatalError("config must parse") }
    let pages = await loader.loadPages(source: ".", config: loaded.config)
    let assembled = await SiteAssembler(config: loaded.config).assemble(pages.pages)
    return (assembled.site, pages.diagnostics + assembled.diagnostics)
}

func page(_ title: String, _ body: String = "", extra: String = "") -> String {
    "---\ntitle: \(title)\n\(extra)---\n\(body)"
}

@Suite struct SiteLoadingTests {
    @Test func pagesGetURLsSectionsKindsAndTranslations() async throws {
        let (site, diagnostics) = await assemble([
            "content/en/_index.md": page("Home"),
            "content/en/faq/_index.md": page("FAQ", extra: "kind: faq\norder: 2\n"),
            "content/en/faq/general.md": page("General", "## Can I pay by card?\n\nYes.\n"),
            "content/en/billing/Refund Rules.md": page("Refunds"),
            "content/ru/faq/general.md": page("Общие вопросы"),
        ])
        #expect(diagnostics.isEmpty)
        let general = try #require(site.pages.first { $0.contentPath == "faq/general.md" && $0.language == "en" })
        #expect(general.url == "/en/faq/general/")
        #expect(general.kind == .faq)
        #expect(site.translationsOf(general).keys.sorted() == ["en", "ru"])
        let refunds = try #require(site.pages.first { $0.title == "Refunds" })
        #expect(refunds.url == "/en/billing/refund-rules/")
        #expect(refunds.kind == .article)
        #expect(site.section(language: "en", path: "billing")?.title == "Billing")
        #expect(site.home(language: "en")?.subsections == ["faq", "billing"])
        #expect(site.ancestors(language: "en", path: "faq").map(\.title) == ["Home", "FAQ"])
    }

    @Test func internalLinksAreRewrittenToPageURLs() async throws {
        let (site, diagnostics) = await assemble([
            "content/en/billing/refunds.md": page("Refunds", "## Fees\n\nText\n"),
            "content/en/account/reset.md": page("Reset", "See [fees](../billing/refunds.md#fees), [top](#reset-steps) and [site](https://x.org).\n\n## Reset steps\n"),
        ])
        #expect(diagnostics.isEmpty)
        let reset = try #require(site.pages.first { $0.title == "Reset" })
        let html = reset.bodyHTML()
        #expect(html.contains(#"href="/en/billing/refunds/#fees""#))
        #expect(html.contains(##"href="#reset-steps""##))
        #expect(html.contains(#"href="https://x.org""#))
    }

    @Test func brokenLinksAndAnchorsAreErrorsWithPositions() async {
        let (_, diagnostics) = await assemble([
            "content/en/a.md": page("A", "## Only\n\n[b](b.md) and [c](c.md#nowhere) and [self](#missing)\n"),
            "content/en/c.md": page("C"),
        ])
        #expect(diagnostics.map(\.description) == [
            "content/en/a.md:6:1: error: broken link: b.md: no such page",
            "content/en/a.md:6:15: error: broken link: c.md#nowhere: the page has no heading #nowhere",
            "content/en/a.md:6:37: error: broken link: this page has no heading #missing",
        ])
    }

    @Test func linkToPageMissingInThisLanguage() async {
        let (_, diagnostics) = await assemble([
            "content/en/only-english.md": page("English only"),
            "content/ru/a.md": page("А", "[там](only-english.md)\n"),
        ])
        #expect(diagnostics.map(\.message) == ["broken link: only-english.md exists in en but not in ru"])
    }

    @Test func brokenLinksCanBeWarnings() async {
        let (_, diagnostics) = await assemble(
            ["content/en/a.md": page("A", "[b](b.md)\n")],
            config: "title: Help\nbase_url: /\nlanguages: [en]\nbroken_links: warn\n"
        )
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    /// Aliases that clash with pages or each other are settled with every other output (OutputOwnershipTests).
    @Test func twoFilesOnOneURLAreAnError() async {
        let (_, diagnostics) = await assemble([
            "content/en/billing/refunds.md": page("One"),
            "content/en/billing/Refunds.md": page("Two"),
        ])
        #expect(diagnostics.map(\.message) == ["/en/billing/refunds/ is already published by content/en/billing/Refunds.md"])
    }

    @Test func badFilesGetClearDiagnostics() async {
        var files = [
            "content/en/empty.md": "",
            "content/en/huge.md": page("Huge", String(repeating: "word ", count: 2_200_000)),
            "content/en/ok.md": page("Ok"),
        ]
        files["content/en/snippet-user.md"] = page("S", "{{< snippet \"nope\" >}}\n")
        let (site, diagnostics) = await assemble(files)
        let byFile = Dictionary(grouping: diagnostics, by: \.location.path).mapValues { $0.map(\.message) }
        #expect(byFile["content/en/empty.md"] == ["file is empty: a page needs front matter with a title"])
        #expect(byFile["content/en/huge.md"]?.first?.contains("over the 4 MB page limit") == true)
        #expect(byFile["content/en/snippet-user.md"] == ["unknown snippet 'nope'"])
        #expect(site.pages.contains { $0.title == "Ok" })
    }

    @Test func invalidUTF8IsReportedAtTheBadByte() {
        var bytes = Array("---\ntitle: A\n---\nGood line\nBad ".utf8)
        bytes += [0xC3, 0x28]
        guard case .failure(let diagnostic) = SourceDecoder.decode(Data(bytes), path: "content/en/latin1.md") else {
            Issue.record("expected a decoding error")
            return
        }
        #expect(diagnostic.description == "content/en/latin1.md:5:5: error: file is not valid UTF-8; save it as UTF-8")
    }

    @Test func draftsAreLeftOutUnlessAsked() async {
        let (site, _) = await assemble(["content/en/draft.md": page("Draft", extra: "draft: true\n")])
        #expect(!site.pages.contains { $0.title == "Draft" })
    }

    @Test func faqQuestionsAreExtracted() async throws {
        let (site, _) = await assemble([
            "content/en/faq.md": page("FAQ", "Intro.\n\n## How do I pay?\n\nBy card.\n\n### Details\n\nMore.\n\n## Refunds?\n\nYes.\n", extra: "kind: faq\n"),
        ])
        let questions = FAQQuestions.extract(from: try #require(site.pages.first))
        #expect(questions.map(\.question) == ["How do I pay?", "Refunds?"])
        #expect(questions.map(\.anchor) == ["how-do-i-pay", "refunds"])
        #expect(questions[0].answer == "By card. Details More.")
    }
}

@Suite struct UnsafeLinkTests {
    @Test func scriptLinksAreRemovedWithAWarning() async throws {
        let (site, diagnostics) = await assemble(["content/en/a.md": page("A", "[x](javascript:alert(1)) [y]( JavaScript:alert(2))\n")])
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        let html = try #require(site.pages.first).bodyHTML()
        #expect(!html.lowercased().contains("javascript:"))
    }
}

/// A file system whose reads of one path fail, as an unreadable file does for a normal user.
struct UnreadableFile: FileSystem {
    let base: MemoryFileSystem
    let unreadable: String

    func contents(of path: String) throws -> Data {
        if path == unreadable { throw FileSystemError(path: path, reason: "permission denied") }
        return try base.contents(of: path)
    }
    func kind(of path: String) -> FileKind? { base.kind(of: path) }
    func list(_ directory: String) throws -> [String] { try base.list(directory) }
    func realPath(_ path: String) -> String? { base.realPath(path) }
    func write(_ data: Data, to path: String) throws { try base.write(data, to: path) }
    func createDirectory(_ path: String) throws { try base.createDirectory(path) }
    func remove(_ path: String) throws { try base.remove(path) }
    func move(_ source: String, to destination: String) throws { try base.move(source, to: destination) }
    func lockExclusively(_ path: String, whileWaiting: () -> Void) throws -> FileLock { try base.lockExclusively(path, whileWaiting: whileWaiting) }
}

@Suite struct UnreadableFileTests {
    @Test func unreadableFilesAreReportedAndTheRestLoads() async throws {
        let base = MemoryFileSystem(files: [
            "deskbook.yml": "title: Help\nbase_url: /\nlanguages: [en]\n",
            "content/en/a.md": page("A"),
            "content/en/secret.md": page("Secret"),
        ])
        let loader = SiteLoader(fileSystem: UnreadableFile(base: base, unreadable: "content/en/secret.md"))
        let config = try loader.loadConfig(source: ".").get().config
        let loaded = await loader.loadPages(source: ".", config: config)
        #expect(loaded.pages.map(\.title) == ["A"])
        #expect(loaded.diagnostics.map(\.description) == ["content/en/secret.md:1:1: error: cannot read file: content/en/secret.md: permission denied"])
    }
}
