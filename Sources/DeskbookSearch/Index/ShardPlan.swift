/// Packs one language's sorted terms into shards of about `RankingParameters.shardBytes`.
///
/// Whole buckets (see `TermKeys.bucket`) are packed together in term order, so that a bucket that
/// fits in a shard has all its words in one file, where typo and prefix matching look for them. A
/// bucket bigger than a shard is split over shards of its own at word boundaries (never between a
/// word and its pair terms) and gets a dictionary: all its words with their posting counts.
struct ShardPlan {
    typealias Entry = (term: String, postings: Postings)

    struct Shard {
        /// The smallest key of the shard (see `SearchManifest.shards`): "" for the first, else the
        /// bucket it starts with, or the first word of a part of a split bucket.
        var key: String
        var entries: ArraySlice<Entry>
    }

    /// A whole bucket, or a part of a split one.
    private struct Piece {
        var key: String
        var range: Range<Int>
        var size: Int
        var isWholeBucket: Bool
    }

    private(set) var shards: [Shard] = []
    /// Split buckets with their words and posting counts, in term order.
    private(set) var dictionaries: [(bucket: String, words: [(term: String, count: Int)])] = []

    init(_ entries: [Entry], targetBytes: Int = RankingParameters.shardBytes) {
        var pieces: [Piece] = []
        for (key, range) in Self.buckets(entries) {
            let size = range.reduce(0) { $0 + Self.size(of: entries[$1]) }
            if size <= targetBytes {
                pieces.append(Piece(key: key, range: range, size: size, isWholeBucket: true))
            } else {
                pieces += Self.split(entries, range, key: key, size: size, targetBytes: targetBytes)
                let words = entries[range].filter { !TermKeys.isPair($0.term) }.map { ($0.term, $0.postings.documents.count) }
                dictionaries.append((key, words))
            }
        }
        var current: Piece?
        for piece in pieces {
            if var packed = current, packed.isWholeBucket, piece.isWholeBucket, packed.size + piece.size <= targetBytes {
                packed.range = packed.range.lowerBound..<piece.range.upperBound
                packed.size += piece.size
                current = packed
            } else {
                if let packed = current { shards.append(Shard(key: packed.key, entries: entries[packed.range])) }
                current = piece
            }
        }
        if let packed = current { shards.append(Shard(key: packed.key, entries: entries[packed.range])) }
        if shards.isEmpty { shards.append(Shard(key: "", entries: [])) }
        shards[0].key = ""
    }

    /// A bucket cut into parts of about equal size, each starting with a word.
    private static func split(_ entries: [Entry], _ range: Range<Int>, key: String, size: Int, targetBytes: Int) -> [Piece] {
        let partSize = size / ((size + targetBytes - 1) / targetBytes)
        var pieces: [Piece] = []
        var start = range.lowerBound
        var filled = 0
        for index in range {
            if filled >= partSize, !TermKeys.isPair(entries[index].term) {
                pieces.append(Piece(key: pieces.isEmpty ? key : entries[start].term, range: start..<index, size: filled, isWholeBucket: false))
                (start, filled) = (index, 0)
            }
            filled += Self.size(of: entries[index])
        }
        pieces.append(Piece(key: pieces.isEmpty ? key : entries[start].term, range: start..<range.upperBound, size: filled, isWholeBucket: false))
        return pieces
    }

    /// The buckets of `entries`, in order, with their index ranges.
    private static func buckets(_ entries: [Entry]) -> [(key: String, range: Range<Int>)] {
        var buckets: [(key: String, range: Range<Int>)] = []
        var start = 0
        for index in entries.indices {
            let key = TermKeys.bucket(of: entries[index].term)
            if index + 1 == entries.count || TermKeys.bucket(of: entries[index + 1].term) != key {
                buckets.append((key, start..<index + 1))
                start = index + 1
            }
        }
        return buckets
    }

    /// An estimate of an entry's encoded size in bytes.
    private static func size(of entry: Entry) -> Int {
        entry.term.utf8.count + 2 + 2 * entry.postings.documents.count
    }
}
