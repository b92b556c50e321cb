import DeskbookCore
import Foundation
import Testing

@Suite struct ConfinedFileSystemTests {
    /// A site folder and a folder beside it, on disk.
    final class Folders {
        let root: String
        var site: String { root + "/site" }

        init() throws {
            root = try #require(LocalFileSystem().realPath(NSTemporaryDirectory())) + "/deskbook-confined-" + UUID().uuidString
            for (path, text) in ["site/page.md": "page", "site/docs/guide.md": "guide", "elsewhere/secret.txt": "secret"] {
                let full = root + "/" + path
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func link(_ path: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
        }
    }

    @Test func linksInsideTheFolderLookLikeTheirTargets() throws {
        let folders = try Folders()
        try folders.link("site/alias.md", to: "page.md")
        try folders.link("site/manual", to: "docs")
        let files = ConfinedFileSystem(base: LocalFileSystem(), folders: [folders.site])
        #expect(files.kind(of: folders.site + "/alias.md") == .file)
        #expect(try files.contents(of: folders.site + "/alias.md") == Data("page".utf8))
        #expect(files.kind(of: folders.site + "/manual") == .directory)
        #expect(try files.list(folders.site + "/manual") == ["guide.md"])
        #expect(files.realPath(folders.site + "/manual/guide.md") == folders.site + "/docs/guide.md")
    }

    @Test func linksOutBrokenLinksAndLoopsAreRefusedWithTheReason() throws {
        let folders = try Folders()
        try folders.link("site/secret.md", to: folders.root + "/elsewhere/secret.txt")
        try folders.link("site/elsewhere", to: "../elsewhere")
        try folders.link("site/environment.md", to: "/proc/self/environ")
        try folders.link("site/broken.md", to: "missing.md")
        try folders.link("site/loop.md", to: "loop.md")
        let files = ConfinedFileSystem(base: LocalFileSystem(), folders: [folders.site])
        for name in ["secret.md", "elsewhere", "environment.md"] {
            let path = folders.site + "/" + name
            #expect(files.kind(of: path) == .symbolicLink)
            #expect(files.unfollowedLinkReason(path).contains("outside \(folders.site)"))
            #expect(files.realPath(path) == nil)
            #expect(throws: FileSystemError.self) { try files.contents(of: path) }
        }
        #expect(throws: FileSystemError.self) { try files.list(folders.site + "/elsewhere") }
        #expect(throws: FileSystemError.self) { try files.contents(of: folders.site + "/elsewhere/secret.txt") }
        for name in ["broken.md", "loop.md"] {
            #expect(files.kind(of: folders.site + "/" + name) == .symbolicLink)
            #expect(files.unfollowedLinkReason(folders.site + "/" + name) == "it is broken or loops")
        }
        #expect(files.kind(of: folders.site + "/nothing.md") == nil)
    }

    @Test func writesAreRefused() throws {
        let folders = try Folders()
        let files = ConfinedFileSystem(base: LocalFileSystem(), folders: [folders.site])
        #expect(throws: FileSystemError.self) { try files.write(Data("x".utf8), to: folders.site + "/page.md") }
        #expect(throws: FileSystemError.self) { try files.remove(folders.site + "/page.md") }
        #expect(throws: FileSystemError.self) { try files.move(folders.site + "/page.md", to: folders.site + "/moved.md") }
        #expect(try String(contentsOfFile: folders.site + "/page.md", encoding: .utf8) == "page")
    }

    @Test func theWalkerReportsRefusedLinksAndLoopsAtTheirPaths() throws {
        let folders = try Folders()
        try folders.link("site/secret.md", to: folders.root + "/elsewhere/secret.txt")
        try folders.link("site/docs/again", to: "..")
        let walker = FolderWalker(fileSystem: ConfinedFileSystem(base: LocalFileSystem(), folders: [folders.site]))
        var files: [String] = []
        let diagnostics = walker.walk(folders.site) { entry in
            if !entry.isDirectory { files.append(entry.relativePath) }
            return true
        }
        #expect(files == ["docs/guide.md", "page.md"])
        let located = diagnostics.map { (Path.fileName(of: $0.location.path), $0.message) }
        #expect(located.contains { $0.0 == "secret.md" && $0.1.hasPrefix("symbolic link not followed: it leads to ") })
        #expect(located.contains { $0.0 == "again" && $0.1.hasPrefix("symbolic link loop") })
    }

    @Test func locksOfOtherPathsOrGivenUpDoNotWait() throws {
        for files in [MemoryFileSystem(), LocalFileSystem()] as [any FileSystem] {
            let folder = NSTemporaryDirectory() + "deskbook-lock-" + UUID().uuidString
            try LocalFileSystem().createDirectory(folder)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let held = try files.lockExclusively(folder + "/a.lock") { Issue.record("nothing held a.lock") }
            let other = try files.lockExclusively(folder + "/b.lock") { Issue.record("only a.lock is held") }
            held.unlock()
            other.unlock()
            try files.lockExclusively(folder + "/a.lock") { Issue.record("a.lock was given up") }.unlock()
        }
    }
}
