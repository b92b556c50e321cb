import DeskbookMarkdown
import Testing

/// Pages are parsed in parallel; the result must not depend on what other pages are being parsed at the time.
@Suite struct ConcurrentParsingTests {
    @Test func autolinksAndStrikethroughSurviveParallelParsing() async {
        let paragraph = "Go to https://example.com/account or www.example.org, not ~~old~~ text.\n\n"
        let sources = (0..<64).map { String(repeating: paragraph, count: 20 + $0 % 7 * 30) }
        let counts = await withTaskGroup(of: (expected: Int, links: Int, struck: Int).self) { group in
            for _ in 0..<8 {
                for source in sources {
                    group.addTask {
                        let html = MarkdownDocument(source).renderHTML()
                        let paragraphs = source.components(separatedBy: "\n\n").count - 1
                        return (paragraphs, html.components(separatedBy: "<a href=").count - 1, html.components(separatedBy: "<del>").count - 1)
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts.count == 512)
        let wrong = counts.filter { $0.links != 2 * $0.expected || $0.struck != $0.expected }
        #expect(wrong.isEmpty, "\(wrong.count) of \(counts.count) documents lost autolinks or strikethrough")
    }
}
