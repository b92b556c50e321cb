import Foundation
import DeskbookCore
import DeskbookMarkdown

/// Turns a content file into a page: decoding, front matter, snippets and Markdown parsing.
public struct PageParser: Sendable {
    public var config: SiteConfig
    /// Snippet bodies per language, by name.
    public var snippets: [String: [String: String]]
    /// Where parsed Markdown documents are kept between builds, if anywhere.
    let documents: PageCache?

    public init(config: SiteConfig, snippets: [String: [String: String]], documents: PageCache? = nil) {
        self.config = config
        self.snippets = snippets
        self.documents = documents
    }

    /// The page, or nil with the reasons in `diagnostics`.
    public func parse(_ file: ContentFile) -> (page: Page?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let location = SourceLocation(path: file.displayPath)
        guard file.data.count <= config.maxPageBytes else {
            let message = "file is \(ByteSize.text(file.data.count)), over the \(ByteSize.text(config.maxPageBytes)) page limit; split it or raise max_page_size"
            return (nil, [.error(message, at: location)])
        }
        guard !file.data.isEmpty else {
            return (nil, [.error("file is empty: a page needs front matter with a title", at: location)])
        }
        let text: String
        switch SourceDecoder.decode(file.data, path: file.displayPath) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        guard let parsed = FrontMatterParser().parse(text, path: file.displayPath, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let expander = SnippetExpander(snippets: snippets[file.language] ?? [:], byteLimit: config.maxPageBytes)
        guard let expansion = expander.expand(parsed.body, path: file.displayPath, bodyStartLine: parsed.bodyStartLine, diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        if let violation = ParserGuard.check(expansion.text, limits: config.parserLimits) {
            let line = parsed.bodyStartLine + expansion.origin(of: violation.line).line - 1
            return (nil, diagnostics + [.error(violation.message, at: SourceLocation(path: file.displayPath, line: line))])
        }
        let page = Page(
            displayPath: file.displayPath,
            language: file.language,
            contentPath: file.contentPath,
            frontMatter: parsed.frontMatter,
            kind: parsed.frontMatter.kind ?? .article,
            url: URLSlug.pageURL(basePath: config.basePath, language: file.language, contentPath: file.contentPath),
            document: documents?.document(for: expansion.text) ?? MarkdownDocument(expansion.text),
            lineMap: expansion,
            bodyStartLine: parsed.bodyStartLine
        )
        return (page, diagnostics)
    }
}
