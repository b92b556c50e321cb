/// A token before stop words and stemming: its normalized text, the script that picks its rules,
/// and its UTF-16 range in the source text (covering dropped apostrophes and marks).
public struct TextToken: Sendable, Hashable {
    /// Which rules of step 3 apply to a token.
    public enum Script: Sendable, Hashable {
        /// Latin letters only: English stop words and stemmer.
        case latin
        /// Cyrillic letters only: Russian stop words and stemmer.
        case cyrillic
        /// A digit, or letters of both scripts: kept as it is.
        case verbatim
    }

    public let text: String
    public let script: Script
    public let utf16Range: Range<Int>
}
