/// An index term and the UTF-16 range in the source text of the token it comes from, for
/// highlighting (`String.Index(utf16Offset:in:)` turns the bounds into string indices).
public struct AnalyzedToken: Sendable, Hashable {
    public let term: String
    public let utf16Range: Range<Int>

    public init(term: String, utf16Range: Range<Int>) {
        self.term = term
        self.utf16Range = utf16Range
    }
}
