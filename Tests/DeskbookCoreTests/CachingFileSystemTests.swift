import DeskbookCore
import Foundation
import Testing

/// The cache answers from memory until told what changed, on the real disk.
@Suite struct CachingFileSystemTests {
    @Test func readsAreRememberedUntilInvalidated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caching-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/docs/a.md"
        try Data("one".utf8).write(to: URL(fileURLWithPath: page))
        let cache = CachingFileSystem(base: LocalFileSystem())
        #expect(try cache.contents(of: page) == Data("one".utf8))
        #expect(try cache.list(folder + "/docs") == ["a.md"])
        try Data("two".utf8).write(to: URL(fileURLWithPath: page))
        try Data("new".utf8).write(to: URL(fileURLWithPath: folder + "/docs/b.md"))
        #expect(try cache.contents(of: page) == Data("one".utf8))
        #expect(try cache.list(folder + "/docs") == ["a.md"])
        cache.invalidate([page, folder + "/docs/b.md"])
        #expect(try cache.contents(of: page) == Data("two".utf8))
        #expect(try cache.list(folder + "/docs") == ["a.md", "b.md"])
        try FileManager.default.removeItem(atPath: folder + "/docs")
        cache.invalidate([folder + "/docs"])
        #expect(cache.kind(of: page) == nil)
        #expect(throws: (any Error).self) { try cache.contents(of: page) }
    }

    /// A file reported alone can bring new folders with it: the preview hung waiting for a reload when a site's
    /// first `themes/default/templates/…` file went unseen, its folders still remembered as missing.
    @Test func aFileInNewFoldersIsSeenWhenReportedAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caching-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = CachingFileSystem(base: LocalFileSystem())
        #expect(cache.kind(of: folder + "/themes/default") == nil)
        #expect(try cache.list(folder) == [])
        try FileManager.default.createDirectory(atPath: folder + "/themes/default/templates", withIntermediateDirectories: true)
        try Data("{{title}}".utf8).write(to: URL(fileURLWithPath: folder + "/themes/default/templates/article.mustache"))
        cache.invalidate([folder + "/themes/default/templates/article.mustache"])
        #expect(cache.kind(of: folder + "/themes/default") == .directory)
        #expect(try cache.list(folder) == ["themes"])
        #expect(try cache.list(folder + "/themes/default/templates") == ["article.mustache"])
    }
}
