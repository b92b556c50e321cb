import DeskbookCore

/// Cuts a sequence of keyed items into runs of at most about `RankingParameters.shardBytes`, so that
/// a change to one item moves only the cuts near it (content-defined chunking, as rsync and backup
/// tools cut files into blocks).
///
/// A run ends before an item that would take it over the target size, or before an anchor: an item
/// whose key hashes below a share of `anchorBytes` proportional to the item's size, so that anchors
/// come about once per `anchorBytes` whatever the items' sizes. Whether an item is an anchor depends
/// on that item alone, so a changed item moves cuts only up to the next anchor: the runs after it,
/// and the files made of them, stay the same. Packing by size alone would shift every later cut.
enum StableCuts {
    /// About how many bytes lie between two anchors: more fills runs better, fewer keeps a change
    /// closer to its item.
    static let anchorBytes = 3 * RankingParameters.shardBytes

    /// The runs of items `0..<sizes.count`, in order, covering all of them; an empty sequence has none.
    static func runs(sizes: [Int], key: (Int) -> String, targetBytes: Int = RankingParameters.shardBytes) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        var filled = 0
        for index in sizes.indices {
            if index > start, filled + sizes[index] > targetBytes || isAnchor(key(index), size: sizes[index]) {
                runs.append(start..<index)
                (start, filled) = (index, 0)
            }
            filled += sizes[index]
        }
        if start < sizes.count { runs.append(start..<sizes.count) }
        return runs
    }

    /// Whether an item of `size` bytes with `key` starts a run whatever comes before it.
    static func isAnchor(_ key: String, size: Int) -> Bool {
        // FNV-1a mixes its last bytes poorly into the low bits; the multiply-shift spreads them.
        let mixed = (ContentHash.fnv1a(key.utf8) ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        return Int((mixed >> 33) % UInt64(anchorBytes)) < size
    }
}
