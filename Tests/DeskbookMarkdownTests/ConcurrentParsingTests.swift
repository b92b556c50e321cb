import DeskbookCore
import DeskbookMarkdown
import Testing

/// Pages are parsed on every core; each must come out as if it were parsed alone.
@Suite struct ConcurrentParsingTests {
    /// cmark-gfm keeps the characters that start extension syntax (`:` and `w` of autolinks, `~`, `|`) in
    /// one table for the whole process; parses that overlapped cleared it under each other, so a page lost
    /// its autolinks or strikethrough at random and two builds of one site differed.
    @Test func pagesParsedTogetherRenderAsParsedAlone() async {
        let source = (1...40).map { number in
            "Line \(number): see https://example.com/\(number) or www.example.org, ~~old~~ new.\n\n| a | b |\n| - | - |\n| \(number) | x |\n"
        }.joined(separator: "\n")
        let alone = MarkdownDocument(source).renderHTML()
        #expect(alone.contains(#"<a href="https://example.com/40">"#) && alone.contains("<del>old</del>"))
        let together = await concurrentMap(Array(0..<400)) { _ in MarkdownDocument(source).renderHTML() }
        #expect(together.filter { $0 != alone }.count == 0)
    }
}
