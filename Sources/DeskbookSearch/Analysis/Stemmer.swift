/// A Snowball stemmer from libstemmer, the reference that `stem(word, lang)` in search.js matches.
public struct Stemmer: Sendable {
    /// A libstemmer algorithm.
    public enum Algorithm: String, Sendable {
        /// Snowball "english" (Porter2).
        case english
        /// Snowball "russian".
        case russian
    }

    public let algorithm: Algorithm

    public init(_ algorithm: Algorithm) {
        self.algorithm = algorithm
    }

    /// The stemmer for a language code: "en" or "ru", nil for any other.
    public init?(language: String) {
        switch language {
        case "en": self.init(.english)
        case "ru": self.init(.russian)
        default: return nil
        }
    }

    /// The stem of one lowercase word. Each call makes a libstemmer stemmer of its own (they are not
    /// thread-safe); `TextAnalyzer` keeps one per call for a whole text.
    public func stem(_ word: String) -> String {
        LibStemmer(algorithm).stem(word)
    }
}
