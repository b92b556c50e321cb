import DeskbookContent
import DeskbookCore
import Foundation
import Testing

/// A cache between builds changes how much is parsed, never what comes out.
@Suite struct PageCacheTests {
    private let config = "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n"

    /// Rendered bodies and diagnostics of every page, for comparing two loads.
    private func summary(_ loaded: (pages: [Page], diagnostics: [Diagnostic])) -> [String] {
        loaded.pages.map { "\($0.displayPath) \($0.title): \($0.bodyHTML())" }.sorted() + loaded.diagnostics.map(\.description)
    }

    private func load(_ fileSystem: MemoryFileSystem, cache: PageCache?) async throws -> [String] {
        let loader = SiteLoader(fileSystem: fileSystem)
        guard case .success(let loaded) = loader.loadConfig(source: ".") else { throw FileSystemError(path: "deskbook.yml", reason: "no config") }
        return summary(await loader.loadPages(source: ".", config: loaded.config, cache: cache))
    }

    @Test func editsSnippetsAndDeletionsGiveWhatAFreshLoadGives() async throws {
        let fileSystem = MemoryFileSystem(files: [
            "deskbook.yml": config,
            "content/en/a.md": "---\ntitle: A\n---\nFirst [b](b.md).\n",
            "content/en/b.md": "---\ntitle: B\n---\n{{< snippet \"note\" >}}\n",
            "content/en/c.md": "---\ntitle: C\n---\nSame text.\n",
            "content/en/d.md": "---\ntitle: D\n---\nSame text.\n",
            "content/en/_snippets/note.md": "Old note.\n",
        ])
        let cache = PageCache()
        #expect(try await load(fileSystem, cache: cache) == load(fileSystem, cache: nil))
        let edits: [(String, String?)] = [
            ("content/en/a.md", "---\ntitle: A2\n---\nSecond.\n"),
            ("content/en/_snippets/note.md", "New note.\n"),
            ("content/en/c.md", nil),
            ("content/en/d.md", "---\ntitle: D\nbroken: [\n---\nSame text.\n"),
            ("content/en/e.md", "---\ntitle: E\n---\nSame text.\n"),
        ]
        for (path, text) in edits {
            if let text { try fileSystem.write(Data(text.utf8), to: path) } else { try fileSystem.remove(path) }
            let cached = try await load(fileSystem, cache: cache)
            #expect(cached == (try await load(fileSystem, cache: nil)), "after editing \(path)")
        }
        #expect(try await load(fileSystem, cache: cache).contains { $0.contains("New note.") })
    }
}
