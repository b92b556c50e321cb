import DeskbookCore
import Testing

@Suite struct YAMLAnchorTests {
    @Test func aliasesAreRejectedBeforeParsing() {
        let bomb = "title: B\na: &a [lol, lol]\nb: [*a, *a]\n"
        guard case .failure(let diagnostic) = YAMLSource(path: "x.md", lineOffset: 1).parse(bomb) else {
            Issue.record("anchors must be rejected")
            return
        }
        #expect(diagnostic.description == "x.md:3:4: error: YAML anchors and aliases (&name, *name) are not supported; write the value out")
    }

    @Test func lookalikesInTextAreAccepted() {
        let text = "title: \"*Bold* & more\"\ndescription: Save & share *today*\nnote: |\n  - *emphasis* stays\n  - &amp;\nlist: ['&x', \"*y\"]\n"
        guard case .success(let node) = YAMLSource(path: "x.md").parse(text) else {
            Issue.record("plain text with & and * must parse")
            return
        }
        #expect(node?.mapping?["description"]?.string == "Save & share *today*")
    }
}

@Suite struct YAMLErrorTests {
    @Test func readerErrorsAreOneLineWithAPosition() {
        guard case .failure(let diagnostic) = YAMLSource(path: "x.md", lineOffset: 1).parse("title: A\nbad: a\u{7}b\n") else {
            Issue.record("control characters must be rejected")
            return
        }
        #expect(!diagnostic.message.contains("\n"))
        #expect(diagnostic.message.hasPrefix("invalid YAML: "))
        #expect(diagnostic.location.line == 3)
    }
}
