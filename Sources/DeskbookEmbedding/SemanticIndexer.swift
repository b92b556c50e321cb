import DeskbookCore
import DeskbookSearch
import Foundation

/// Embeds a build's search documents and writes them as one `VectorFile` per language, through an
/// `EmbeddingCache` so that only new or edited documents reach the model.
public struct SemanticIndexer: Sendable {
    public var embedder: any TextEmbedder
    public var cache: EmbeddingCache
    /// Characters of each passage (`PassageText`): deskbook.yml's `semantic_passage`.
    public var passageBudget: Int
    /// Characters of plain excerpt a result found by meaning only shows.
    static let excerptLength = 240

    public init(embedder: any TextEmbedder, cache: EmbeddingCache, passageBudget: Int = PassageText.defaultBudget) {
        self.embedder = embedder
        self.cache = cache
        self.passageBudget = passageBudget
    }

    /// `<lang>/vectors.bin` for each language of `documents`, paths relative to the search/ folder.
    public func files(for documents: [SearchDocument]) async throws -> [(path: String, data: Data)] {
        try await vectorFiles(for: documents).sorted { $0.key < $1.key }.map { (VectorFile.path(language: $0.key), $0.value.encoded()) }
    }

    /// The vector file of each language of `documents` (for `RelatedPages.byPage(in:)` too). Runs on a thread of
    /// its own: the engine keeps the cores busy, and the build's tasks keep theirs.
    public func vectorFiles(for documents: [SearchDocument]) async throws -> [String: VectorFile] {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try vectorFilesNow(for: documents) }) }.start()
        }
    }

    func vectorFilesNow(for documents: [SearchDocument]) throws -> [String: VectorFile] {
        let vectors = try cache.vectors(for: documents.map { PassageText.of($0, budget: passageBudget) }, embedder: embedder)
        var byLanguage: [String: (documents: [VectorFile.Document], vectors: [QuantizedVector])] = [:]
        for (document, vector) in zip(documents, vectors) {
            let excerpt = PassageText.cut(PassageText.collapsed(document.excerpt, upTo: Self.excerptLength), at: Self.excerptLength)
            byLanguage[document.language, default: ([], [])].documents.append(
                VectorFile.Document(url: document.url, title: document.title, kind: document.kind, excerpt: excerpt))
            byLanguage[document.language, default: ([], [])].vectors.append(vector)
        }
        return byLanguage.mapValues { entry in
            VectorFile(model: embedder.modelID, dimension: embedder.dimension, documents: entry.documents, vectors: entry.vectors)
        }
    }
}
