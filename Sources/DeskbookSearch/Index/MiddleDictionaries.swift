/// The middle dictionaries of one language: every word that typo correction may find, with its
/// posting count, grouped by middle (see `TermKeys.middle`) into files of at most about
/// `RankingParameters.shardBytes`, cut by `StableCuts` with the middles as items. A middle is never
/// split, so each middle is in one file.
struct MiddleDictionaries {
    /// Each file's first middle ("" for the first file) and the indexes of its words in
    /// `PostingLists`, in term order.
    private(set) var files: [(key: String, words: [Int])] = []

    init(_ lists: PostingLists, vocabulary: TermVocabulary, targetBytes: Int = RankingParameters.shardBytes) {
        var byMiddle = [[Int]](repeating: [], count: vocabulary.middleKeys.count)
        for index in 0..<lists.count {
            let middle = vocabulary.middles[Int(lists.ids[index])]
            if middle >= 0 { byMiddle[Int(middle)].append(index) }
        }
        let middles = byMiddle.indices.filter { !byMiddle[$0].isEmpty }.sorted { TermKeys.precedes(vocabulary.middleKeys[$0], vocabulary.middleKeys[$1]) }
        let sizes = middles.map { middle in
            byMiddle[middle].reduce(0) { $0 + vocabulary.byteCounts[Int(lists.ids[$1])] + 2 }
        }
        for (number, run) in StableCuts.runs(sizes: sizes, key: { vocabulary.middleKeys[middles[$0]] }, targetBytes: targetBytes).enumerated() {
            let key = number == 0 ? "" : vocabulary.middleKeys[middles[run.lowerBound]]
            files.append((key, middles[run].flatMap { byMiddle[$0] }.sorted()))
        }
        if files.isEmpty { files.append(("", [])) }
    }
}
