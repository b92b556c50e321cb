import Foundation

/// A description whose meaning cannot be made out: too few known words in the prose a person wrote (outside
/// code fences and log lines), as in gibberish, a text typed in the wrong keyboard layout, or a pasted log
/// alone. Understood means at least `minKnown` known words, and known words at least `minPercent` percent of
/// the words of two or more letters.
public struct UnclearRule: Sendable, Hashable, Codable {
    public var minKnown: Int
    public var minPercent: Int
    /// The known-word filter of each script's language (`en` for Latin words, `ru` for Cyrillic ones).
    public var filters: [String: KnownWordFilter]

    private enum CodingKeys: String, CodingKey {
        case filters
        case minKnown = "min_known"
        case minPercent = "min_percent"
    }

    public init(minKnown: Int = 3, minPercent: Int = 60, filters: [String: KnownWordFilter] = KnownWords.filters) {
        self.minKnown = minKnown
        self.minPercent = minPercent
        self.filters = filters
    }
}

/// A Bloom filter of analysed terms: a term it lacks is surely unknown; one it holds is known, or, for about
/// one unknown term in eighteen, a false match.
public struct KnownWordFilter: Sendable, Hashable, Codable {
    /// The number of bits.
    public var size: Int
    /// The number of bits each term sets.
    public var hashes: Int
    /// The bits, least significant first within each byte; Base64 in JSON.
    public var bits: Data

    public init(size: Int, hashes: Int, bits: Data) {
        self.size = size
        self.hashes = hashes
        self.bits = bits
    }

    /// Whether `term` may be a known word.
    public func contains(_ term: String) -> Bool {
        guard size > 0, bits.count * 8 >= size else { return false }
        return KnownWords.positions(of: term, size: size, hashes: hashes).allSatisfy { position in
            bits[bits.startIndex + position >> 3] & (1 << UInt8(position & 7)) != 0
        }
    }
}
