/// The analysed fields of one document: how often each term occurs in each field, and each field's
/// length in terms. Pair terms (two adjacent terms of the title or of one heading) count in their
/// field but not in its length.
struct DocumentTerms: Sendable {
    /// Occurrences per field, indexed by `IndexField.rawValue`.
    private(set) var counts: [String: SIMD4<Int32>] = [:]
    private(set) var lengths = SIMD4<Int32>()

    init(_ document: SearchDocument, analyzer: TextAnalyzer) {
        add(document.title, to: .title, withPairs: true, analyzer: analyzer, language: document.language)
        for heading in document.headings {
            add(heading, to: .headings, withPairs: true, analyzer: analyzer, language: document.language)
        }
        add(document.description, to: .description, withPairs: false, analyzer: analyzer, language: document.language)
        add(document.body, to: .body, withPairs: false, analyzer: analyzer, language: document.language)
    }

    private mutating func add(_ text: String, to field: IndexField, withPairs: Bool, analyzer: TextAnalyzer, language: String) {
        let terms = analyzer.analyze(text, language: language)
        let slot = field.rawValue
        lengths[slot] += Int32(terms.count)
        for term in terms { counts[term, default: SIMD4()][slot] += 1 }
        guard withPairs else { return }
        for (first, second) in zip(terms, terms.dropFirst()) {
            counts[TermKeys.pair(first, second), default: SIMD4()][slot] += 1
        }
    }
}
