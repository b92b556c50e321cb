@testable import DeskbookSearch
import Foundation
import Testing

/// A directory engine keeps each manifest between queries, yet sees a rebuilt one at the next query.
@Suite struct IndexFolderTests {
    @Test func aManifestIsKeptUntilItsFileChanges() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("index-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("en"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = root.appendingPathComponent("en/index.json")
        try Data("first".utf8).write(to: manifest)
        let folder = IndexFolder(directory: root.path)
        #expect(try folder.read("en/index.json") == Data("first".utf8))
        #expect(try folder.read("en/index.json") == Data("first".utf8))
        // A build replaces the file: the same length, another inode.
        try Data("again".utf8).write(to: manifest, options: .atomic)
        #expect(try folder.read("en/index.json") == Data("again".utf8))
        // Written in place with another length.
        let handle = try FileHandle(forWritingTo: manifest)
        try handle.write(contentsOf: Data("rewritten".utf8))
        try handle.close()
        #expect(try folder.read("en/index.json") == Data("rewritten".utf8))
        try FileManager.default.removeItem(at: manifest)
        #expect(throws: (any Error).self) { try folder.read("en/index.json") }
    }
}
