/// Query-time constants, the same in search.js (see the index design in SearchIndexBuilder.swift).
enum MatchWeights {
    /// Multipliers of impacts: a word found as typed counts most, a word one edit away three
    /// quarters, two edits away half. A completion of the last word counts a quarter: most queries
    /// end with a whole word, and its completions ("password" → "passwordless") are noise then,
    /// while for a word still being typed the words before it matter more.
    static let exact = 4
    static let prefix = 1
    static let oneEdit = 3
    static let twoEdits = 2

    /// Query terms beyond this many are ignored (a pasted paragraph).
    static let maxTerms = 16
    /// The last word is completed from this many letters on, into at most `maxCompletions` words,
    /// the ones in most documents.
    static let minPrefixLength = 3
    static let maxCompletions = 16
    /// A missing word is corrected from this many letters on (words with digits, such as codes
    /// and versions, never are), into at most `maxCorrections` words.
    static let minCorrectionLength = 4
    static let maxCorrections = 4

    /// The edit distance allowed for a word of `length` code points.
    static func maxDistance(length: Int) -> Int {
        length >= 8 ? 2 : 1
    }
}
