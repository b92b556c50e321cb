import DeskbookMarkdown
import DeskbookSearch
import Foundation

/// Search by words and by meaning: the lexical engine's candidates and the nearest documents by cosine
/// similarity of the question's vector, fused (`RankFusion`). Used by `deskbook search`, `deskbook check` and
/// the service's `/api/search` and request submission.
///
/// Without a model, without a vector file for the language, or when the `gate` is full, it answers with the
/// lexical ranking alone and says so (`HybridAnswer.mode`, `.fallback`). Make one and reuse it: it keeps the
/// files it decoded, as `SearchEngine` does.
public struct HybridSearch: Sendable {
    public var lexical: SearchEngine
    public var embedder: (any TextEmbedder)?
    public var gate: ModelGate?
    public var fusion = RankFusion()
    /// Words of the question the model reads (`QueryText`).
    public var queryBudget = QueryText.defaultBudget
    private let load: @Sendable (String) throws -> Data
    private let files = VectorFiles()

    /// A search over the index files in `directory` (a built site's search/ folder).
    public init(directory: String, embedder: (any TextEmbedder)?, gate: ModelGate? = nil) {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        self.init(embedder: embedder, gate: gate) { path in try Data(contentsOf: root.appendingPathComponent(path)) }
    }

    /// A search over index files read by `load`, given paths relative to the search/ folder.
    public init(embedder: (any TextEmbedder)?, gate: ModelGate? = nil, load: @escaping @Sendable (String) throws -> Data) {
        self.lexical = SearchEngine(load: load)
        self.embedder = embedder
        self.gate = gate
        self.load = load
    }

    /// The vectors of `language`'s documents when the build wrote them with the same model.
    public func vectors(language: String) -> VectorFile? {
        guard let data = try? load(VectorFile.path(language: language)) else { return nil }
        return files.file(language, data: data)
    }

    /// The best `limit` results for `query`, best first. Throws `SearchIndexError` as `SearchEngine` does.
    public func search(_ query: String, language: String, limit: Int = 10, mode: SearchMode = .hybrid) throws -> HybridAnswer {
        let depth = max(limit, fusion.depth)
        let words = try lexical.search(query, language: language, limit: mode == .semantic ? 0 : (mode == .lexical ? limit : depth))
        func byWords(_ reason: String?) -> HybridAnswer {
            let results = words.prefix(limit).map {
                HybridResult(url: $0.url, title: $0.title, kind: $0.kind, excerpt: $0.excerpt, score: $0.score, similarity: nil, matched: $0.matched)
            }
            return HybridAnswer(results: Array(results), mode: .lexical, fallback: reason)
        }
        guard mode != .lexical, limit > 0 else { return byWords(nil) }
        guard let embedder else { return byWords("no model") }
        guard let file = vectors(language: language), file.model == embedder.modelID, file.dimension == embedder.dimension else {
            return byWords("the index has no vectors for \(language) from this model; build the site with semantic search on")
        }
        let text = QueryText.of(query, budget: queryBudget)
        let embedded: [[Float]]?
        if let gate {
            guard let outcome = gate.ifFree({ Result { try embedder.embed([text], as: .query) } }) else {
                return byWords("the model is busy")
            }
            embedded = try? outcome.get()
        } else {
            embedded = try? embedder.embed([text], as: .query)
        }
        guard let vector = embedded?.first else { return byWords("the model failed") }
        let neighbours = file.nearest(to: vector, limit: depth)
        let lexicalURLs = words.map(\.url)
        let order = mode == .semantic
            ? neighbours.map { file.documents[$0.index].url }
            : fusion.fuse(lexical: lexicalURLs, semantic: neighbours.map { file.documents[$0.index].url })
        let byURL = Dictionary(words.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        let row = files.rows(language, of: file)
        let results = order.prefix(limit).compactMap { url -> HybridResult? in
            let similarity = row[url].map { (Double(file.vectors[$0].similarity(to: vector)) * 1000).rounded() / 1000 }
            if let found = byURL[url] {
                return HybridResult(url: url, title: found.title, kind: found.kind, excerpt: found.excerpt, score: found.score, similarity: similarity, matched: found.matched)
            }
            guard let index = row[url] else { return nil }
            let document = file.documents[index]
            return HybridResult(
                url: url, title: document.title, kind: document.kind, excerpt: HTMLEscape.text(document.excerpt),
                score: 0, similarity: similarity
            )
        }
        return HybridAnswer(results: results, mode: mode, fallback: nil)
    }
}

/// Decoded vector files by language, decoded again only when their bytes change.
final class VectorFiles: @unchecked Sendable {
    private struct Entry {
        var data: Data
        var file: VectorFile
        var rows: [String: Int]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    func file(_ language: String, data: Data) -> VectorFile? {
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[language], entry.data == data { return entry.file }
        guard let file = VectorFile.decode(data) else { return nil }
        let rows = Dictionary(file.documents.enumerated().map { ($1.url, $0) }, uniquingKeysWith: { first, _ in first })
        entries[language] = Entry(data: data, file: file, rows: rows)
        return file
    }

    /// The row of each URL in the file last decoded for `language`.
    func rows(_ language: String, of file: VectorFile) -> [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        return entries[language]?.rows ?? [:]
    }
}
