import DeskbookCore
import DeskbookSite
import Foundation
import Testing

/// `deskbook theme eject`: the built-in theme written out, never over a file unless asked to.
struct ThemeEjectorTests {
    @Test func ejectWritesEveryFileOfTheBuiltInTheme() throws {
        let fileSystem = MemoryFileSystem()
        let written = try ThemeEjector(fileSystem: fileSystem).write(into: "site/themes/default")
        let files = BuiltinThemes.defaultThemeFiles
        #expect(written == files.keys.sorted().map { "site/themes/default/" + $0 })
        for (path, data) in files {
            #expect(try fileSystem.contents(of: "site/themes/default/" + path) == data)
        }
    }

    @Test func existingFilesAreConflictsUnlessOverwriting() throws {
        let fileSystem = MemoryFileSystem(files: ["t/templates/base.mustache": "mine", "t/notes.txt": "kept"])
        let ejector = ThemeEjector(fileSystem: fileSystem)
        let conflicts = ejector.conflicts(in: "t", overwrite: false)
        #expect(conflicts.map(\.description) == ["t/templates/base.mustache:1:1: error: the file already exists"])
        #expect(ejector.conflicts(in: "t", overwrite: true).isEmpty)
        try ejector.write(into: "t")
        #expect(try fileSystem.contents(of: "t/templates/base.mustache") == BuiltinThemes.defaultThemeFiles["templates/base.mustache"])
        #expect(try fileSystem.contents(of: "t/notes.txt") == Data("kept".utf8))
    }

    @Test func aFolderWhereAFileGoesIsAlwaysAConflict() throws {
        let fileSystem = MemoryFileSystem(files: ["t/templates/base.mustache/inner.txt": "x"])
        let conflicts = ThemeEjector(fileSystem: fileSystem).conflicts(in: "t", overwrite: true)
        #expect(conflicts.map(\.description) == ["t/templates/base.mustache:1:1: error: a folder is in the way of the theme file"])
    }

    @Test func aFileThatCannotBeWrittenIsAnErrorAtItsPath() throws {
        let root = NSTemporaryDirectory() + "deskbook-eject-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: root + "/blocker"))
        let error = try #require(throws: DiagnosticList.self) { try ThemeEjector().write(into: root + "/blocker/theme") }
        // The first file written (in path order) is the one that fails.
        let first = try #require(BuiltinThemes.defaultThemeFiles.keys.sorted().first)
        #expect(first.hasPrefix("assets/css/"))
        #expect(error.diagnostics.map(\.description) == [root + "/blocker/theme/" + first + ":1:1: error: could not write the file: Not a directory"])
    }
}
