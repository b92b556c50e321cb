import DeskbookMarkdown
import Foundation
import Testing

/// A document renders from its slots exactly as cmark-gfm renders the same Markdown with the values in place.
@Suite struct SlottedHTMLTests {
    /// cmark-gfm's own HTML for `source`, from the Debian command-line tool.
    private func cmarkHTML(_ source: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        process.arguments = ["--unsafe"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(source.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func hrefEscapingMatchesCmark() throws {
        let url = (0x21...0x7E).map { String(UnicodeScalar(UInt8($0))) }.filter { !"<>\\".contains($0) }.joined() + "é ñ"
        let html = try cmarkHTML("[b](<\(url)>)\n")
        #expect(html == "<p><a href=\"\(HTMLEscape.href(url))\">b</a></p>\n")
    }

    @Test func pageLinksRenderLikeCmarkWithTheTargetInPlace() throws {
        let target = "/ru/оплата/возврат/#сроки"
        let source = "See [the *fees*](../billing/refunds.md#fees \"it's <b> & \\\"q\\\"\") now.\n"
        let rendered = MarkdownDocument(source).renderHTML(linkTargets: [0: .url(target)])
        let expected = try cmarkHTML(source.replacingOccurrences(of: "../billing/refunds.md#fees", with: "<\(target)>"))
        #expect(rendered == expected)
    }

    @Test func renderingDoesNotConsumeTheDocument() {
        let document = MarkdownDocument("# Title\n\n> [!NOTE]\n> Read [this](a.md).\n\n- [x] done\n- [ ] open\n")
        let english = document.renderHTML(options: RenderOptions(alertTitles: [.note: "Note"]))
        let russian = document.renderHTML(options: RenderOptions(alertTitles: [.note: "Примечание"], headingAnchorLabel: "Ссылка", taskLabels: ("Готово", "Сделать")))
        #expect(english == document.renderHTML(options: RenderOptions(alertTitles: [.note: "Note"])))
        #expect(english.contains(">Note</p>") && russian.contains(">Примечание</p>"))
        #expect(russian.contains(#"aria-label="Ссылка: Title""#))
        #expect(russian.contains(#"aria-label="Готово""#) && russian.contains(#"aria-label="Сделать""#))
        #expect(document == MarkdownDocument("# Title\n\n> [!NOTE]\n> Read [this](a.md).\n\n- [x] done\n- [ ] open\n"))
    }

    @Test func markersSpelledInTheSourceCannotForgeASlot() {
        let source = "# T\n\nDSLOT0N0E and &#68;SLOT1N0E and &#68;SLOT2N1E [x](a.md)\n"
        let html = MarkdownDocument(source).renderHTML(linkTargets: [0: .url("/en/a/")])
        #expect(html.contains("DSLOT0N0E and DSLOT1N0E and DSLOT2N1E"))
        #expect(html.contains(#"<a href="/en/a/">x</a>"#))
        #expect(html.contains(#"aria-label="Link to this section: T""#))
    }

    @Test func pageLinksInTablesAndHeadingsAreSlotted() {
        let source = "## See [a](a.md)\n\n| x |\n| - |\n| [b](b.md#c) |\n"
        let html = MarkdownDocument(source).renderHTML(linkTargets: [0: .url("/en/a/"), 1: .url("/en/b/#c")])
        #expect(html.contains(#"<a href="/en/a/">a</a>"#))
        #expect(html.contains(##"<a href="/en/b/#c">b</a>"##))
    }

    @Test func unsafeLinksArePublishedEmpty() {
        let document = MarkdownDocument("[a](javascript:alert(1)) ![b](data:text/html,x)\n")
        #expect(document.links.map(\.destination) == ["javascript:alert(1)", "data:text/html,x"])
        let html = document.renderHTML()
        #expect(html.contains(##"<a href="">a</a>"##) && html.contains(##"<img src="" alt="b" />"##))
    }
}
