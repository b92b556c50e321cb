import DeskbookSearch

/// A term with its UTF-16 offsets as the parity files write it: [term, start, end].
struct ExpectedTerm: Decodable, Equatable, CustomStringConvertible {
    let term: String
    let start: Int
    let end: Int

    init(_ token: AnalyzedToken) {
        (term, start, end) = (token.term, token.utf16Range.lowerBound, token.utf16Range.upperBound)
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        (term, start, end) = try (container.decode(String.self), container.decode(Int.self), container.decode(Int.self))
    }

    var description: String { "\(term)@\(start)..<\(end)" }

    /// Where `actual` first differs from `expected`, described for a failure message; nil if equal.
    static func firstDifference(_ actual: [ExpectedTerm], _ expected: [ExpectedTerm]) -> String? {
        guard actual != expected else { return nil }
        let index = actual.indices.first { $0 >= expected.count || actual[$0] != expected[$0] } ?? actual.count
        let swift = index < actual.count ? "\(actual[index])" : "nothing"
        let javaScript = index < expected.count ? "\(expected[index])" : "nothing"
        return "term \(index): Swift \(swift), expected \(javaScript)"
    }
}
