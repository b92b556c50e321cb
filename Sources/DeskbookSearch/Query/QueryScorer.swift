/// Step 3 of a query (see SearchIndexBuilder.swift): sums, over the match groups of a query, each
/// document's best weighted impact in the group.
///
/// Scores live in arrays indexed by document id (ids run from 0 below the manifest's document count), not
/// in dictionaries: hashing every posting was most of a query's time once the index files are cached.
struct QueryScorer {
    /// Each document's score so far; 0 for a document no group matched (every match scores at least 1).
    private var totals: [Int]
    /// The documents with a score, in the order they got one.
    private var scored: [Int] = []
    /// How many term groups (not pair groups) each document matched.
    private var matchedTerms: [Int]
    /// The current group's best score per document, and the documents that have one.
    private var best: [Int]
    private var touched: [Int] = []

    /// A scorer for an index of `documents` documents (a larger id still works: the arrays grow).
    init(documents: Int = 0) {
        totals = Array(repeating: 0, count: max(0, documents))
        best = totals
        matchedTerms = totals
    }

    /// Adds one group: the matches of one query term, or the pair terms of two adjacent ones (`isPair`).
    mutating func add(_ group: [TermMatch], isPair: Bool = false, in files: inout IndexFiles) throws {
        for match in group {
            guard let postings = try files.shard(for: match.term).postings(of: match.term) else { continue }
            for (document, impact) in zip(postings.documents, postings.impacts) {
                let score = match.weight * Int(impact)
                if document >= best.count { grow(to: document + 1) }
                if score > best[document] {
                    if best[document] == 0 { touched.append(document) }
                    best[document] = score
                }
            }
        }
        for document in touched {
            if totals[document] == 0 { scored.append(document) }
            totals[document] += best[document]
            if !isPair { matchedTerms[document] += 1 }
            best[document] = 0
        }
        touched.removeAll(keepingCapacity: true)
    }

    /// The best `limit` documents with their scores, highest first, ties to the lower id. Any limit is safe: one
    /// below 1 gives none, one beyond the scored documents gives them all; nothing is sized by the limit itself.
    func top(_ limit: Int) -> [(document: Int, score: Int)] {
        let limit = min(max(0, limit), scored.count)
        guard limit > 0 else { return [] }
        func precedes(_ a: (document: Int, score: Int), _ b: (document: Int, score: Int)) -> Bool {
            a.score != b.score ? a.score > b.score : a.document < b.document
        }
        // A query scores thousands of documents and shows 5-10: a sorted selection of the best few is the
        // fastest; for a long list it would cost documents × limit, and sorting them all is cheaper.
        guard limit <= Self.maxSelection else {
            return Array(scored.map { (document: $0, score: totals[$0]) }.sorted(by: precedes).prefix(limit))
        }
        var kept: [(document: Int, score: Int)] = []
        kept.reserveCapacity(limit + 1)
        for document in scored {
            let entry = (document: document, score: totals[document])
            if kept.count == limit, let last = kept.last, !precedes(entry, last) { continue }
            var index = kept.count
            while index > 0, precedes(entry, kept[index - 1]) { index -= 1 }
            kept.insert(entry, at: index)
            if kept.count > limit { kept.removeLast() }
        }
        return kept
    }

    /// How many of the query's terms `document` matched (any of each term's matches).
    func matched(_ document: Int) -> Int {
        document < matchedTerms.count ? matchedTerms[document] : 0
    }

    /// The longest list `top` picks by selection rather than by sorting every scored document.
    private static let maxSelection = 64

    private mutating func grow(to count: Int) {
        totals += Array(repeating: 0, count: count - totals.count)
        best += Array(repeating: 0, count: count - best.count)
        matchedTerms += Array(repeating: 0, count: count - matchedTerms.count)
    }
}
