import DeskbookContent
import DeskbookCore
import Testing

@Suite struct FrontMatterParserTests {
    func parse(_ text: String) -> (FrontMatterParser.Parsed?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let parsed = FrontMatterParser().parse(text, path: "content/en/a.md", diagnostics: &diagnostics)
        return (parsed, diagnostics)
    }

    @Test func readsKnownKeysAndKeepsOthers() throws {
        let (parsed, diagnostics) = parse("""
        ---
        title: Refunds
        description: When we refund.
        kind: policy
        tags: [billing, money]
        order: 3
        updated: 2026-02-01
        date: 2025-01-10
        effective: 2026-01-01
        history:
          - {date: 2025-06-01, summary: First}
          - {date: 2026-01-01, summary: Second}
        ms.author: someone
        ---
        Body line
        """)
        #expect(diagnostics.isEmpty)
        let page = try #require(parsed)
        #expect(page.frontMatter.title == "Refunds")
        #expect(page.frontMatter.kind == .policy)
        #expect(page.frontMatter.tags == ["billing", "money"])
        #expect(page.frontMatter.order == 3)
        #expect(page.frontMatter.lastModified?.description == "2026-02-01")
        #expect(page.frontMatter.history.map(\.summary) == ["Second", "First"])
        #expect(page.frontMatter.extra["ms.author"] == .string("someone"))
        #expect(page.body == "Body line")
        #expect(page.bodyStartLine == 15)
    }

    @Test func invalidYAMLPointsIntoTheFile() {
        let (parsed, diagnostics) = parse("---\ntitle: Ok\ntags: [unclosed\n---\nBody\n")
        #expect(parsed == nil)
        let diagnostic = diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.message.hasPrefix("invalid YAML") == true)
        #expect(diagnostic?.location.path == "content/en/a.md")
        #expect((diagnostic?.location.line ?? 0) >= 3)
    }

    @Test func missingTitleIsAnError() {
        let (parsed, diagnostics) = parse("---\ndescription: no title\n---\nBody\n")
        #expect(parsed == nil)
        #expect(diagnostics.map(\.message) == ["missing required key 'title'"])
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func unknownKindIsAnErrorAtItsLine() {
        let (parsed, diagnostics) = parse("---\ntitle: A\nkind: tutorial\n---\n")
        #expect(parsed == nil)
        #expect(diagnostics.first?.message == "unknown kind 'tutorial'; use one of article, faq, policy")
        #expect(diagnostics.first?.location.line == 3)
        #expect(diagnostics.first?.location.column == 7)
    }

    @Test func wrongTypesAreReported() {
        let (_, diagnostics) = parse("---\ntitle: A\norder: first\ndraft: maybe\ndate: yesterday\n---\n")
        #expect(diagnostics.map(\.location.line) == [3, 4, 5])
    }

    @Test func missingOrUnclosedFrontMatter() {
        #expect(parse("# Just markdown\n").1.first?.message.hasPrefix("missing front matter") == true)
        #expect(parse("---\ntitle: A\n").1.first?.message.hasPrefix("front matter is not closed") == true)
    }
}
