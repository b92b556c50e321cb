import DeskbookContent
import DeskbookCore
import Testing

/// Front matter `tags`: short one-line texts that each name a tag page, reported at the tag when they do not.
@Suite struct TagValidationTests {
    func parse(_ tags: String) -> (FrontMatterParser.Parsed?, [String]) {
        var diagnostics: [Diagnostic] = []
        let parsed = FrontMatterParser().parse("---\ntitle: A\ntags: \(tags)\n---\nBody\n", path: "content/en/a.md", diagnostics: &diagnostics)
        return (parsed, diagnostics.map(\.description))
    }

    @Test func shortTagsAreKeptAsWritten() {
        let (parsed, diagnostics) = parse("[Billing, 2FA, sign-in]")
        #expect(diagnostics.isEmpty)
        #expect(parsed?.frontMatter.tags == ["Billing", "2FA", "sign-in"])
    }

    @Test func eachBadTagIsAnErrorAtItsLineAndColumn() {
        let long = String(repeating: "x", count: 41)
        let (parsed, diagnostics) = parse("[ok, \(long), \"--\", Billing, billing]")
        #expect(parsed == nil)
        #expect(diagnostics.count == 3, "\(diagnostics)")
        #expect(diagnostics[0].hasPrefix("content/en/a.md:3:12: error: tag '") && diagnostics[0].contains("longer than 40 characters"))
        #expect(diagnostics[1] == "content/en/a.md:3:55: error: tag '--' has no letter or digit")
        #expect(diagnostics[2] == "content/en/a.md:3:70: error: tag 'billing' is given twice")
    }

    @Test func aTagIsOneLineAndAText() {
        #expect(parse("[\"two\\nlines\"]").1 == ["content/en/a.md:3:8: error: a tag is one line"])
        #expect(parse("[[nested]]").1.first?.contains("error:") == true)
        #expect(parse("{a: b}").1.first?.contains("'tags' must be a list") == true)
    }
}
