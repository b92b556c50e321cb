import Foundation

/// Computes every (term, document) impact of one language's index with BM25F (see
/// `RankingParameters`), quantises them to one byte and prunes long posting lists.
///
/// An impact depends on its term's document frequency, the number of documents, its document's own
/// counts and field lengths, each field's average length rounded to a step (`pivots`), and, through the
/// quantisation, the highest impact of the language. So an edit of one document changes the postings
/// of the terms it adds or removes and, when it changes the document's length, that document's
/// postings; the other documents' postings change only in the rare edit that moves a rounded average
/// or the highest impact.
///
/// Scoring keeps a `State` for the next build: after an edit that changes neither the documents' ids
/// nor those shared values, only the terms of the edited documents are scored again, which gives the
/// same postings as scoring everything.
struct ImpactScorer {
    /// What scoring keeps for the next build.
    struct State: Sendable {
        fileprivate var pivots = SIMD4<Double>()
        fileprivate var highest = 0.0
        fileprivate var documentCount = 0
        /// Every term's postings before pruning, as documents and saturated frequencies (the part of an
        /// impact before the idf), in flat arrays by the term's rank when they were laid out
        /// (`layoutRanks[id]`, -1 for none), and those of the terms scored again since, by id.
        fileprivate var documents: [Int32] = []
        fileprivate var saturated: [Double] = []
        fileprivate var starts: [Int] = [0]
        fileprivate var layoutRanks: [Int32] = []
        fileprivate var rescoredPostings: [Int32: (documents: [Int32], saturated: [Double])] = [:]
        /// Each term's highest impact, by id (0 for a term without postings).
        fileprivate var termHighest: [Double] = []
        /// The result, and the index in it of each term id (-1 for none).
        fileprivate(set) var lists = PostingLists()
        /// The terms whose postings this build scored again, when it did not score them all: every other
        /// term has the postings of the previous build.
        fileprivate(set) var rescored: Set<Int32>?
        fileprivate var listIndexes: [Int32] = []

        /// The unpruned postings of term `id`.
        fileprivate func postings(of id: Int32) -> (documents: ArraySlice<Int32>, saturated: ArraySlice<Double>) {
            if let scored = rescoredPostings[id] { return (scored.documents[...], scored.saturated[...]) }
            guard Int(id) < layoutRanks.count, layoutRanks[Int(id)] >= 0 else { return ([], []) }
            let range = starts[Int(layoutRanks[Int(id)])]..<starts[Int(layoutRanks[Int(id)]) + 1]
            return (documents[range], saturated[range])
        }
    }

    let vocabulary: TermVocabulary
    /// Documents in id order, their term ids being the vocabulary's.
    let documents: [DocumentTerms]

    /// Every term that has postings, in UTF-8 order, and what to keep for the next build. With the
    /// previous build's state and the ids of the documents whose terms changed since (`edited`, with
    /// their previous terms), only the terms of those documents are scored again, when that gives the
    /// same result.
    func postings(previous: State? = nil, edited: [(id: Int, previous: DocumentTerms)] = []) -> State {
        let lengths = documents.reduce(SIMD4<Double>()) { $0 + SIMD4($1.lengths) }
        let pivots = Self.pivots(averages: lengths / Double(max(documents.count, 1)))
        if let previous, previous.documentCount == documents.count, previous.pivots == pivots,
           let state = rescoring(previous, edited: edited) {
            return state
        }
        return scoringAll(pivots: pivots)
    }

