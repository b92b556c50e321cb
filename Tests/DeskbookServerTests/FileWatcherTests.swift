import DeskbookServer
import Foundation
import Testing

/// The inotify watcher on real files in a temporary folder. Each test makes a change and waits for the batch
/// that names it: no test depends on how long anything takes.
@Suite(.timeLimit(.minutes(1))) struct FileWatcherTests {
    /// A site folder with content/en/a.md, themes/ and deskbook.yml, and a watcher on it.
    final class WatchedSite {
        let root = NSTemporaryDirectory() + "deskbook-watch-" + UUID().uuidString
        private(set) var watcher: FileWatcher!
        private var batches: AsyncStream<Set<String>>.AsyncIterator!

        init() throws {
            try FileManager.default.createDirectory(atPath: root + "/content/en/billing", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root + "/themes/default/templates", withIntermediateDirectories: true)
            try write("deskbook.yml", "title: Help\n")
            try write("content/en/a.md", "---\ntitle: A\n---\n")
            watcher = try FileWatcher(root: root)
            batches = watcher.changes.makeAsyncIterator()
        }

        deinit {
            watcher?.stop()
            try? FileManager.default.removeItem(atPath: root)
        }

        func path(_ relative: String) -> String { root + "/" + relative }

        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(relative)))
        }

        /// Batches until one has `expected`; returns every path reported on the way.
        func waitFor(_ expected: Set<String>) async -> Set<String> {
            var seen: Set<String> = []
            while !expected.isSubset(of: seen), let batch = await batches.next() { seen.formUnion(batch) }
            return seen
        }

        /// Writes a marker file and waits for it: every event before it has been reported by then.
        func drain() async -> Set<String> {
            let marker = "content/marker-\(UUID().uuidString).md"
            try? write(marker, "x")
            return await waitFor([marker]).subtracting([marker])
        }
    }

    @Test func reportsAnEditInPlace() async throws {
        let site = try WatchedSite()
        let handle = try #require(FileHandle(forWritingAtPath: site.path("content/en/a.md")))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("---\ntitle: A2\n---\n".utf8))
        try handle.close()
        #expect(await site.waitFor(["content/en/a.md"]).contains("content/en/a.md"))
    }

    @Test func aSaveByRenameReportsTheSavedFileNotTheTemporaryOne() async throws {
        let site = try WatchedSite()
        try site.write("content/en/.a.md.tmp-1234", "---\ntitle: A3\n---\n")
        try site.write("content/en/a.md.swp", "swap")
        try site.write("content/en/a.md~", "backup")
        _ = rename(site.path("content/en/.a.md.tmp-1234"), site.path("content/en/a.md"))
        let seen = await site.waitFor(["content/en/a.md"])
        let rest = await site.drain()
        #expect(seen.union(rest) == ["content/en/a.md"])
    }

    @Test func reportsNewDeletedAndRenamedFiles() async throws {
        let site = try WatchedSite()
        try site.write("content/en/billing/new.md", "---\ntitle: New\n---\n")
        #expect(await site.waitFor(["content/en/billing/new.md"]).contains("content/en/billing/new.md"))
        try FileManager.default.moveItem(atPath: site.path("content/en/billing/new.md"), toPath: site.path("content/en/billing/renamed.md"))
        let renamed = await site.waitFor(["content/en/billing/new.md", "content/en/billing/renamed.md"])
        #expect(renamed.isSuperset(of: ["content/en/billing/new.md", "content/en/billing/renamed.md"]))
        try FileManager.default.removeItem(atPath: site.path("content/en/billing/renamed.md"))
        #expect(await site.waitFor(["content/en/billing/renamed.md"]).contains("content/en/billing/renamed.md"))
    }

    @Test func watchesNewFoldersAndTheirFiles() async throws {
        let site = try WatchedSite()
        try FileManager.default.createDirectory(atPath: site.path("content/en/guides/setup"), withIntermediateDirectories: true)
        _ = await site.waitFor(["content/en/guides"])
        try site.write("content/en/guides/setup/first.md", "---\ntitle: First\n---\n")
        #expect(await site.waitFor(["content/en/guides/setup/first.md"]).contains("content/en/guides/setup/first.md"))
    }

    @Test func followsRenamedAndDeletedFolders() async throws {
        let site = try WatchedSite()
        try FileManager.default.moveItem(atPath: site.path("content/en/billing"), toPath: site.path("content/en/payments"))
        let moved = await site.waitFor(["content/en/billing", "content/en/payments"])
        #expect(moved.isSuperset(of: ["content/en/billing", "content/en/payments"]))
        try site.write("content/en/payments/card.md", "---\ntitle: Card\n---\n")
        #expect(await site.waitFor(["content/en/payments/card.md"]).contains("content/en/payments/card.md"))
        try FileManager.default.removeItem(atPath: site.path("content/en/payments"))
        #expect(await site.waitFor(["content/en/payments"]).contains("content/en/payments"))
        // A folder made again under the old name is watched again.
        try FileManager.default.createDirectory(atPath: site.path("content/en/payments"), withIntermediateDirectories: true)
        _ = await site.waitFor(["content/en/payments"])
        try site.write("content/en/payments/again.md", "x")
        #expect(await site.waitFor(["content/en/payments/again.md"]).contains("content/en/payments/again.md"))
    }

    @Test func watchesTheConfigFilesAndThemesButNothingElse() async throws {
        let site = try WatchedSite()
        try site.write("notes.txt", "not part of the site")
        try FileManager.default.createDirectory(atPath: site.path("public"), withIntermediateDirectories: true)
        try site.write("public/index.html", "output")
        try site.write("deskbook.yml", "title: Help 2\n")
        try site.write("intake.yml", "languages: [en]\n")
        try site.write("themes/default/templates/article.mustache", "{{page.title}}")
        let seen = await site.waitFor(["deskbook.yml", "intake.yml", "themes/default/templates/article.mustache"])
        #expect(seen.union(await site.drain()) == ["deskbook.yml", "intake.yml", "themes/default/templates/article.mustache"])
    }

    @Test func aWatchedFolderDeletedAndMadeAgainIsWatched() async throws {
        let site = try WatchedSite()
        try FileManager.default.removeItem(atPath: site.path("themes"))
        _ = await site.waitFor(["themes"])
        try FileManager.default.createDirectory(atPath: site.path("themes/custom/assets"), withIntermediateDirectories: true)
        _ = await site.waitFor(["themes"])
        try site.write("themes/custom/assets/site.css", "body{}")
        #expect(await site.waitFor(["themes/custom/assets/site.css"]).contains("themes/custom/assets/site.css"))
    }

    /// Other tests run alongside and open files too, so the check allows some noise: a watcher that kept its
    /// three descriptors would leave about 190 open after 64 rounds (or run out of inotify instances first).
    @Test func stoppingEndsTheStreamAndClosesItsDescriptors() async throws {
        let before = Self.openDescriptors()
        for _ in 0..<64 {
            let root = NSTemporaryDirectory() + "deskbook-watch-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: root + "/content/en", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: root) }
            let watcher = try FileWatcher(root: root)
            watcher.stop()
            for await _ in watcher.changes {}
            #expect(throws: FileWatcherError.self) { try FileWatcher(root: root + "/missing") }
        }
        #expect(Self.openDescriptors() - before < 32)
    }

    @Test func temporaryNames() {
        for name in [".a.md.swp", "a.md~", "#a.md#", ".#a.md", "4913", "a.md.tmp", "a.md___jb_tmp___", ".hidden.md"] {
            #expect(FileWatcher.isTemporary(name: name), "\(name)")
        }
        for name in ["a.md", "_index.md", "style.css", "en"] {
            #expect(!FileWatcher.isTemporary(name: name), "\(name)")
        }
    }

    static func openDescriptors() -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).count
    }
}
