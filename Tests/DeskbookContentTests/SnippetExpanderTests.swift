import DeskbookContent
import DeskbookCore
import Testing

@Suite struct SnippetExpanderTests {
    @Test func expandsAndMapsLinesBack() throws {
        let expander = SnippetExpander(snippets: ["hours": "Mon-Fri\n9:00-18:00"])
        var diagnostics: [Diagnostic] = []
        let expansion = try #require(expander.expand("Intro\n{{< snippet \"hours\" >}}\nAfter", path: "a.md", bodyStartLine: 5, diagnostics: &diagnostics))
        #expect(diagnostics.isEmpty)
        #expect(expansion.text == "Intro\nMon-Fri\n9:00-18:00\nAfter")
        #expect(expansion.origin(of: 3) == SnippetExpander.Origin(line: 2, isSnippet: true))
        #expect(expansion.origin(of: 4) == SnippetExpander.Origin(line: 3, isSnippet: false))
    }

    @Test func unknownSnippetIsAnError() {
        var diagnostics: [Diagnostic] = []
        _ = SnippetExpander(snippets: ["hours": "x"]).expand("a\n{{< snippet \"holidays\" >}}", path: "a.md", bodyStartLine: 4, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.description) == ["a.md:5:1: error: unknown snippet 'holidays'; known snippets: hours"])
    }
}
