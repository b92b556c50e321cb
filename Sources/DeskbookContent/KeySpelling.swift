/// Finds the known key that an unknown one is probably a misspelling of (`titel` for `title`).
public enum KeySpelling {
    /// The nearest of `known` to `key` when it is at most one edit away (two for keys of six letters or
    /// more), counting an insertion, a deletion, a substitution or a swap of two neighbours as one edit; nil
    /// when there is none or two are equally near.
    public static func nearest(_ key: String, in known: some Collection<String>) -> String? {
        let typed = Array(key.lowercased().unicodeScalars)
        let limit = typed.count >= 6 ? 2 : 1
        guard typed.count >= 3 else { return nil }
        let scored = known.compactMap { candidate -> (String, Int)? in
            let letters = Array(candidate.unicodeScalars)
            // An edit changes the length by at most one: a length further off than the limit is out of reach.
            guard abs(letters.count - typed.count) <= limit else { return nil }
            let distance = distance(typed, letters)
            return distance > 0 && distance <= limit ? (candidate, distance) : nil
        }
        guard let best = scored.map(\.1).min() else { return nil }
        let nearest = scored.filter { $0.1 == best }
        return nearest.count == 1 ? nearest[0].0 : nil
    }

    /// The optimal string alignment distance between two short texts.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
