/// The terms of a batch of documents, each with a small integer id, and the analysis of their
/// texts with each distinct token analysed once (a help center repeats a few thousand words a
/// million times, and stemming is most of the analysis).
///
/// Tokens are already normalized, and analysing a token's text alone gives the term it has in
/// context (the analysis of a token depends on nothing around it), or nothing for a stop word.
struct BatchVocabulary {
    /// The terms by id.
    private(set) var terms: [String] = []
    private var ids: [String: Int32] = [:]
    /// Token text → term id, or -1 for a stop word.
    private var tokens: [String: Int32] = [:]
    private var pairs: [Int64: Int32] = [:]
    private let analyzer = TextAnalyzer()
    private let language: String

    /// `language` is passed to the analyzer, whose terms do not depend on it.
    init(language: String) {
        self.language = language
    }

    /// The ids of the terms of `text`, in text order: `analyzer.analyze(text, language:)`.
    mutating func termIDs(of text: String) -> [Int32] {
        var result: [Int32] = []
        for token in Tokenizer.tokens(in: text) {
            if let id = tokens[token.text] {
                if id >= 0 { result.append(id) }
                continue
            }
            let id = analyzer.analyze(token.text, language: language).first.map { intern($0) } ?? -1
            tokens[token.text] = id
            if id >= 0 { result.append(id) }
        }
        return result
    }

    /// The id of the pair term of two adjacent terms.
    mutating func pairID(_ first: Int32, _ second: Int32) -> Int32 {
        let key = Int64(first) << 32 | Int64(second)
        if let id = pairs[key] { return id }
        let id = intern(TermKeys.pair(terms[Int(first)], terms[Int(second)]))
        pairs[key] = id
        return id
    }

    private mutating func intern(_ term: String) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(terms.count)
        terms.append(term)
        ids[term] = id
        return id
    }
}
