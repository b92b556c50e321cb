import CStemmer

/// One libstemmer stemmer. libstemmer stemmers are not thread-safe, so an instance belongs to one
/// call at a time and is never shared.
final class LibStemmer {
    private let handle: OpaquePointer

    init(_ algorithm: Stemmer.Algorithm) {
        guard let handle = sb_stemmer_new(algorithm.rawValue, "UTF_8") else {
            fatalError("libstemmer has no \(algorithm.rawValue) stemmer")
        }
        self.handle = handle
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return "" }
            guard let stem = sb_stemmer_stem(handle, base, Int32(bytes.count)) else {
                fatalError("libstemmer ran out of memory")
            }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stem, count: length), as: UTF8.self)
        }
    }
}
