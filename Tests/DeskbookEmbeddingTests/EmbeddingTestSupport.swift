import DeskbookEmbedding
import DeskbookSearch
import Foundation

/// A model for tests: each text's vector counts which of a few topic words (and their synonyms) it contains,
/// so "jab" and "vaccine" land together without sharing a letter; it counts the texts it embeds.
final class CountingEmbedder: TextEmbedder, @unchecked Sendable {
    let modelID = "counting-test-model"
    let dimension = 4
    private let lock = NSLock()
    private var counted: [EmbeddingRole: Int] = [:]

    /// Each dimension's words.
    static let topics: [[String]] = [["vaccine", "jab", "shot"], ["fever", "temperature"], ["invoice", "bill"], ["password", "login"]]

    func embed(_ texts: [String], as role: EmbeddingRole) throws -> [[Float]] {
        lock.withLock { counted[role, default: 0] += texts.count }
        return texts.map { text in
            let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            var vector = Self.topics.map { topic in Float(topic.filter(words.contains).count) }
            vector.append(0)
            vector = Array(vector.prefix(dimension))
            let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return length > 0 ? vector.map { $0 / length } : [0.5, 0.5, 0.5, 0.5]
        }
    }

    func count(_ role: EmbeddingRole) -> Int { lock.withLock { counted[role] ?? 0 } }
}

func document(_ url: String, _ title: String, body: String = "", language: String = "en") -> SearchDocument {
    SearchDocument(language: language, url: url, title: title, kind: "article", headings: [], description: "", body: body, excerpt: body)
}

/// A site's lexical index and vectors in memory, and a search over them.
struct BuiltSearch {
    var files: [String: Data]

    init(_ documents: [SearchDocument], embedder: any TextEmbedder, cache: EmbeddingCache) async throws {
        let index = await SearchIndexBuilder(synonyms: Synonyms.forSite([:], includingBuiltin: false)).build(documents)
        files = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.data) })
        for file in try await SemanticIndexer(embedder: embedder, cache: cache).files(for: documents) {
            files[file.path] = file.data
        }
    }

    func search(embedder: (any TextEmbedder)?, gate: ModelGate? = nil) -> HybridSearch {
        let files = self.files
        return HybridSearch(embedder: embedder, gate: gate) { path in
            guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
            return data
        }
    }
}
