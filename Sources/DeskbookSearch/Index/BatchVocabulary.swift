/// The terms of a batch of documents, each with a small integer id, and the analysis of their
/// texts with each distinct token analysed once (a help center repeats a few thousand words a
/// million times, and stemming is most of the analysis).
///
/// The term of a token depends on its normalized text and script only (step 3 of `TextAnalyzer`),
/// and the script follows from the text, so a token's text alone gives its term, or nothing for a
/// stop word.
struct BatchVocabulary {
    /// The terms by id.
    private(set) var terms: [String] = []
    private var ids: [String: Int32] = [:]
    /// Token text → term id, or -1 for a stop word.
    private var tokens = TokenTable()
    private var pairs: [Int64: Int32] = [:]
    private var stemmers = TokenStemmers()

    /// The ids of the terms of `text`, in text order: `TextAnalyzer().analyze(text, language:)`.
    mutating func termIDs(of text: String) -> [Int32] {
        var result: [Int32] = []
        forEachTermID(in: text) { id in
            if id >= 0 { result.append(id) }
        }
        return result
    }

    /// The ids of the terms of `text`, or nil when one of its words is a stop word.
    mutating func termIDsOfEveryWord(of text: String) -> [Int32]? {
        var result: [Int32]? = []
        forEachTermID(in: text) { id in
            if id >= 0 { result?.append(id) } else { result = nil }
        }
        return result
    }

    /// Each token's term id in text order, -1 for a stop word.
    private mutating func forEachTermID(in text: String, _ body: (Int32) -> Void) {
        Tokenizer.forEachToken(in: text) { token in
            body(tokens.value(of: token.utf8) ?? add(token))
        }
    }

    /// Analyses a token not seen before: its term id, or -1 for a stop word.
    private mutating func add(_ token: ScannedToken) -> Int32 {
        let text = TextToken(text: String(decoding: token.utf8, as: UTF8.self), script: token.script, utf16Range: token.utf16Range)
        let id = stemmers.term(for: text).map { intern($0) } ?? -1
        tokens.insert(token.utf8, value: id)
        return id
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
