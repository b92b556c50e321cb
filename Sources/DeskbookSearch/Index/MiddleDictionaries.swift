/// The middle dictionaries of one language: every word that typo correction may find, with its
/// posting count, grouped by middle (see `TermKeys.middle`) into files of about
/// `RankingParameters.shardBytes`. A group is never split, so each middle is in one file.
struct MiddleDictionaries {
    /// Each file's first middle ("" for the first file) and its words in term order.
    private(set) var files: [(key: String, words: [(term: String, count: Int)])] = []

    init(_ entries: [(term: String, postings: Postings)], targetBytes: Int = RankingParameters.shardBytes) {
        let words = entries.compactMap { entry -> (middle: String, term: String, count: Int)? in
            guard !TermKeys.isPair(entry.term), let middle = TermKeys.middle(of: entry.term) else { return nil }
            return (middle, entry.term, entry.postings.documents.count)
        }.sorted { $0.middle != $1.middle ? TermKeys.precedes($0.middle, $1.middle) : TermKeys.precedes($0.term, $1.term) }
        var key = ""
        var current: [(term: String, count: Int)] = []
        var size = 0
        var start = 0
        while start < words.count {
            let middle = words[start].middle
            let end = words[start...].firstIndex { $0.middle != middle } ?? words.count
            let groupSize = words[start..<end].reduce(0) { $0 + $1.term.utf8.count + 2 }
            if !current.isEmpty, size + groupSize > targetBytes {
                append(key, current)
                (key, current, size) = (middle, [], 0)
            }
            current += words[start..<end].map { ($0.term, $0.count) }
            size += groupSize
            start = end
        }
        append(key, current)
    }

    private mutating func append(_ key: String, _ words: [(term: String, count: Int)]) {
        files.append((key, words.sorted { TermKeys.precedes($0.term, $1.term) }))
    }
}
