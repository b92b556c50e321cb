import Foundation

/// Computes every (term, document) impact of one language's index with BM25F (see
/// `RankingParameters`), quantises them to one byte and prunes long posting lists.
struct ImpactScorer {
    let documents: [DocumentTerms]

    /// Every term with its postings, in UTF-8 byte order of the terms.
    func postings() -> [(term: String, postings: Postings)] {
        let count = Double(documents.count)
        var frequencies: [String: Int] = [:]
        var totals = SIMD4<Double>()
        for document in documents {
            for term in document.counts.keys { frequencies[term, default: 0] += 1 }
            totals += SIMD4(document.lengths)
        }
        let averages = totals / max(count, 1)
        var impacts: [String: [(document: Int, impact: Double)]] = [:]
        var highest = 0.0
        for (id, document) in documents.enumerated() {
            let norms = lengthNorms(document.lengths, averages: averages)
            for (term, counts) in document.counts {
                let df = Double(frequencies[term]!)
                let idf = log(1 + (count - df + 0.5) / (df + 0.5))
                var weighted = 0.0
                for field in IndexField.allCases where counts[field.rawValue] > 0 {
                    weighted += RankingParameters.fields[field]!.weight * Double(counts[field.rawValue]) / norms[field.rawValue]
                }
                let factor = TermKeys.isPair(term) ? RankingParameters.pairFactor : 1
                let impact = factor * idf * weighted * (RankingParameters.k1 + 1) / (RankingParameters.k1 + weighted)
                highest = max(highest, impact)
                impacts[term, default: []].append((id, impact))
            }
        }
        return impacts
            .map { term, list in (term, quantised(list, highest: highest)) }
            .sorted { TermKeys.precedes($0.term, $1.term) }
    }

    /// 1 − b + b · length / average for each field.
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
    private func quantised(_ list: [(document: Int, impact: Double)], highest: Double) -> Postings {
        let scaled = list.map { entry in
            (document: entry.document, impact: UInt8(min(255, max(1, (entry.impact / highest * 255).rounded()))))
        }
        let kept = scaled.count <= RankingParameters.maxPostings
            ? scaled
            : Array(scaled.sorted { ($0.impact, $1.document) > ($1.impact, $0.document) }.prefix(RankingParameters.maxPostings))
        let ordered = kept.sorted { $0.document < $1.document }
        return Postings(documents: ordered.map(\.document), impacts: ordered.map(\.impact))
    }
}
