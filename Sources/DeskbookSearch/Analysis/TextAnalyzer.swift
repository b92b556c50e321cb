// Text analysis: index terms for a text. The JavaScript twin is the "Text analysis" part of
// themes/default/static/search/search.js; both must produce the same terms for every text, which
// Tests/Parity checks. The definition, step by step:
//
// 1. Normalization, one code point at a time: NFKC, then full default lowercasing (no locale rules;
//    a code point alone has no final-sigma context), then canonical decomposition (NFD), dropping every
//    combining mark (general category M) and default-ignorable code point (soft hyphen, zero-width
//    space, ...), and finally ß→ss, æ→ae, œ→oe, ø→o, đ→d, ł→l, ı→i. So é→e, ñ→n, ü→u, Vietnamese ệ→e,
//    ơ→o, ư→u, đ→d, and ё→е, but й stays: a combining breve (U+0306) that follows и turns it into й.
//    A code point that normalizes to nothing (a mark, a soft hyphen) belongs to the character before
//    it: it neither splits a word nor starts one, and that character's source range grows to cover it.
// 2. Tokens are maximal runs of token characters in the normalized text: ASCII digits; Latin letters
//    a-z, U+00DF-U+00FF except ÷, U+0100-U+024F, U+1E00-U+1EFF; Cyrillic letters U+0400-U+052F except
//    U+0482-U+0489. Inside a run, one apostrophe (' ’ ʼ) between two token characters is dropped
//    ("don't" → "dont", "90's" → "90s"), and one dot between two digits is kept ("2.4.1", "v10.0.19041").
//    Any other character ends the token: hyphens, underscores, slashes, commas ("wi-fi" → "wi" "fi",
//    "1,000" → "1" "000"). Hex and alphanumeric codes ("0x80070005", "e1234") are ordinary runs.
// 3. A token containing a digit, or letters of both scripts, is a verbatim term. Otherwise the token's
//    script picks the rules, whatever the page language (Russian pages name English products, English
//    pages quote Russian messages): a Latin token in StopWords.english is dropped, any other is stemmed
//    with Snowball "english" (Porter2); a Cyrillic token in StopWords.russian is dropped, any other is
//    stemmed with Snowball "russian". Negations (no, not, nor, dont, не, нет, ни) and the particles
//    that turn a verb around (off, out, up, down, over, only, without) are not stop words; question
//    words (how, what, как, где) are.
// 4. Terms come in text order, duplicates kept. `tokens` gives each term's UTF-16 range in the
//    original text, covering dropped apostrophes and marks, for highlighting.
//
// NFKC and lowercasing use the runtime's Unicode data: Foundation's (Unicode 15.1) in Swift, the
// JavaScript engine's in browsers. Both agree on every code point assigned before Unicode 16, which
// Tests/Parity checks one by one; characters assigned later may normalize differently.

/// Turns text into index terms, by the definition above. Safe to share between concurrent tasks:
/// each call uses libstemmer stemmers of its own.
public struct TextAnalyzer: Sendable {
    public init() {}

    /// The index terms of `text`, in text order, duplicates kept. `language` is the page or query
    /// language; the rules are chosen by each token's script, so the terms do not depend on it.
    public func analyze(_ text: String, language: String) -> [String] {
        tokens(text, language: language).map(\.term)
    }

    /// The terms of `text` with stop words stemmed like any other word instead of dropped, for phrases whose
    /// small words matter ("you are", "я тебя").
    public func analyzeKeepingStopWords(_ text: String, language: String) -> [String] {
        var stemmers = TokenStemmers()
        stemmers.keepsStopWords = true
        return Tokenizer.tokens(in: text).compactMap { stemmers.term(for: $0) }
    }

    /// The index terms of `text` with the UTF-16 ranges of their tokens, in text order.
    public func tokens(_ text: String, language: String) -> [AnalyzedToken] {
        var stemmers = TokenStemmers()
        return Tokenizer.tokens(in: text).compactMap { token in
            stemmers.term(for: token).map { AnalyzedToken(term: $0, utf16Range: token.utf16Range) }
        }
    }
}

/// Step 3 for the tokens of one call or one batch, with stemmers made when first needed.
struct TokenStemmers {
    private var stemmers: [Stemmer.Algorithm: LibStemmer] = [:]
    /// Whether stop words are stemmed too instead of dropped.
    var keepsStopWords = false

    /// The term for `token`, or nil for a stop word.
    mutating func term(for token: TextToken) -> String? {
        let (stopWords, algorithm): (Set<String>, Stemmer.Algorithm)
        switch token.script {
        case .verbatim: return token.text
        case .latin: (stopWords, algorithm) = (StopWords.english, .english)
        case .cyrillic: (stopWords, algorithm) = (StopWords.russian, .russian)
        }
        guard keepsStopWords || !stopWords.contains(token.text) else { return nil }
        let stemmer = stemmers[algorithm] ?? LibStemmer(algorithm)
        stemmers[algorithm] = stemmer
        return stemmer.stem(token.text)
    }
}
