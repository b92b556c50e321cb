/// Why an index could not be read.
public enum SearchIndexError: Error, Equatable, CustomStringConvertible {
    /// No index for the language: `search/<lang>/index.json` is missing.
    case missingLanguage(String)
    /// A file the manifest names is missing or cannot be decoded.
    case corrupt(String)

    public var description: String {
        switch self {
        case .missingLanguage(let language): "there is no search index for language \"\(language)\""
        case .corrupt(let file): "the search index file \(file) is missing or damaged"
        }
    }
}
