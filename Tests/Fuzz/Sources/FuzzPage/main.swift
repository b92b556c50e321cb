import DeskbookContent
import DeskbookCore
import FuzzSupport

/// Page parsing as the build does it: decoding, front matter, snippets and Markdown, then the questions of an
/// FAQ page and the HTML. Every diagnostic and every heading and link must point into the file, and heading
/// ids must be unique.
func fuzzPage(_ input: FuzzInput) {
    let path = "content/en/fuzz/page.md"
    let file = ContentFile(displayPath: path, language: "en", contentPath: "fuzz/page.md", data: input.data)
    let (page, diagnostics) = PageParser(config: Fixtures.config, snippets: Fixtures.snippets).parse(file)
    let text = try? SourceDecoder.decode(input.data, path: path).get()
    let lineCount = text.map { TextScan.lines($0).count } ?? Int.max
    for diagnostic in diagnostics {
        require(diagnostic.location.line <= lineCount, "\(diagnostic) is past the file's \(lineCount) lines")
    }
    guard let page else {
        require(diagnostics.containsErrors, "a page was refused without an error: \(diagnostics)")
        return
    }
    let headings = page.document.headings
    require(Set(headings.map(\.id)).count == headings.count, "heading ids repeat: \(headings.map(\.id))")
    let lines = headings.map(\.line) + page.document.links.map(\.line)
    for line in lines {
        let location = page.location(line: line, column: 1)
        require(location.line <= lineCount, "document line \(line) maps to line \(location.line) of \(lineCount)")
    }
    if page.kind == .faq { _ = FAQQuestions.extract(from: page) }
    _ = page.document.renderHTML()
}

// The fixtures are read before fuzzing starts, so that the first input is not timed with them.
_ = Fixtures.snippets
FuzzDriver.run { bytes, size in
    fuzzPage(FuzzInput(bytes, size))
    return 0
}
