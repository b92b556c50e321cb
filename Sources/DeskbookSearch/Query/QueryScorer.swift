/// Step 3 of a query (see SearchIndexBuilder.swift): sums, over the match groups of a query, each
/// document's best weighted impact in the group.
struct QueryScorer {
    private(set) var scores: [Int: Int] = [:]

    /// Adds one group: the matches of one query term, or the pair terms of two adjacent ones.
    mutating func add(_ group: [TermMatch], in files: inout IndexFiles) throws {
        var best: [Int: Int] = [:]
        for match in group {
            guard let postings = try files.shard(for: match.term).postings(of: match.term) else { continue }
            for (document, impact) in zip(postings.documents, postings.impacts) {
                let score = match.weight * Int(impact)
                if score > best[document] ?? 0 { best[document] = score }
            }
        }
        for (document, score) in best { scores[document, default: 0] += score }
    }

    /// The best `limit` documents with their scores, highest first, ties to the lower id.
    func top(_ limit: Int) -> [(document: Int, score: Int)] {
        scores.map { ($0.key, $0.value) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(max(0, limit))
            .map { (document: $0.0, score: $0.1) }
    }
}
