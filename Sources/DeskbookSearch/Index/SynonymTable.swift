/// One language's synonym groups as term ids of a batch vocabulary, for expanding documents.
struct SynonymTable {
    /// The phrases that start with a term, each with the terms its group adds where it occurs.
    private var phrasesByFirstTerm: [Int32: [(phrase: [Int32], additions: [Int32])]] = [:]

    /// A phrase with a stop word is left out: "log in" would stand for every "log".
    init(groups: [[String]], vocabulary: inout BatchVocabulary) {
        for group in groups {
            let phrases = group.compactMap { vocabulary.termIDsOfEveryWord(of: $0) }.filter { !$0.isEmpty }
            for phrase in phrases {
                var additions: [Int32] = []
                for other in phrases where other != phrase {
                    for term in other where !phrase.contains(term) && !additions.contains(term) { additions.append(term) }
                }
                if !additions.isEmpty { phrasesByFirstTerm[phrase[0], default: []].append((phrase, additions)) }
            }
        }
    }

    /// Calls `body` with each term added by a phrase found in `terms`, once per occurrence.
    func forEachAddition(in terms: [Int32], _ body: (Int32) -> Void) {
        guard !phrasesByFirstTerm.isEmpty else { return }
        for start in terms.indices {
            guard let candidates = phrasesByFirstTerm[terms[start]] else { continue }
            for candidate in candidates where terms[start...].starts(with: candidate.phrase) {
                candidate.additions.forEach(body)
            }
        }
    }
}
