import DeskbookSearch

/// The one place the intake rules turn text into search terms, so Swift and the browser share the analyzer.
enum TextAnalysis {
    /// Languages the analyzer stems; keyword lists may be written in these.
    static let languages = ["en", "ru"]

    /// Lowercased, normalized, stemmed terms of `text` without stop words, in text order.
    static func terms(_ text: String, language: String) -> [String] {
        TextAnalyzer.analyze(text, language: language)
    }
}
