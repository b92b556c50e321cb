import DeskbookCore

/// Words and phrases to look for in a request, kept as analysed stems so inflected forms match.
///
/// Each entry is the term sequence of one configured word or phrase; a phrase matches when its terms appear
/// one after another in the analysed text. The analyzer picks stemming rules by each word's script, so English
/// and Russian entries live in one list.
public struct Keywords: Sendable, Hashable, Codable {
    /// Term sequences, one per configured entry.
    public let phrases: [[String]]
    /// The positions in `phrases` of the entries, by the key of their first term: long lists meet short texts,
    /// so a text is matched by looking up its own terms, not by trying every entry at every term.
    private let entriesByFirstTerm: [UInt64: [Int]]

    public init(_ phrases: [[String]] = []) {
        self.phrases = phrases
        var index: [UInt64: [Int]] = [:]
        for (position, phrase) in phrases.enumerated() {
            if let first = phrase.first { index[Self.key(first), default: []].append(position) }
        }
        entriesByFirstTerm = index
    }

    /// The positions in `phrases` of the entries that occur in `terms` from index `start`.
    func entries(startingAt start: Int, in terms: [String]) -> [Int] {
        guard terms.indices.contains(start), let candidates = entriesByFirstTerm[Self.key(terms[start])] else { return [] }
        return candidates.filter { Self.phrase(phrases[$0], occursAt: start, in: terms) }
    }

    /// True when `phrase` (not empty) occurs in `terms` from index `start`. Terms are fully normalized
    /// (`TextAnalyzer`), so equal terms have equal bytes, and comparing bytes skips the Unicode normalization
    /// that comparing or hashing a `String` does.
    static func phrase(_ phrase: [String], occursAt start: Int, in terms: [String]) -> Bool {
        !phrase.isEmpty && start >= 0 && start + phrase.count <= terms.count
            && terms[start..<(start + phrase.count)].elementsEqual(phrase) { $0.utf8.elementsEqual($1.utf8) }
    }

    /// A hash of a term's bytes (see `phrase(_:occursAt:in:)`).
    private static func key(_ term: String) -> UInt64 {
        ContentHash.fnv1a(term.utf8)
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// Every term of every entry, for whole-word lookups.
    public var terms: Set<String> { Set(phrases.joined()) }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([[String]].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(phrases)
    }
}
