import DeskbookMarkdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func headingsGetUniqueStableIds() {
        let document = MarkdownDocument("# Title\n\n## Refund conditions\n\n## Refund conditions\n\n### Условия возврата?\n")
        #expect(document.headings.map(\.id) == ["title", "refund-conditions", "refund-conditions-1", "условия-возврата"])
        #expect(document.headings.map(\.line) == [1, 3, 5, 7])
        let html = document.renderHTML()
        #expect(html.contains(##"<h2 id="refund-conditions">Refund conditions <a class="heading-anchor" href="#refund-conditions""##))
        #expect(html.contains(#"<h3 id="условия-возврата">"#))
    }

    /// Found by Tests/Fuzz (fuzz-page) in a corpus page with three "Cause" headings and one "Cause 1".
    @Test func headingIdsStayUniqueWhenAHeadingLooksLikeANumberedRepeat() {
        let document = MarkdownDocument("## Cause\n\n## Cause\n\n## Cause 1\n\n## Cause\n\n## Cause 1\n")
        #expect(document.headings.map(\.id) == ["cause", "cause-1", "cause-1-1", "cause-2", "cause-1-2"])
    }

    @Test func linksKeepTheirPositionsAndCanBeRewritten() {
        let document = MarkdownDocument("Intro\n\nSee [fees](../billing/refunds.md#fees) and ![logo](logo.png).\n")
        #expect(document.links.map(\.destination) == ["../billing/refunds.md#fees", "logo.png"])
        #expect(document.links[0].line == 3)
        #expect(document.links[0].column == 5)
        #expect(document.links[1].isImage)
        let html = document.renderHTML(linkTargets: [0: .url("/en/billing/refunds/#fees")])
        #expect(html.contains(##"<a href="/en/billing/refunds/#fees">fees</a>"##))
        #expect(html.contains(#"src="logo.png""#))
        #expect(document.renderHTML().contains(##"<a href="../billing/refunds.md#fees">fees</a>"##))
        #expect(document.renderHTML(linkTargets: [0: .removed]).contains("See fees and"))
    }

    @Test func alertsBecomeCallouts() {
        let document = MarkdownDocument("> [!WARNING]\n> Back up first.\n\n> [!tip] Inline text\n\n> Plain quote\n")
        let html = document.renderHTML(options: RenderOptions(alertTitles: [.warning: "Внимание"]))
        #expect(html.contains(#"<div class="callout callout-warning" role="note"><p class="callout-title">Внимание</p>"#))
        #expect(html.contains("<p>Back up first.</p>"))
        #expect(!html.contains("[!WARNING]"))
        #expect(html.contains(#"callout-tip"#))
        #expect(html.contains("<p>Inline text</p>"))
        #expect(html.contains("<blockquote>\n<p>Plain quote</p>"))
    }

    @Test func gitHubExtensionsAreEnabled() {
        let source = """
        | a | b |
        |---|---|
        | 1 | 2 |

        - [x] done
        - [ ] open

        ~~old~~ https://example.com

        Text[^1].

        [^1]: A footnote.
        """
        let html = MarkdownDocument(source).renderHTML()
        #expect(html.contains("<table>"))
        #expect(html.contains(#"type="checkbox""#))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains(#"<a href="https://example.com">"#))
        #expect(html.contains("footnote"))
    }

    @Test func scriptsAndFramesBecomeText() {
        let html = MarkdownDocument("<script>alert(1)</script>\n\nText <iframe src=x></iframe>\n").renderHTML()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("<iframe"))
    }

    @Test func sectionsGroupTextUnderHeadings() {
        let document = MarkdownDocument("Intro text.\n\n## How do I pay?\n\nBy **card**.\n\n- or invoice\n\n## Can I get a refund?\n\nYes.\n")
        let sections = document.sections
        #expect(sections.count == 3)
        #expect(sections[0].heading == nil)
        #expect(sections[0].text == "Intro text.")
        #expect(sections[1].heading?.text == "How do I pay?")
        #expect(sections[1].text == "By card . or invoice")
        #expect(sections[2].text == "Yes.")
    }

    @Test func slugsHandleScriptsAndPunctuation() {
        #expect(HeadingSlug.make("Error E1001: can't sync (v3.2.1)") == "error-e1001-cant-sync-v321")
        #expect(HeadingSlug.make("Оплата и счета") == "оплата-и-счета")
        #expect(HeadingSlug.make("!!!") == "section")
    }
}