    /// Scores every term.
    private func scoringAll(pivots: SIMD4<Double>) -> State {
        // Document frequencies, and each term's slice of the flat posting arrays, by the term's rank in
        // UTF-8 order, so that the lists come out in order.
        let ranks = vocabulary.ranks
        var starts = [Int](repeating: 0, count: vocabulary.count + 1)
        for document in documents {
            for term in document.terms { starts[Int(ranks[Int(term)]) + 1] += 1 }
        }
        for index in 0..<vocabulary.count { starts[index + 1] += starts[index] }
        var filled = Array(starts.dropLast())
        var postingDocuments = [Int32](repeating: 0, count: starts.last!)
        var saturated = [Double](repeating: 0, count: starts.last!)
        for (id, document) in documents.enumerated() {
            let fieldWeights = fieldWeights(of: document, pivots: pivots)
            for (term, counts) in zip(document.terms, document.counts) {
                let rank = Int(ranks[Int(term)])
                let slot = filled[rank]
                postingDocuments[slot] = Int32(id)
                saturated[slot] = Self.saturated(counts, fieldWeights)
                filled[rank] = slot + 1
            }
        }
        var state = State()
        state.pivots = pivots
        state.documentCount = documents.count
        state.layoutRanks = ranks
        state.termHighest = [Double](repeating: 0, count: vocabulary.count)
        var impacts = [Double](repeating: 0, count: starts.last!)
        for (rank, id) in vocabulary.order.enumerated() where starts[rank] < starts[rank + 1] {
            let idf = idf(of: id, frequency: starts[rank + 1] - starts[rank])
            var highest = 0.0
            for slot in starts[rank]..<starts[rank + 1] {
                impacts[slot] = idf * saturated[slot]
                highest = max(highest, impacts[slot])
            }
            state.termHighest[Int(id)] = highest
        }
        state.highest = state.termHighest.max() ?? 0
        state.listIndexes = [Int32](repeating: -1, count: vocabulary.count)
        state.lists.reserveCapacity(terms: vocabulary.count, postings: starts.last!)
        for (rank, id) in vocabulary.order.enumerated() where starts[rank] < starts[rank + 1] {
            let range = starts[rank]..<starts[rank + 1]
            state.listIndexes[Int(id)] = Int32(state.lists.count)
            append(id, postingDocuments[range], impacts[range], highest: state.highest, to: &state.lists)
        }
        (state.documents, state.saturated, state.starts) = (postingDocuments, saturated, starts)
        return state
    }

    /// Scores again the terms of the edited documents and takes every other term's postings from
    /// `previous`; nil when the highest impact changed, which changes every term's quantised impacts.
    private func rescoring(_ previous: State, edited: [(id: Int, previous: DocumentTerms)]) -> State? {
        // The postings the edited documents now have, by term.
        var added: [Int32: [(document: Int32, saturated: Double)]] = [:]
        var affected = Set<Int32>()
        for (id, old) in edited.sorted(by: { $0.id < $1.id }) {
            affected.formUnion(old.terms)
            let document = documents[id]
            let fieldWeights = fieldWeights(of: document, pivots: previous.pivots)
            for (term, counts) in zip(document.terms, document.counts) {
                added[term, default: []].append((Int32(id), Self.saturated(counts, fieldWeights)))
                affected.insert(term)
            }
        }
        let editedIDs = Set(edited.map { Int32($0.id) })
        var state = previous
        state.termHighest += [Double](repeating: 0, count: vocabulary.count - previous.termHighest.count)
        var impacts: [Int32: [Double]] = [:]
        for term in affected {
            let old = previous.postings(of: term)
            var merged: (documents: [Int32], saturated: [Double]) = ([], [])
            var additions = (added[term] ?? [])[...]
            for (document, value) in zip(old.documents, old.saturated) where !editedIDs.contains(document) {
                while let next = additions.first, next.document < document {
                    merged.documents.append(next.document)
                    merged.saturated.append(next.saturated)
                    additions = additions.dropFirst()
                }
                merged.documents.append(document)
                merged.saturated.append(value)
            }
            for next in additions {
                merged.documents.append(next.document)
                merged.saturated.append(next.saturated)
            }
            let idf = idf(of: term, frequency: merged.documents.count)
            let termImpacts = merged.saturated.map { idf * $0 }
            state.termHighest[Int(term)] = termImpacts.max() ?? 0
            state.rescoredPostings[term] = merged
            impacts[term] = termImpacts
        }
        guard (state.termHighest.max() ?? 0) == previous.highest else { return nil }
        state.rescored = affected
        state.lists = PostingLists()
        state.lists.reserveCapacity(terms: previous.lists.count + affected.count, postings: previous.lists.documents.count + edited.count * 64)
        state.listIndexes = [Int32](repeating: -1, count: vocabulary.count)
        for id in vocabulary.order {
            if let termImpacts = impacts[id] {
                guard !termImpacts.isEmpty else { continue }
                state.listIndexes[Int(id)] = Int32(state.lists.count)
                append(id, state.rescoredPostings[id]!.documents[...], termImpacts[...], highest: state.highest, to: &state.lists)
            } else if Int(id) < previous.listIndexes.count, previous.listIndexes[Int(id)] >= 0 {
                let index = Int(previous.listIndexes[Int(id)])
                state.listIndexes[Int(id)] = Int32(state.lists.count)
                state.lists.append(previous.lists.terms[index], id: id, documents: previous.lists.documents(index), impacts: previous.lists.impacts(index))
            }
        }
        return state
    }

