/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbours each cost 1 (a restricted Damerau-Levenshtein distance).
enum EditDistance {
    /// The longest end of a misspelled word that a correction may leave out, and the shortest
    /// word that may leave one out (see `correction`).
    static let maxDroppedEnd = 3
    static let minWordForDroppedEnd = 4

    /// How far `word` (an index term) is from the misspelled `term`, or nil when more than `limit`:
    /// the distance between the two, or, if smaller and `word` has at least `minWordForDroppedEnd`
    /// letters, 1 + the distance between `word` and `term` without its last 1 to `maxDroppedEnd`
    /// letters. A typo often keeps the stemmer from removing a suffix ("unexpectehd" stays whole
    /// while "unexpected" becomes "unexpect"), so the term's end may be an unremoved suffix.
    static func correction(_ term: [Unicode.Scalar], _ word: [Unicode.Scalar], limit: Int) -> Int? {
        let shortest = word.count < minWordForDroppedEnd ? term.count : max(word.count - limit, term.count - maxDroppedEnd, 1)
        guard word.count - term.count <= limit, term.count - maxDroppedEnd - word.count <= limit else { return nil }
        // Rows go through `word`, columns through `term`: the last row holds the distance between
        // `word` and every beginning of `term`.
        var twoBack = [Int](repeating: 0, count: term.count + 1)
        var previous = Array(0...term.count)
        var current = [Int](repeating: 0, count: term.count + 1)
        for i in stride(from: 1, through: word.count, by: 1) {
            current[0] = i
            var rowMinimum = i
            for j in stride(from: 1, through: term.count, by: 1) {
                let cost = word[i - 1] == term[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, word[i - 1] == term[j - 2], word[i - 2] == term[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // Row minima never decrease, so every distance is already known to exceed the limit.
            guard rowMinimum <= limit else { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        var best = previous[term.count]
        for end in stride(from: shortest, to: term.count, by: 1) { best = min(best, previous[end] + 1) }
        return best <= limit ? best : nil
    }
}
