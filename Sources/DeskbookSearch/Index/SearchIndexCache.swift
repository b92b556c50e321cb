/// What one build of the search index keeps for the next, so that a rebuild after an edit analyses and
/// scores only the documents whose text changed (`SearchIndexBuilder.build(_:reusing:)`): each
/// document's terms, found by its text, each language's vocabulary and its scored postings. A value
/// like any other: a build takes one and returns the next, and the files never depend on it (a build
/// from an empty cache gives the same files).
public struct SearchIndexCache: Sendable {
    /// The synonyms the analyses were made with: other synonyms start from nothing.
    var synonyms: Synonyms?
    var languages: [String: LanguageAnalysis] = [:]
    /// The documents' languages and URLs as given to the last build, and their order in the index: the same
    /// documents in the same order are not sorted again.
    var order: (keys: [OrderKey], permutation: [Int])?

    /// What a document is ordered by.
    struct OrderKey: Equatable, Sendable {
        var language: String
        var url: String
    }

    /// An empty cache: the next build analyses every document.
    public init() {}
}

/// One language's documents as the last build analysed and scored them, and the vocabulary their
/// term ids refer to.
struct LanguageAnalysis: Sendable {
    var vocabulary = TermVocabulary()
    /// The documents' texts and terms, in id order.
    var texts: [AnalyzedText] = []
    var terms: [DocumentTerms] = []
    var scoring: ImpactScorer.State?
    var files = IndexFileSet()
    /// The documents' rows in the chunk files, in id order, with the documents they were cut from.
    var rows: [DocumentRow] = []
    var rowSources: [DocumentRow] = []
}

/// The fields of a document its terms come from. Hashed by a fingerprint of their UTF-8 bytes (Swift
/// hashes strings code point by code point, normalising them), only for a document whose text is not at
/// its previous position.
struct AnalyzedText: Hashable, Sendable {
    let title: String
    let headings: [String]
    let description: String
    let body: String

    init(_ document: SearchDocument) {
        title = document.title
        headings = document.headings
        description = document.description
        body = document.body
    }

    func hash(into hasher: inout Hasher) {
        var fingerprint = TextFingerprint()
        for field in [title, description, body] + headings { fingerprint.add(field) }
        hasher.combine(fingerprint.value)
    }
}

/// A fast 64-bit hash of strings' UTF-8 bytes, eight at a time, for in-memory keys (not stored).
struct TextFingerprint {
    private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return mix(0) }
            var offset = 0
            while offset + 8 <= bytes.count {
                mix(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            while offset < bytes.count {
                tail = tail << 8 | UInt64(bytes[offset])
                offset += 1
            }
            mix(tail)
            mix(UInt64(bytes.count))
        }
    }

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 29
    }
}
