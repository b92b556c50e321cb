/// Which side of a search a text is on: the model embeds a question and an answer with different prefixes
/// ("query: " and "passage: " for multilingual-e5).
public enum EmbeddingRole: Sendable {
    case query
    case passage
}

/// Turns texts into unit vectors whose dot product says how close their meanings are. The build, the search
/// commands and the service depend on this protocol only; `E5Embedder` is the real model, tests count calls
/// through a fake.
public protocol TextEmbedder: Sendable {
    /// Names the model and its version: vectors of different models are never compared or cached together.
    var modelID: String { get }
    /// The length of every vector.
    var dimension: Int { get }
    /// One L2-normalised vector per text, in order.
    func embed(_ texts: [String], as role: EmbeddingRole) throws -> [[Float]]
}

/// Why a model could not embed.
public struct EmbeddingError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
