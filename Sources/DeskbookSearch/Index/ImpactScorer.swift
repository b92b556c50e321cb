import Foundation

/// Computes every (term, document) impact of one language's index with BM25F (see
/// `RankingParameters`), quantises them to one byte and prunes long posting lists.
struct ImpactScorer {
    /// The language's terms by id.
    let terms: [String]
    /// Documents in id order, their term ids being indexes of `terms`.
    let documents: [DocumentTerms]

    /// Every term with its postings, in UTF-8 byte order of the terms.
    func postings() -> [(term: String, postings: Postings)] {
        let count = Double(documents.count)
        // Document frequencies, and each term's slice of the flat posting arrays.
        var starts = [Int](repeating: 0, count: terms.count + 1)
        var totals = SIMD4<Double>()
        for document in documents {
            for term in document.terms { starts[Int(term) + 1] += 1 }
            totals += SIMD4(document.lengths)
        }
        for index in terms.indices { starts[index + 1] += starts[index] }
        let averages = totals / max(count, 1)
        let weights = SIMD4<Double>(IndexField.allCases.map { RankingParameters.fields[$0]!.weight }) / Double(Synonyms.occurrenceWeight)
        let idfs = terms.indices.map { index in
            let df = Double(starts[index + 1] - starts[index])
            let factor = TermKeys.isPair(terms[index]) ? RankingParameters.pairFactor : 1
            return factor * log(1 + (count - df + 0.5) / (df + 0.5))
        }
        let k1 = RankingParameters.k1
        var filled = Array(starts.dropLast())
        var postingDocuments = [Int](repeating: 0, count: starts.last!)
        var impacts = [Double](repeating: 0, count: starts.last!)
        var highest = 0.0
        for (id, document) in documents.enumerated() {
            let norms = lengthNorms(document.lengths, averages: averages)
            for (term, counts) in zip(document.terms, document.counts) {
                let weighted = (weights * SIMD4<Double>(counts) / norms).sum()
                let impact = idfs[Int(term)] * weighted * (k1 + 1) / (k1 + weighted)
                highest = max(highest, impact)
                let slot = filled[Int(term)]
                postingDocuments[slot] = id
                impacts[slot] = impact
                filled[Int(term)] = slot + 1
            }
        }
        let keys = terms.map { Array($0.utf8) }
        return terms.indices
            .filter { starts[$0] < starts[$0 + 1] } // a synonym no document has
            .sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
            .map { index in
                let range = starts[index]..<starts[index + 1]
                return (terms[index], quantised(postingDocuments[range], impacts[range], highest: highest))
            }
    }

    /// 1 − b + b · length / average for each field (1 for a field no document has).
    private func lengthNorms(_ lengths: SIMD4<Int32>, averages: SIMD4<Double>) -> SIMD4<Double> {
        var norms = SIMD4<Double>(repeating: 1)
        for field in IndexField.allCases where averages[field.rawValue] > 0 {
            let b = RankingParameters.fields[field]!.b
            norms[field.rawValue] = 1 - b + b * Double(lengths[field.rawValue]) / averages[field.rawValue]
        }
        return norms
    }

    /// Impacts scaled so that the highest of the index is 255 (the lowest kept is 1), the best
    /// `maxPostings` kept, in document order.
    private func quantised(_ documents: ArraySlice<Int>, _ impacts: ArraySlice<Double>, highest: Double) -> Postings {
        let scaled = impacts.map { UInt8(min(255, max(1, ($0 / highest * 255).rounded()))) }
        guard documents.count > RankingParameters.maxPostings else {
            return Postings(documents: Array(documents), impacts: scaled)
        }
        let kept = zip(documents, scaled)
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            .prefix(RankingParameters.maxPostings)
            .sorted { $0.0 < $1.0 }
        return Postings(documents: kept.map(\.0), impacts: kept.map(\.1))
    }
}
