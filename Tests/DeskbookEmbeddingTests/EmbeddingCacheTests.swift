import DeskbookCore
import DeskbookEmbedding
import Foundation
import Testing

@Suite struct EmbeddingCacheTests {
    @Test func anUnchangedPassageIsNeverEmbeddedTwiceEvenByANewProcess() throws {
        let fileSystem = MemoryFileSystem()
        let embedder = CountingEmbedder()
        let first = try EmbeddingCache(source: "site", fileSystem: fileSystem)
            .vectors(for: ["Vaccine side effects", "Reset a password"], embedder: embedder)
        #expect(embedder.count(.passage) == 2)
        // A new cache reads the file the first one wrote, as the next `deskbook build` does.
        let again = try EmbeddingCache(source: "site", fileSystem: fileSystem)
            .vectors(for: ["Vaccine side effects", "Reset a password"], embedder: embedder)
        #expect(embedder.count(.passage) == 2)
        #expect(again == first)
    }

    @Test func onlyAnEditedPassageIsEmbeddedAgain() throws {
        let fileSystem = MemoryFileSystem()
        let embedder = CountingEmbedder()
        let cache = EmbeddingCache(source: "site", fileSystem: fileSystem)
        _ = try cache.vectors(for: ["Vaccine side effects", "Reset a password", "Pay an invoice"], embedder: embedder)
        _ = try cache.vectors(for: ["Vaccine side effects", "Reset a forgotten password", "Pay an invoice"], embedder: embedder)
        #expect(embedder.count(.passage) == 4)
        _ = try EmbeddingCache(source: "site", fileSystem: fileSystem)
            .vectors(for: ["Vaccine side effects", "Reset a forgotten password", "Pay an invoice"], embedder: embedder)
        #expect(embedder.count(.passage) == 4)
    }

    @Test func aDamagedCacheFileIsReadAsEmpty() throws {
        let fileSystem = MemoryFileSystem()
        try fileSystem.createDirectory("site/.deskbook/embeddings")
        try fileSystem.write(Data("not a cache".utf8), to: "site/.deskbook/embeddings/counting-test-model.bin")
        let embedder = CountingEmbedder()
        let vectors = try EmbeddingCache(source: "site", fileSystem: fileSystem).vectors(for: ["Pay an invoice"], embedder: embedder)
        #expect(vectors.count == 1)
        #expect(embedder.count(.passage) == 1)
    }
}