    /// Appends a term's postings to `lists`, quantised so that the highest impact of the language is
    /// 255 (the lowest kept is 1), and pruned.
    private func append(_ id: Int32, _ documents: ArraySlice<Int32>, _ impacts: ArraySlice<Double>, highest: Double, to lists: inout PostingLists) {
        let quantised = impacts.map { UInt8(min(255, max(1, ($0 / highest * 255).rounded()))) }
        let (kept, keptImpacts) = Self.pruned(documents, quantised)
        lists.append(vocabulary.terms[Int(id)], id: id, documents: kept, impacts: keptImpacts)
    }

    private func idf(of id: Int32, frequency: Int) -> Double {
        let count = Double(documents.count)
        let idf = log(1 + (count - Double(frequency) + 0.5) / (Double(frequency) + 0.5))
        return vocabulary.isPair[Int(id)] ? idf * RankingParameters.pairFactor : idf
    }

    /// Each field's weight over its length norm, 1 − b + b · length / pivot (1 for a field no document has).
    private func fieldWeights(of document: DocumentTerms, pivots: SIMD4<Double>) -> SIMD4<Double> {
        var norms = SIMD4<Double>(repeating: 1)
        var weights = SIMD4<Double>()
        for field in IndexField.allCases {
            let parameters = RankingParameters.fields[field]!
            weights[field.rawValue] = parameters.weight / Double(Synonyms.occurrenceWeight)
            guard pivots[field.rawValue] > 0 else { continue }
            norms[field.rawValue] = 1 - parameters.b + parameters.b * Double(document.lengths[field.rawValue]) / pivots[field.rawValue]
        }
        return weights / norms
    }

    /// BM25's saturation of a term's weighted counts in one document: the impact over the idf.
    private static func saturated(_ counts: SIMD4<Int32>, _ fieldWeights: SIMD4<Double>) -> Double {
        let weighted = (fieldWeights * SIMD4<Double>(counts)).sum()
        let k1 = RankingParameters.k1
        return weighted * (k1 + 1) / (k1 + weighted)
    }

    /// The length each field's length is compared with: the average over the documents, rounded on a
    /// logarithmic scale to a step of 2^(1 / `RankingParameters.pivotStepsPerDoubling`), so that an edit
    /// that changes the average a little leaves it in place.
    static func pivots(averages: SIMD4<Double>) -> SIMD4<Double> {
        let steps = RankingParameters.pivotStepsPerDoubling
        var pivots = SIMD4<Double>()
        for field in 0..<4 where averages[field] > 0 {
            pivots[field] = exp2((log2(averages[field]) * steps).rounded() / steps)
        }
        return pivots
    }

    /// The best `maxPostings` of a posting list (highest impacts, ties to the lower document), in
    /// document order; the whole list when it is not longer. The documents come in increasing order, so
    /// those above the lowest impact kept, then the first ones at it, are the best.
    private static func pruned(_ documents: ArraySlice<Int32>, _ impacts: [UInt8]) -> (ArraySlice<Int32>, [UInt8]) {
        var remaining = RankingParameters.maxPostings
        guard documents.count > remaining else { return (documents, impacts) }
        var counts = [Int](repeating: 0, count: 256)
        for impact in impacts { counts[Int(impact)] += 1 }
        var lowest = 255
        while remaining > counts[lowest] {
            remaining -= counts[lowest]
            lowest -= 1
        }
        var kept: ([Int32], [UInt8]) = ([], [])
        for (document, impact) in zip(documents, impacts) where Int(impact) > lowest || (Int(impact) == lowest && remaining > 0) {
            if Int(impact) == lowest { remaining -= 1 }
            kept.0.append(document)
            kept.1.append(impact)
        }
        return (kept.0[...], kept.1)
    }
}
