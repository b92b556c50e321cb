/// Packs one language's terms into shards of at most about `RankingParameters.shardBytes`.
///
/// Whole buckets (see `TermKeys.bucket`) are packed together in term order, so that a bucket that
/// fits in a shard has all its words in one file, where typo and prefix matching look for them. A
/// bucket bigger than a shard is split over shards of its own at word boundaries (never between a
/// word and its pair terms) and gets a dictionary: all its words with their posting counts.
///
/// Where shards start is decided by `StableCuts`, buckets and words being the items, so that a change
/// to the postings of a few terms changes the shards holding them and not the ones after.
struct ShardPlan {
    struct Shard {
        /// The smallest key of the shard (see `SearchManifest.shards`): "" for the first, else the
        /// bucket it starts with, or the first word of a part of a split bucket.
        var key: String
        /// Indexes of the terms of `PostingLists`.
        var terms: Range<Int>
    }

    private(set) var shards: [Shard] = []
    /// Split buckets with the indexes of their words (not their pair terms), in term order.
    private(set) var dictionaries: [(bucket: String, words: [Int])] = []

    init(_ lists: PostingLists, vocabulary: TermVocabulary, targetBytes: Int = RankingParameters.shardBytes) {
        let buckets = Self.buckets(lists, vocabulary: vocabulary)
        var wholeBuckets: [(key: String, terms: Range<Int>, size: Int)] = []
        func packWholeBuckets() {
            for run in StableCuts.runs(sizes: wholeBuckets.map(\.size), key: { wholeBuckets[$0].key }, targetBytes: targetBytes) {
                let first = wholeBuckets[run.lowerBound]
                shards.append(Shard(key: first.key, terms: first.terms.lowerBound..<wholeBuckets[run.upperBound - 1].terms.upperBound))
            }
            wholeBuckets.removeAll()
        }
        for bucket in buckets {
            let size = bucket.terms.reduce(0) { $0 + Self.size(of: $1, lists, vocabulary) }
            if size <= targetBytes {
                wholeBuckets.append((bucket.key, bucket.terms, size))
                continue
            }
            packWholeBuckets()
            let words = bucket.terms.filter { !vocabulary.isPair[Int(lists.ids[$0])] }
            // A word with its pair terms, which follow it in term order.
            let starts = [bucket.terms.lowerBound] + words.filter { $0 > bucket.terms.lowerBound }
            let items = starts.indices.map { index in
                starts[index]..<(index + 1 < starts.count ? starts[index + 1] : bucket.terms.upperBound)
            }
            let sizes = items.map { $0.reduce(0) { $0 + Self.size(of: $1, lists, vocabulary) } }
            for (number, run) in StableCuts.runs(sizes: sizes, key: { lists.terms[items[$0].lowerBound] }, targetBytes: targetBytes).enumerated() {
                let key = number == 0 ? bucket.key : lists.terms[items[run.lowerBound].lowerBound]
                shards.append(Shard(key: key, terms: items[run.lowerBound].lowerBound..<items[run.upperBound - 1].upperBound))
            }
            dictionaries.append((bucket.key, words))
        }
        packWholeBuckets()
        if shards.isEmpty { shards.append(Shard(key: "", terms: 0..<0)) }
        shards[0].key = ""
    }

    /// The buckets of the terms, in order, with their index ranges.
    private static func buckets(_ lists: PostingLists, vocabulary: TermVocabulary) -> [(key: String, terms: Range<Int>)] {
        var buckets: [(key: String, terms: Range<Int>)] = []
        var start = 0
        for index in 0..<lists.count {
            let bucket = vocabulary.buckets[Int(lists.ids[index])]
            if index + 1 == lists.count || vocabulary.buckets[Int(lists.ids[index + 1])] != bucket {
                buckets.append((vocabulary.bucketKeys[Int(bucket)], start..<index + 1))
                start = index + 1
            }
        }
        return buckets
    }

    /// An estimate of a term's encoded size in bytes.
    private static func size(of index: Int, _ lists: PostingLists, _ vocabulary: TermVocabulary) -> Int {
        vocabulary.byteCounts[Int(lists.ids[index])] + 2 + 2 * lists.postingCount(index)
    }
}
