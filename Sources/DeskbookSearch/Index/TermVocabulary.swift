/// The terms of one language's index with integer ids, kept from one build to the next: a term keeps
/// its id, a new term gets the next one, so the analyses of unchanged documents stay valid. It also
/// keeps what the index layout needs of each term, worked out once: the UTF-8 order of all terms,
/// each term's bucket and middle (`TermKeys`), and whether it is a pair term.
///
/// Ids are internal: the files list terms in UTF-8 order, so they do not depend on the ids.
struct TermVocabulary: Sendable {
    private(set) var terms: [String] = []
    private var ids: [String: Int32] = [:]
    /// Every term id, in UTF-8 order of the terms, and each id's position in that order.
    private(set) var order: [Int32] = []
    private(set) var ranks: [Int32] = []
    /// For each term id: its UTF-8 length, whether it is a pair, its bucket and its middle (-1 for
    /// none), as indexes of `bucketKeys` and `middleKeys`.
    private(set) var byteCounts: [Int] = []
    private(set) var isPair: [Bool] = []
    private(set) var buckets: [Int32] = []
    private(set) var middles: [Int32] = []
    private(set) var bucketKeys: [String] = []
    private(set) var middleKeys: [String] = []
    private var bucketIDs: [String: Int32] = [:]
    private var middleIDs: [String: Int32] = [:]

    var count: Int { terms.count }

    /// The ids of `newTerms` (the terms of a batch vocabulary, in its id order), adding those not
    /// known yet.
    mutating func ids(of batchTerms: [String]) -> [Int32] {
        var added: [Int32] = []
        let result = batchTerms.map { term in
            if let id = ids[term] { return id }
            let id = Int32(terms.count)
            ids[term] = id
            terms.append(term)
            added.append(id)
            describe(term)
            return id
        }
        if !added.isEmpty { place(added) }
        return result
    }

    /// The id of a known term.
    func id(of term: String) -> Int32? { ids[term] }

    private mutating func describe(_ term: String) {
        byteCounts.append(term.utf8.count)
        isPair.append(TermKeys.isPair(term))
        buckets.append(Self.intern(TermKeys.bucket(of: term), &bucketKeys, &bucketIDs))
        middles.append(TermKeys.isPair(term) ? -1 : TermKeys.middle(of: term).map { Self.intern($0, &middleKeys, &middleIDs) } ?? -1)
    }

    /// Merges the new terms into `order`.
    private mutating func place(_ added: [Int32]) {
        let sorted = added.sorted { TermKeys.precedes(terms[Int($0)], terms[Int($1)]) }
        defer {
            ranks = [Int32](repeating: 0, count: terms.count)
            for (rank, id) in order.enumerated() { ranks[Int(id)] = Int32(rank) }
        }
        guard !order.isEmpty else {
            order = sorted
            return
        }
        var merged: [Int32] = []
        merged.reserveCapacity(order.count + sorted.count)
        var next = 0
        for id in sorted {
            // The first known term after `id`, found by binary search from where the last one went.
            var (low, high) = (next, order.count)
            while low < high {
                let middle = (low + high) / 2
                if TermKeys.precedes(terms[Int(order[middle])], terms[Int(id)]) { low = middle + 1 } else { high = middle }
            }
            merged += order[next..<low]
            merged.append(id)
            next = low
        }
        merged += order[next...]
        order = merged
    }

    private static func intern(_ key: String, _ keys: inout [String], _ ids: inout [String: Int32]) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(keys.count)
        keys.append(key)
        ids[key] = id
        return id
    }
}
