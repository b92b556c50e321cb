import DeskbookContent
import DeskbookCore
import DeskbookMarkdown
import FuzzSupport

/// Snippet expansion. The input is decoded as content files are; its text up to the first NUL is a page body,
/// and each part after a NUL is a snippet named "a", "b", "c" and so on, next to the bundled site's English
/// snippets. Every expanded line must come from a line of the body, every diagnostic must point into it, and
/// so must the headings of the expanded Markdown when mapped back.
func fuzzSnippets(_ input: FuzzInput) {
    guard case .success(let text) = SourceDecoder.decode(input.data, path: "page.md") else { return }
    let parts = text.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
    let body = parts[0]
    var snippets = Fixtures.snippets["en"] ?? [:]
    for (offset, snippet) in parts.dropFirst().enumerated() {
        snippets[String(UnicodeScalar(UInt8(ascii: "a") &+ UInt8(truncatingIfNeeded: offset)))] = snippet
    }
    let bodyStartLine = 3
    var diagnostics: [Diagnostic] = []
    let expander = SnippetExpander(snippets: snippets, byteLimit: 1 << 20)
    guard let expansion = expander.expand(body, path: "page.md", bodyStartLine: bodyStartLine, diagnostics: &diagnostics) else {
        require(diagnostics.containsErrors, "an expansion was refused without an error")
        return
    }
    let bodyLines = TextScan.lines(body).count
    let fileLines = bodyStartLine - 1 + bodyLines
    for diagnostic in diagnostics {
        require((bodyStartLine...fileLines).contains(diagnostic.location.line), "\(diagnostic) is outside the body")
    }
    if expansion.origins.isEmpty {
        require(expansion.text == body || diagnostics.containsErrors, "the text changed without a recorded origin")
    }
    for origin in expansion.origins {
        require((1...bodyLines).contains(origin.line), "expanded line from body line \(origin.line) of \(bodyLines)")
    }
    for heading in MarkdownDocument(expansion.text).headings {
        let line = expansion.origin(of: heading.line).line
        require((1...bodyLines).contains(line), "heading on line \(heading.line) maps to body line \(line) of \(bodyLines)")
    }
}

// The fixtures are read before fuzzing starts, so that the first input is not timed with them.
_ = Fixtures.snippets
FuzzDriver.run { bytes, size in
    fuzzSnippets(FuzzInput(bytes, size))
    return 0
}
