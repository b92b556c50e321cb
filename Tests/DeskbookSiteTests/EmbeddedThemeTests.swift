import DeskbookCore
import DeskbookSite
import Foundation
import Testing

/// The default theme compiled into Deskbook: the same files as themes/default, enough on its own to build a
/// site, and still overridden file by file by a site's own themes/<name>/.
struct EmbeddedThemeTests {
    /// themes/default in the repository, by path inside the theme folder, leaving out hidden files.
    static func themeFolderOnDisk() throws -> [String: Data] {
        let folder = TemporarySite.repositoryRoot + "/themes/default"
        var files: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: folder))
        while let relative = walker.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + relative))
        }
        return files
    }

    /// A site in memory with one English article and the given extra files.
    static func memorySite(_ extra: [String: String] = [:], theme: String = "default") -> MemoryFileSystem {
        var files = [
            "site/deskbook.yml": "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\ntheme: \(theme)\n",
            "site/content/en/a.md": "---\ntitle: A\n---\nBody text.\n",
        ]
        files.merge(extra) { _, new in new }
        return MemoryFileSystem(files: files)
    }

    static func build(_ fileSystem: MemoryFileSystem) async -> BuildReport {
        await SiteBuilder(fileSystem: fileSystem, now: { Date(timeIntervalSince1970: 1_790_000_000) })
            .build(BuildOptions(source: "site", output: "out"))
    }

    @Test func theEmbeddedThemeEqualsThemesDefaultFileByFile() throws {
        let onDisk = try Self.themeFolderOnDisk()
        let embedded = BuiltinThemes.defaultThemeFiles
        #expect(onDisk.count > 20)
        #expect(embedded.keys.sorted() == onDisk.keys.sorted())
        for (path, data) in onDisk {
            #expect(embedded[path] == data, "\(path) differs from themes/default/\(path)")
        }
    }

    @Test func aSiteWithoutThemesBuildsFromTheEmbeddedThemeAlone() async throws {
        let fileSystem = Self.memorySite()
        let report = await Self.build(fileSystem)
        #expect(report.outcome == .built, "\(report.diagnostics)")
        let html = String(decoding: try fileSystem.contents(of: "out/en/a/index.html"), as: UTF8.self)
        #expect(html.contains("Body text."))
        let css = try #require(fileSystem.allFiles.first { $0.hasPrefix("out/assets/css/style.") })
        #expect(html.contains("/" + css.dropFirst("out/".count)))
        #expect(try fileSystem.contents(of: "out/search/search.js") == BuiltinThemes.defaultThemeFiles["static/search/search.js"])
    }

    @Test func aSiteThemeFileOverridesTheEmbeddedFileAtItsPath() async throws {
        let fileSystem = Self.memorySite(["site/themes/default/templates/shared/footer.mustache": "<footer>Site footer</footer>"])
        #expect(await Self.build(fileSystem).outcome == .built)
        let html = String(decoding: try fileSystem.contents(of: "out/en/a/index.html"), as: UTF8.self)
        #expect(html.contains("<footer>Site footer</footer>"))
        #expect(html.contains("Body text."))
    }

    @Test func aThemeOfAnotherNameLiesOverTheEmbeddedDefault() async throws {
        let fileSystem = Self.memorySite(["site/themes/blue/templates/shared/footer.mustache": "<footer>Blue</footer>"], theme: "blue")
        #expect(await Self.build(fileSystem).outcome == .built)
        let html = String(decoding: try fileSystem.contents(of: "out/en/a/index.html"), as: UTF8.self)
        #expect(html.contains("<footer>Blue</footer>") && html.contains("Body text."))
    }

    @Test func anUnknownThemeNamesBothPlacesItWasLookedFor() async throws {
        let report = await Self.build(Self.memorySite(theme: "bleu"))
        #expect(report.outcome == .configurationError)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message == "theme 'bleu' not found; looked in site/themes/bleu, (built-in)/bleu")
        #expect(diagnostic.location == SourceLocation(path: "site/deskbook.yml", line: 4, column: 8))
    }
}
