import DeskbookMarkdown
import Testing

/// Pages are parsed in parallel; each must come out as it does alone, so that two builds of the same
/// site give the same bytes.
@Suite struct ConcurrentParsingTests {
    @Test func documentsParsedAtOnceKeepTheirAutolinksAndStrikethrough() async {
        let paragraph = "Write to https://example.com/help or www.example.com, the ~~old~~ form is gone. "
        let sources = (0..<400).map { number in
            String(repeating: "Plain text without any link, number \(number). ", count: number % 7 * 20) + paragraph
        }
        let pages = await withTaskGroup(of: String.self) { group in
            for source in sources { group.addTask { MarkdownDocument(source).renderHTML() } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let broken = pages.filter {
            !$0.contains(#"<a href="https://example.com/help">"#) || !$0.contains(#"<a href="http://www.example.com">"#)
                || !$0.contains("<del>old</del>")
        }
        #expect(broken.count == 0, "of \(pages.count) pages, these lost an autolink or a strikethrough: \(broken.prefix(1))")
    }
}
