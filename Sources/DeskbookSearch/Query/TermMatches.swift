/// An index term that a query term matches, and the weight of that match.
struct TermMatch: Equatable {
    var term: String
    var weight: Int
}

/// Step 2 of a query (see SearchIndexBuilder.swift): the index terms each query term matches.
enum TermMatches {
    /// The matches of `term`: itself if the index has it; its completions if it is the prefix; its
    /// corrections if it has neither.
    static func of(_ term: String, isPrefix: Bool, in files: inout IndexFiles) throws -> [TermMatch] {
        var matches: [TermMatch] = []
        if try files.shard(for: term).postings(of: term) != nil {
            matches.append(TermMatch(term: term, weight: MatchWeights.exact))
        }
        if isPrefix {
            let completions = try files.words(ofBucket: TermKeys.bucket(of: term))
                .filter { $0.term != term && $0.term.utf8.starts(with: term.utf8) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : TermKeys.precedes($0.term, $1.term) }
                .prefix(MatchWeights.maxCompletions)
            matches += completions.map { TermMatch(term: $0.term, weight: MatchWeights.prefix) }
        }
        if matches.isEmpty {
            matches = try corrections(of: term, in: &files)
        }
        return matches
    }

    /// Words within the allowed edit distance (see `EditDistance.correction`) among the words of
    /// the term's bucket, of the buckets of the term with its first two letters swapped, without its
    /// first letter and without its second, and with the middles of its letters 3-4 and 2-3.
    private static func corrections(of term: String, in files: inout IndexFiles) throws -> [TermMatch] {
        let scalars = Array(term.unicodeScalars)
        guard scalars.count >= MatchWeights.minCorrectionLength, let middle = TermKeys.middle(of: term) else { return [] }
        let limit = MatchWeights.maxDistance(length: scalars.count)
        let swapped = [scalars[1], scalars[0]] + scalars[2...]
        var buckets: [String] = []
        for variant in [scalars, swapped, Array(scalars.dropFirst()), [scalars[0]] + scalars[2...]] {
            let bucket = TermKeys.bucket(of: String(String.UnicodeScalarView(variant)))
            if !buckets.contains(bucket) { buckets.append(bucket) }
        }
        var words: [String: Int] = [:]
        for bucket in buckets {
            for word in try files.words(ofBucket: bucket) { words[word.term] = word.count }
        }
        for key in Set([middle, String(String.UnicodeScalarView(scalars[1..<3]))]) {
            for word in try files.words(withMiddle: key) { words[word.term] = word.count }
        }
        var candidates: [(term: String, distance: Int, count: Int)] = []
        for (word, count) in words {
            if let distance = EditDistance.correction(scalars, Array(word.unicodeScalars), limit: limit) {
                candidates.append((word, distance, count))
            }
        }
        return candidates
            .sorted { a, b in
                if a.distance != b.distance { return a.distance < b.distance }
                if a.count != b.count { return a.count > b.count }
                return TermKeys.precedes(a.term, b.term)
            }
            .prefix(MatchWeights.maxCorrections)
            .map { TermMatch(term: $0.term, weight: $0.distance == 1 ? MatchWeights.oneEdit : MatchWeights.twoEdits) }
    }
}
