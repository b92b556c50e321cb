import DeskbookSearch

/// The one place the intake rules turn text into terms: the search analyzer, which search.js mirrors,
/// so Swift and the browser agree on every word.
enum TextAnalysis {
    /// Languages keyword lists may be written in.
    static let languages = ["en", "ru"]

    /// Normalized, stemmed terms of `text` without stop words, in text order, duplicates kept.
    static func terms(_ text: String, language: String) -> [String] {
        TextAnalyzer().analyze(text, language: language)
    }

    /// The same terms with stop words kept, for phrase rules whose small words matter.
    static func termsKeepingStopWords(_ text: String, language: String) -> [String] {
        TextAnalyzer().analyzeKeepingStopWords(text, language: language)
    }
}
