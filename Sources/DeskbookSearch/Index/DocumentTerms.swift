/// The analysed fields of one document: how often each term occurs in each field, and each field's
/// length in terms. Pair terms (two adjacent terms of the title, of one heading or of the description)
/// count in their field but not in its length, and so do the synonyms of its phrases (`Synonyms`).
struct DocumentTerms: Sendable {
    /// Term ids, of a `BatchVocabulary` until `renumber` maps them to the language's.
    private(set) var terms: [Int32] = []
    /// Occurrences per field of each term, indexed by `IndexField.rawValue`, in units where a word
    /// counts `Synonyms.occurrenceWeight` and a synonym `Synonyms.expansionWeight`.
    private(set) var counts: [SIMD4<Int32>] = []
    private(set) var lengths = SIMD4<Int32>()

    /// `positions` is scratch space shared by the documents of a batch: for each term id, where the
    /// term is in `terms`, valid when that entry of `terms` holds the term.
    init(_ document: SearchDocument, vocabulary: inout BatchVocabulary, synonyms: SynonymTable, positions: inout [Int]) {
        func add(_ text: String, to field: IndexField, withPairs: Bool) {
            let ids = vocabulary.termIDs(of: text)
            let slot = field.rawValue
            lengths[slot] += Int32(ids.count)
            var previous: Int32?
            for id in ids {
                count(id, in: slot)
                if withPairs, let first = previous { count(vocabulary.pairID(first, id), in: slot) }
                previous = id
            }
            synonyms.forEachAddition(in: ids) { count($0, in: slot, weight: Synonyms.expansionWeight) }
        }
        func count(_ id: Int32, in slot: Int, weight: Int32 = Synonyms.occurrenceWeight) {
            let term = Int(id)
            if term >= positions.count { positions += Array(repeating: 0, count: term + 1 - positions.count) }
            let position = positions[term]
            if position < terms.count, terms[position] == id {
                counts[position][slot] += weight
            } else {
                positions[term] = terms.count
                terms.append(id)
                var fieldCounts = SIMD4<Int32>()
                fieldCounts[slot] = weight
                counts.append(fieldCounts)
            }
        }
        add(document.title, to: .title, withPairs: true)
        for heading in document.headings { add(heading, to: .headings, withPairs: true) }
        add(document.description, to: .description, withPairs: true)
        add(document.body, to: .body, withPairs: false)
    }

    /// Replaces each term id with `ids[id]`.
    mutating func renumber(_ ids: [Int32]) {
        for index in terms.indices { terms[index] = ids[Int(terms[index])] }
    }
}
