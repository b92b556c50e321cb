import DeskbookCore
import DeskbookSite
import Foundation
import Testing

/// A build of hostile content reads only the site folder and the built-in themes, and changes only its output
/// folder and the output's hidden siblings (staging, previous, lock, manifest), whatever the content tries.
@Suite struct BuildConfinementTests {
    /// A temporary folder holding a site, a secret beside it and the place the site is published to.
    final class World {
        let root: String
        var site: String { root + "/site" }
        var secret: String { root + "/secret" }
        var output: String { root + "/published/help" }
        let token = "SECRET-" + UUID().uuidString

        init() throws {
            root = try #require(LocalFileSystem().realPath(NSTemporaryDirectory())) + "/deskbook-world-" + UUID().uuidString
            try write("secret/token.txt", token)
            try write("secret/token.md", "---\ntitle: Leak\n---\n\(token)\n")
            try write("secret/static/leak.txt", token)
            try write("site/deskbook.yml", "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n")
            try FileManager.default.createDirectory(atPath: root + "/published", withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func write(_ path: String, _ text: String) throws {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }

        func link(_ path: String, to target: String) throws {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: target)
        }

        func build(_ fileSystem: RecordingFileSystem) async -> BuildReport {
            let options = BuildOptions(source: site, output: output, builtinThemes: TemporarySite.repositoryRoot + "/themes", keepGoing: true)
            return await SiteBuilder(fileSystem: fileSystem, now: { Date(timeIntervalSince1970: 1_790_000_000) }).build(options)
        }

        /// Every file under the output folder, as text.
        func published() -> [String] {
            let files = FileManager.default.enumerator(atPath: output)?.compactMap { $0 as? String } ?? []
            return files.compactMap { try? String(contentsOfFile: output + "/" + $0, encoding: .utf8) }
        }
    }

    static let builtinThemes = LocalFileSystem().realPath(TemporarySite.repositoryRoot + "/themes") ?? ""

    /// The output folder, its staging and previous siblings, its lock file and its write manifest.
    static func outputPaths(_ world: World) -> [String] {
        let parent = world.root + "/published"
        return [world.output, parent + "/.help.deskbook-staging", parent + "/.help.deskbook-previous", parent + "/.help.deskbook-lock", parent + "/.help.deskbook-manifest"]
    }

    static func outside(_ paths: Set<String>, _ allowed: [String]) -> [String] {
        paths.filter { path in !allowed.contains { Path.isInside(path, $0) } }.sorted()
    }

    /// Ways a site's files try to reach outside it, each built on its own so that none stops the build before
    /// the others are tried.
    enum Hostility: CaseIterable, Sendable {
        case content, theme, intake

        func plant(in world: World) throws {
            switch self {
            case .content:
                try world.write("site/content/en/env.md", "---\ntitle: Env\n---\n{{< snippet \"env\" >}}\n\n{{< snippet \"token\" >}}\n")
                try world.link("site/content/en/_snippets/env.md", to: "/proc/self/environ")
                try world.link("site/content/en/_snippets/token.md", to: world.secret + "/token.txt")
                try world.link("site/content/en/passwd.md", to: "/etc/passwd")
                try world.link("site/content/en/leak.md", to: world.secret + "/token.md")
                try world.link("site/content/en/secrets", to: world.secret)
                try world.link("site/content/en/up", to: "../../..")
                try world.link("site/content/en/broken.md", to: world.root + "/nothing.md")
                try world.link("site/content/en/loop.md", to: "loop.md")
                try world.write("site/content/en/-../-../-../-../pwned.md", "---\ntitle: Pwned\naliases: ['/../../../../escape/']\n---\nBody\n")
                try world.link("site/content/en/inside.md", to: "real.md")
            case .theme:
                try world.link("site/themes/default/static/leak.txt", to: world.secret + "/token.txt")
                try world.link("site/themes/default/assets/css/leak.css", to: world.secret + "/token.txt")
                try world.link("site/themes/default/i18n", to: world.secret)
            case .intake:
                try world.link("site/intake.yml", to: world.secret + "/token.txt")
            }
        }
    }

    @Test(arguments: Hostility.allCases)
    func hostileFilesStayInsideTheSiteAndTheOutput(_ hostility: Hostility) async throws {
        let world = try World()
        try world.write("site/content/en/_index.md", "---\ntitle: Home\n---\n")
        try world.write("site/content/en/real.md", "---\ntitle: Real\n---\nInside.\n")
        try hostility.plant(in: world)
        let site = try #require(LocalFileSystem().realPath(world.site))
        for _ in 0..<2 {
            let fileSystem = RecordingFileSystem()
            let report = await world.build(fileSystem)
            #expect(report.diagnostics.contains { $0.message.contains("symbolic link not followed") || $0.message.contains("outside \(site)") })
            #expect(Self.outside(fileSystem.reads, [site, Self.builtinThemes] + Self.outputPaths(world)) == [])
            #expect(Self.outside(fileSystem.changes, Self.outputPaths(world)) == [])
            #expect(!report.diagnostics.map(\.description).joined().contains(world.token))
        }
        #expect(!world.published().contains { $0.contains(world.token) })
        #expect(!FileManager.default.fileExists(atPath: world.root + "/escape"))
    }

    @Test func aThemeNameThatClimbsOutIsRefusedBeforeAnythingIsWritten() async throws {
        let world = try World()
        try world.write("site/deskbook.yml", "title: Help\nbase_url: /\nlanguages: [en]\ntheme: ../secret\n")
        try world.write("site/content/en/a.md", "---\ntitle: A\n---\n")
        let fileSystem = RecordingFileSystem()
        let report = await world.build(fileSystem)
        #expect(report.outcome == .configurationError)
        #expect(report.diagnostics.first?.location.line == 4)
        #expect(fileSystem.changes.isEmpty)
        #expect(Self.outside(fileSystem.reads, [try #require(LocalFileSystem().realPath(world.site))]) == [])
    }
}
