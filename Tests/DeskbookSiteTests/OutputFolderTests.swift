import DeskbookCore
@testable import DeskbookSite
import Foundation
import Testing

@Suite struct OutputFolderTests {
    static let site = MemoryFileSystem(files: [
        "site/deskbook.yml": "title: Help\n",
        "site/content/en/a.md": "A",
        "site/themes/default/static/x.txt": "x",
        "mine/.deskbook-output": "",
        "mine/index.html": "old",
        "theirs/notes.txt": "keep me",
        "file.txt": "a file",
    ])

    func locate(_ output: String) throws -> OutputFolder {
        try OutputFolder.locate(BuildOptions(source: "site", output: output), fileSystem: Self.site)
    }

    @Test func anOutputThatIsHoldsOrOverlapsAnInputIsRefused() {
        for output in ["site", ".", "", "site/..", "site/content", "site/content/en/new", "site/themes", "site/deskbook.yml", "site/intake.yml", "site/public/../content"] {
            #expect(throws: DiagnosticList.self, "\(output)") { try locate(output) }
        }
    }

    @Test func outputsBesideTheInputsAreResolvedWithTheirSiblings() throws {
        let folder = try locate("site/./public")
        #expect(folder.path == "site/public")
        #expect(folder.staging == "site/.public.deskbook-staging")
        #expect(folder.previous == "site/.public.deskbook-previous")
        #expect(folder.lockFile == "site/.public.deskbook-lock")
        #expect(try locate("elsewhere/help").path == "elsewhere/help")
    }

    @Test func onlyMissingEmptyOrMarkedFoldersAreReplaced() throws {
        try Self.site.createDirectory("empty")
        for output in ["missing", "empty", "mine"] {
            try locate(output).checkOwnership(Self.site)
        }
        for output in ["theirs", "file.txt"] {
            #expect(throws: DiagnosticList.self, "\(output)") { try locate(output).checkOwnership(Self.site) }
        }
    }

    @Test func filesWithClimbingPathsAreNeverWritten() async throws {
        let fileSystem = MemoryFileSystem()
        let output = AtomicOutput(fileSystem: fileSystem, folder: OutputFolder(path: "out/site"))
        for path in ["../escape.html", "en/../../escape.html", "/etc/escape", "en//a.html", ""] {
            await #expect(throws: FileSystemError.self, "\(path)") { try await output.write([OutputFile(path: path, text: "x")]) }
        }
        #expect(fileSystem.allFiles == [])
    }

    @Test func linksPlantedInThePublishedSiteAreRemovedNotWrittenThrough() async throws {
        let site = try TemporarySite(files: ["content/en/a.md": page("A")])
        let victim = site.root + "/victim.txt"
        try site.write("victim.txt", "untouched")
        #expect(await site.build().outcome == .built)
        for _ in 0..<2 {
            let index = site.output + "/en/a/index.html"
            try FileManager.default.removeItem(atPath: index)
            try FileManager.default.createSymbolicLink(atPath: index, withDestinationPath: victim)
            #expect(await site.build().outcome == .built)
        }
        #expect(site.read("victim.txt") == "untouched")
        #expect(site.read("public/en/a/index.html")?.contains("<h1") == true)
        #expect(FileManager.default.fileExists(atPath: site.output + "/" + OutputFolder.markerName))
    }
}
